// Crime-gun tracing in the browser, end to end on the demo data: a Mexican investigator (Spanish) records a pistol
// whose serial was partly restored (two characters unreadable) and requests a trace; the US tracing officer
// (English) confirms the one candidate that fits make and model; the unconnected dealer (English) answers the hop
// in its inbox; the investigator sees the completed result with time-to-crime and indicators. axe on every page.
import { describe, expect, it } from 'vitest';
import {
  browserTestsEnabled,
  harnessForBlock,
  recordUploadProgress,
  signedInPage,
  seriousViolations,
  signedInAtHeading,
} from './harness';

// The demo chain (server/db/seed/seedTracingDemo.ts): MXD4471 (G19) and MXD9971 (G17) both fit "MXD??71".
const PARTLY_RESTORED = 'MXD??71';
const CASE_NUMBER = `FGE-SON/2026/${String(Date.now()).slice(-5)}`;

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

describe.runIf(browserTestsEnabled())('crime-gun trace from recovery to result', () => {
  const harness = harnessForBlock();
  let tracePath = '';

  it('a Mexican investigator records a pistol with two unreadable serial characters and requests a trace', async () => {
    const page = await signedInAtHeading(
      harness,
      'investigador@fge-son.demo',
      '/recoveries/new',
      'Registrar un arma de fuego asegurada',
      'es-MX',
    );
    await page.getByRole('radio', { name: 'Parcialmente restaurado' }).check();
    await page.getByRole('textbox', { name: /^Número de serie/ }).fill(PARTLY_RESTORED);
    await page.getByRole('combobox', { name: /^Marca/ }).fill('Glo');
    await page.getByRole('option', { name: 'Glock' }).click();
    await page.getByRole('combobox', { name: /^Modelo/ }).fill('G19');
    await page.getByRole('combobox', { name: /^Calibre/ }).fill('9mm Luger');
    await page.getByRole('combobox', { name: /^Tipo/ }).click();
    await page.getByRole('option', { name: 'P · Pistola' }).click();
    await page.getByLabel(/^País de fabricación/).fill('US');
    await page.getByLabel(/^Fecha del aseguramiento/).fill(daysAgo(20));
    await page.getByLabel(/^Estado o provincia/).fill('Sonora');
    await page.getByLabel(/^Municipio/).fill('Nogales');
    await page.getByLabel(/^Número de carpeta/).fill(CASE_NUMBER);
    await page.getByLabel(/^Poseedor \(persona/).fill('Rigoberto Salazar Ochoa');
    await page.getByRole('button', { name: 'Registrar', exact: true }).click();
    await page.getByText('Arma de fuego asegurada registrada.').waitFor();
    await page.getByRole('link', { name: 'Abrir el registro' }).click();
    await page.getByText('No se ha solicitado ningún rastreo de esta arma.').waitFor();
    expect(await seriousViolations(page, 'loaded'), 'recovery detail').toEqual([]);

    await page.getByRole('button', { name: 'Solicitar rastreo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Solicitud de rastreo de esta arma de fuego' });
    await dialog.waitFor();
    // Urgent needs its justification: the server refuses without one and the form says why.
    await dialog.getByRole('radio', { name: 'Urgente' }).check();
    await dialog.getByRole('button', { name: 'Enviar solicitud de rastreo' }).click();
    await dialog.getByRole('alert').waitFor();
    await dialog
      .getByLabel(/^Justificación de la urgencia/)
      .fill('Detenido en flagrancia; plazo constitucional de 48 horas.');
    await dialog.getByRole('radio', { name: /^Mi país/ }).check();
    expect(await seriousViolations(page, 'loaded'), 'request trace dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Enviar solicitud de rastreo' }).click();

    await page.getByRole('heading', { level: 1, name: 'Rastreo de Glock G19' }).waitFor();
    tracePath = new URL(page.url()).pathname;
    expect(tracePath).toMatch(/^\/traces\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('trace-status').textContent()).toBe('Enviado');
    await page.getByText(/En espera de que el oficial de rastreo confirme el arma candidata/).waitFor();
    expect(await seriousViolations(page, 'loaded'), 'trace detail (submitted)').toEqual([]);
    await page.context().close();
  });

  it('the tracing officer finds it in the queue and confirms the one candidate that fits make and model', async () => {
    const page = await signedInAtHeading(harness, 'tracer@ntc.demo', '/traces/queue', 'Tracing queue');
    const row = page.getByTestId('trace-queue').locator('tbody tr', { hasText: PARTLY_RESTORED });
    await row.waitFor();
    // textContent, not innerText: badges are upper-cased by CSS only.
    expect(await row.textContent()).toContain('Candidate to confirm');
    expect(await row.textContent()).toContain('Urgent');
    expect(await seriousViolations(page, 'loaded'), 'queue').toEqual([]);

    await row.getByRole('link', { name: 'Glock G19' }).click();
    await page.getByRole('heading', { level: 2, name: /Candidate firearms/ }).waitFor();
    const candidates = page.getByTestId('candidates').locator('tbody tr');
    // MXD9971 also fits the readable characters, but it is a G17: only the G19 is proposed.
    expect(await candidates.count()).toBe(1);
    expect(await candidates.first().innerText()).toMatch(/MXD4471\s+Glock\s+G19/);
    expect(await seriousViolations(page, 'loaded'), 'trace detail (candidates)').toEqual([]);
    await page.getByRole('button', { name: 'Confirm candidate MXD4471' }).click();

    await expect.poll(() => page.getByTestId('trace-status').textContent()).toBe('Awaiting record holder');
    await page
      .getByTestId('awaiting-holder')
      .getByText(/Border Guns & Ammo \(Retail dealer/)
      .waitFor();
    await page.getByText(/Answer due by/).waitFor();
    await page.context().close();
  });

  it('the dealer answers the hop in its inbox', async () => {
    const page = await signedInAtHeading(harness, 'dealer@borderguns.demo', '/holder', 'Record holder inbox');
    await page.getByRole('link', { name: 'Record holder inbox' }).waitFor(); // its navigation entry
    const row = page.getByTestId('holder-inbox').locator('tbody tr', { hasText: 'MXD4471' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Glock G19');
    expect(await seriousViolations(page, 'loaded'), 'holder inbox').toEqual([]);

    await row.getByRole('button', { name: /^Answer/ }).click();
    const dialog = page.getByRole('dialog', { name: /Answer about Glock G19/ });
    await dialog.getByRole('radio', { name: 'Sold to a retail purchaser' }).check();
    await dialog.getByLabel(/^Purchaser full name/).fill('Travis Dean Whitlock');
    await dialog.getByLabel(/^Purchaser date of birth/).fill('1991-07-14');
    await dialog.getByLabel(/^Purchaser address/).fill('4410 Saunders Ave, Laredo TX 78041');
    await dialog.getByLabel(/^Date of transfer or sale/).fill('2024-03-10');
    expect(await seriousViolations(page, 'loaded'), 'answer dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Send answer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.innerText()).toContain('Answered');
    await page.getByRole('heading', { level: 2, name: 'Upload A&D records' }).waitFor();
    await page.context().close();
  });

  it('the manufacturer sees every look-up into its records for this trace, and uploads A&D records', async () => {
    const traceId = tracePath.slice('/traces/'.length);
    const page = await signedInPage(harness, 'records@glock.demo', '/holder');
    await page.getByRole('heading', { level: 2, name: 'Look-ups into my records' }).waitFor();
    // The log names the trace by a short reference (the id's first 8 characters), never the raw id.
    const reference = traceId.slice(0, 8).toUpperCase();
    const rows = page.getByTestId('holder-lookups').locator('tbody tr', { hasText: reference });
    await rows.first().waitFor();
    const log = (await rows.allInnerTexts()).join('\n');
    expect(log).not.toContain(traceId);
    expect(log).toMatch(/Glock MXD\?\?71/); // the candidate look-up: the serial as recovered, ? unreadable
    expect(log).toMatch(/Glock MXD4471/); // the walk's look-up of the confirmed serial
    expect(log).toContain('Candidate serials'); // when the investigator's request proposed candidates
    expect(log).toContain('MX-FGE-SON');
    expect(log).toContain('Disposition of one firearm'); // when the confirmed walk asked about MXD4471
    expect(await seriousViolations(page, 'loaded'), 'holder inbox with look-ups').toEqual([]);

    // Its A&D upload: a bad row is reported by line, the good one kept; the same file again changes nothing.
    const csv = Buffer.from(
      [
        'make,model,serial,acquired_on,acquired_from,disposition,disposed_on,disposed_to_licence,purchaser_name,purchaser_birth_date,purchaser_address,export_country',
        'Glock,G19,E2E0001,,,transfer,2024-01-10,5-74-201-01-6B-04411,,,,',
        'Glock,G19,E2E0002,,,transfer,not-a-date,5-74-201-01-6B-04411,,,,',
      ].join('\r\n'),
    );
    const upload = async () => {
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: 'glock-ad.csv', mimeType: 'text/csv', buffer: csv });
      await page.getByRole('button', { name: 'Upload', exact: true }).click();
    };
    const progressSeen = await recordUploadProgress(page, 'Upload progress');
    await upload();
    const report = page.getByTestId('ad-import-report');
    await report
      .getByText('Rows received: 2. New: 1; unchanged: 0; rejected: 1.', { exact: false })
      .waitFor();
    expect(await report.locator('tbody tr').first().innerText()).toMatch(/^3\s+disposed_on/);
    expect((await progressSeen())[0]).toMatch(/^Sending the file: 0\.1 KB of 0\.\d KB \(0%\)$|^File sent\./);
    expect(await page.getByTestId('upload-progress').count()).toBe(0); // gone with the report
    expect(await seriousViolations(page, 'loaded'), 'A&D upload report').toEqual([]);
    await upload();
    await report
      .getByText('Rows received: 2. New: 0; unchanged: 1; rejected: 1.', { exact: false })
      .waitFor();
    await page.context().close();
  });

  it('the investigator sees the completed result with time-to-crime and indicators, and the trace list', async () => {
    const page = await signedInAtHeading(
      harness,
      'investigador@fge-son.demo',
      tracePath,
      'Rastreo de Glock G19',
      'es-MX',
    );
    await expect.poll(() => page.getByTestId('trace-status').textContent()).toBe('Concluido');
    await page.getByRole('heading', { level: 2, name: 'Resultado del rastreo' }).waitFor();
    const ttc = await page.getByTestId('time-to-crime').textContent();
    // Mexican number format: thousands grouped with commas, a decimal point.
    expect(ttc).toMatch(/^\d{1,3}(,\d{3})* días \(\d+(\.\d{1,2})? años\)$/);
    const indicators = await page.getByTestId('trace-indicators').innerText();
    expect(indicators).toContain('Tiempo al delito corto');
    expect(indicators).toContain('Vendida en un estado fronterizo de EE. UU., asegurada en México');
    expect(indicators).toContain('El comprador no es el poseedor');
    await page.getByText('Travis Dean Whitlock', { exact: true }).waitFor();
    // The chain of custody, in order, from the maker to the first retail purchaser.
    expect(await page.getByTestId('trace-custody').innerText()).toMatch(
      /Fabricante: Glock, Inc\.[\s\S]*Mayorista: Gulf Coast Firearms Distributors[\s\S]*Comerciante autorizado: Border Guns & Ammo[\s\S]*Primer comprador minorista: Travis Dean Whitlock[\s\S]*Vendida el/,
    );
    expect(await page.getByRole('link', { name: 'Descargar CSV' }).getAttribute('href')).toBe(
      `/api/v1/traces${tracePath.slice('/traces'.length)}/result.csv`,
    );
    await page.getByRole('link', { name: 'Descargar PDF' }).waitFor();
    expect(await seriousViolations(page, 'loaded'), 'trace detail (completed)').toEqual([]);

    await page.getByRole('link', { name: 'Rastreos', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Rastreos' }).waitFor();
    await page.getByLabel('Indicador', { exact: true }).selectOption('border_state_to_mexico');
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    const listed = page.locator('tbody tr', { hasText: 'MXD4471' });
    await listed.waitFor();
    expect(await listed.textContent()).toContain('Concluido');
    expect(await page.getByRole('link', { name: 'Exportar CSV' }).getAttribute('href')).toContain(
      'indicator=border_state_to_mexico',
    );
    expect(await seriousViolations(page, 'loaded'), 'trace list').toEqual([]);
    await page.context().close();
  });
});
