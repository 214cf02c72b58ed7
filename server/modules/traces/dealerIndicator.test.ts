// "Dealer with many short-TTC traces" counts the dealer's short-TTC traces of guns recovered in the twelve months up
// to this recovery (decision 0022), through the running counts of migrations 0025 and 0027.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../test/databases';
import { connectedTracingDemo, recoveryRecorder, traceRequester } from './testFixtures';

describe.each(DATABASE_KINDS)('the dealer indicator on %s', (kind) => {
  const { app, as } = connectedTracingDemo(kind);
  const recover = recoveryRecorder(as, 'FGE/SON/DI');
  const trace = traceRequester(as);

  it("a dealer's short-TTC traces of the year up to the recovery raise the dealer indicator at 25; older or longer-TTC ones do not", async () => {
    const connected = await trace(await recover({ serial: 'AAA1001' }));
    expect(connected.status).toBe('completed');
    const { dealer_holder_id: dealerId } = await app()
      .db.selectFrom('traces')
      .select('dealer_holder_id')
      .where('id', '=', connected.id)
      .executeTakeFirstOrThrow();
    // Every recovery here is of 2024-03-01, so the look-back is April 2023 to March 2024.
    const shortOnesInYear = async () =>
      Number(
        (
          await sql<{ n: string }>`SELECT count(*) AS n FROM traces WHERE dealer_holder_id = ${dealerId}
            AND (result -> 'ttc' ->> 'band') IN ('strong', 'indicator') AND recovered_on >= DATE '2023-04-01'`.execute(
            app().db,
          )
        ).rows[0]!.n,
      );
    /** Earlier traces of this dealer: copies of the first one with another TTC band, recovered months before it. */
    const copies = (n: number, band: string, monthsEarlier = 0) =>
      sql`
      INSERT INTO traces SELECT (jsonb_populate_record(NULL::traces, to_jsonb(c) || jsonb_build_object(
        'id', gen_random_uuid(), 'recovered_on', (c.recovered_on - make_interval(months => ${monthsEarlier}::int))::date,
        'result', jsonb_set(c.result, '{ttc,band}', to_jsonb(${band}::text))))).*
      FROM traces c, generate_series(1, ${n}::int) WHERE c.id = ${connected.id}`.execute(app().db);
    const dealerIndicator = async (caseNumber: string) =>
      (await trace(await recover({ serial: 'AAA1001', caseNumber }))).result!.indicators.find(
        (i) => i.code === 'dealer_short_ttc_traces',
      );

    await copies(40, 'none');
    // 30 short-TTC traces of guns recovered in March 2023, a month before the look-back: over all time they would
    // flag the dealer.
    await copies(30, 'indicator', 12);
    expect(await shortOnesInYear()).toBeLessThan(23);
    expect(await dealerIndicator('FGE/SON/DEALER/1')).toBeUndefined();
    // 24 others in the year (the oldest in its first month, April 2023) and this one (274 days, short) make 25.
    await copies(24 - (await shortOnesInYear()), 'indicator', 11);
    expect(await dealerIndicator('FGE/SON/DEALER/2')).toMatchObject({
      strength: 'moderate',
      params: { count: 25, threshold: 25, months: 12 },
    });
  });
});
