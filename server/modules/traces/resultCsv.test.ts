// The trace result CSV on every test database: read by Excel as UTF-8 (byte order mark), labelled with its TLP as
// the PDF is, and each indicator with the reason sentence the page and the PDF show, in the caller's language.
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../platform/http/csv';
import { DATABASE_KINDS } from '../../test/databases';
import { INVESTIGATOR, recoveryRecorder, TRACER, type Trace, connectedTracingDemo } from './testFixtures';

describe.each(DATABASE_KINDS)('trace result CSV on %s', (kind) => {
  const { as } = connectedTracingDemo(kind);
  const recover = recoveryRecorder(as, 'FGE/SON/CSV');

  it('starts with the byte order mark, names the TLP and gives each indicator’s reason, not its parameters', async () => {
    const recoveryId = await recover();
    const requested = await (
      await as(INVESTIGATOR)
    ).post('/api/v1/traces', { recoveryId, priority: 'routine', distribution: 'country', tlp: 'AMBER' });
    expect(requested.statusCode, requested.body).toBe(201);
    const trace = requested.json<Trace>();
    expect(trace.status).toBe('completed');

    for (const [who, language, sentence] of [
      [INVESTIGATOR, 'es', 'días'],
      [TRACER, 'fr-CA', 'jours'],
      [INVESTIGATOR, 'en', 'days'],
    ] as const) {
      const headers = { 'accept-language': language };
      const csv = await (await as(who)).get(`/api/v1/traces/${trace.id}/result.csv`, headers);
      expect(csv.statusCode, csv.body).toBe(200);
      expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.body).toContain('\r\ntrace,tlp,TLP:AMBER,\r\n');
      const shown = (await (await as(who)).get(`/api/v1/traces/${trace.id}`, headers)).json<Trace>();
      const indicators = shown.result!.indicators;
      expect(indicators.map((i) => i.code)).toContain('short_ttc');
      for (const i of indicators)
        expect(csv.body).toContain(csvLine(['indicator', i.code, i.strength, i.message]));
      expect(csv.body).toContain(sentence);
      expect(csv.body).not.toMatch(/^indicator,.*[{}]/m);
    }
  });
});
