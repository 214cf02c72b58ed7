// The trace result PDF on every test database: what it says (serial, TTC, indicators with reasons, TLP label, the
// caller's language), what it withholds (the purchaser, from roles without personal data), and who may not get it.
import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../test/databases';
import { auditCount, expectProblem } from '../../test/problems';
import { pdfText } from './resultPdfExtract';
import { formatDay, timeToCrimeNumbers } from '../../../core/i18n/locale';
import { UI_CATALOGUES } from '../../../core/i18n/ui';
import {
  ANALYST,
  CBP,
  CONNECTED_DEALER,
  INVESTIGATOR,
  TRACER,
  type Trace,
  recoveryRecorder,
  connectedTracingDemo,
} from './testFixtures';

describe.each(DATABASE_KINDS)('trace result PDF on %s', (kind) => {
  const { app, as } = connectedTracingDemo(kind);
  const recover = recoveryRecorder(as, 'FGE/SON/PDF');
  const tracedGun = async (sharing: { distribution: string; tlp: string }) => {
    const recoveryId = await recover();
    const response = await (
      await as(INVESTIGATOR)
    ).post('/api/v1/traces', {
      recoveryId,
      priority: 'routine',
      ...sharing,
    });
    expect(response.statusCode, response.body).toBe(201);
    const trace = response.json<Trace>();
    expect(trace.status).toBe('completed');
    return trace;
  };
  const pdf = async (who: string, id: string, language?: string) =>
    (await as(who)).get(`/api/v1/traces/${id}/result.pdf`, language ? { 'accept-language': language } : {});

  it('holds the serial, custody, dealer, purchaser, TTC, indicator reasons and the TLP label, in the caller’s language (audited as an export)', async () => {
    const trace = await tracedGun({ distribution: 'country', tlp: 'AMBER' });
    const exportsBefore = await auditCount(app().db, 'trace.export');
    const response = await pdf(INVESTIGATOR, trace.id); // the investigator's own language is Spanish
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain(`rastro-trace-${trace.id}.pdf`);
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Resultado del rastreo');
    expect(text).toContain(trace.id);
    expect(text).toContain('AAA1001');
    expect(text).toContain('Glock, Inc.');
    expect(text).toContain('Gulf Coast Firearms Distributors');
    expect(text).toContain('Rio Grande Outfitters');
    expect(text).toContain('Robert Lee Straw');
    // Dates as Mexico writes them, not ISO; status and serial state in the web's words.
    expect(text).toContain(formatDay('2023-06-01', 'es'));
    expect(text).not.toContain('2023-06-01');
    expect(text).toContain(`${UI_CATALOGUES.es.traces.statuses.completed}`);
    expect(text).toContain(`(${UI_CATALOGUES.es.serialStates.intact})`);
    expect(text).not.toMatch(/Concluida|\(legible\)/);
    // Days and years in the user's number format (Mexico: 1,257 and 3.44; French Canada: 1 257 and 3,44).
    const ttcIn = (language: string) => timeToCrimeNumbers(trace.result!.timeToCrime, language);
    expect(text).toContain(`${ttcIn('es').days} días (${ttcIn('es').years} años)`);
    // Long reasons wrap over lines: compare with the whitespace folded.
    const flat = text.replace(/\s+/g, ' ');
    for (const indicator of trace.result!.indicators) expect(flat).toContain(indicator.message);
    expect(trace.result!.indicators.map((i) => i.code)).toContain('short_ttc');
    expect(text.match(/TLP:AMBER/g)?.length).toBe(2); // header and footer of the one page
    expect(text).toMatch(/Generado el \d{1,2} \p{L}+\.? \d{4}, .+ UTC/u);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(await auditCount(app().db, 'trace.export')).toBe(exportsBefore + 1);

    const english = pdfText((await pdf(INVESTIGATOR, trace.id, 'en')).rawPayload).replace(/\s+/g, ' ');
    expect(english).toContain('Trace result');
    expect(english).toContain('Time-to-crime');
    expect(english).toContain('Short time-to-crime (strong)');
    expect(english).toContain(formatDay('2023-06-01', 'en')); // Jun 1, 2023
    const french = pdfText((await pdf(TRACER, trace.id, 'fr-CA')).rawPayload).replace(/\s+/g, ' ');
    expect(french).toContain('Résultat du traçage');
    expect(french).toContain('Délai avant le crime');
    const fr = ttcIn('fr');
    expect(french).toContain(`${fr.days.replace(/\s+/g, ' ')} jours (${fr.years} ans)`);
    expect(french).toContain('Vendue dans un État frontalier américain');
    expect(french).toContain('Robert Lee Straw'); // the tracing centre sees personal data
    expect(french).toContain(`Produit le ${formatDay(new Date().toISOString(), 'fr')}`.replace(/\s+/g, ' '));
  });

  it('an analyst of another Mexican agency gets it with the purchaser withheld; others get 404, unexportable TLP 403', async () => {
    const trace = await tracedGun({ distribution: 'country', tlp: 'AMBER' });
    const response = await pdf(ANALYST, trace.id, 'en');
    expect(response.statusCode, response.body).toBe(200);
    const text = pdfText(response.rawPayload);
    expect(text).toContain('AAA1001');
    expect(text).toContain('Withheld: your role does not see personal data');
    expect(text).not.toContain('Robert Lee Straw');
    expect(text).not.toContain('1988-04-12');
    expect(text).not.toContain('Elm St');
    expect(text).not.toMatch(/Straw|Laredo/);

    expectProblem(await pdf(CBP, trace.id), 404, 'not-found'); // the distribution does not reach the US
    expectProblem(await pdf(CONNECTED_DEALER, trace.id), 404, 'not-found'); // record holders read no trace
    expectProblem(await pdf(ANALYST, '00000000-0000-4000-8000-000000000000'), 404, 'not-found');
    const anonymous = await app().anonymous.get(`/api/v1/traces/${trace.id}/result.pdf`);
    expect(anonymous.statusCode).toBe(401);

    const strict = await tracedGun({ distribution: 'country', tlp: 'AMBER+STRICT' });
    expect((await (await as(ANALYST)).get(`/api/v1/traces/${strict.id}`)).statusCode).toBe(200);
    const refused = expectProblem(await pdf(ANALYST, strict.id, 'es'), 403, 'forbidden');
    expect(refused.title).not.toBe('Not allowed'); // localised
    const own = pdfText((await pdf(INVESTIGATOR, strict.id)).rawPayload);
    expect(own).toContain('TLP:AMBER+STRICT');
  });
});
