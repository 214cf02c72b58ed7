// Importing recovered firearms from a CSV file in the browser, in Spanish: a Windows-1252 (Latin-1) file with one
// good row and one bad one; the report gives the counts and the bad line's reason in Spanish, the good firearm joins
// the list. axe on the page with its report.
import { describe, expect, it } from 'vitest';
import {
  browserTestsEnabled,
  harnessForBlock,
  recordUploadProgress,
  seriousViolations,
  signedInAtHeading,
} from './harness';

describe.runIf(browserTestsEnabled())('importing recovered firearms from CSV', () => {
  const harness = harnessForBlock();

  it('reports the bad line in Spanish and lists the good firearm', async () => {
    const page = await signedInAtHeading(
      harness,
      'investigador@fge-son.demo',
      '/recoveries',
      'Armas de fuego aseguradas',
      'es-MX',
    );
    await page.getByRole('link', { name: 'Importar desde CSV' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Importar armas de fuego aseguradas desde CSV' })
      .waitFor();

    // The format help is collapsed until asked for, and names the columns.
    await page.getByRole('button', { name: 'Formato del archivo' }).click();
    await page.getByRole('rowheader', { name: 'serial_state' }).waitFor();
    await page.getByRole('link', { name: 'Descargar un archivo de ejemplo' }).waitFor();

    const serial = `IMP${String(Date.now()).slice(-6)}`;
    const csv = Buffer.from(
      [
        'serial,make,model,type,recovered_on,recovery_country,recovery_municipality,case_number,other_markings',
        `${serial},Glock,G19,P,2024-04-02,MX,Cajeme,IMP/${serial},Cañón pavonado`,
        `${serial}X,Glock,G19,P,2024-04-03,ZZ,Cajeme,IMP/${serial}X,`,
      ].join('\r\n'),
      'latin1',
    );
    const progressSeen = await recordUploadProgress(page, 'Avance de la carga');
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'aseguramientos.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByRole('button', { name: 'Subir e importar' }).click();

    const report = page.getByTestId('recovery-import-report');
    const status = report.getByRole('status');
    await status
      .getByText('Filas leídas: 2. Registradas: 1; ya registradas (sin cambios): 0; rechazadas: 1.', {
        exact: false,
      })
      .waitFor();
    expect(await status.innerText()).toContain('Leído como windows-1252.');
    const bad = report.locator('tbody tr');
    expect(await bad.count()).toBe(1);
    expect(await bad.first().innerText()).toMatch(
      /^3\s+recovery_country\s+No es un código de país ISO 3166-1/,
    );
    expect((await progressSeen()).length).toBeGreaterThan(0);
    expect(await seriousViolations(page), 'recovery import report').toEqual([]);

    await report.getByRole('link', { name: 'Ver las armas de fuego aseguradas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Armas de fuego aseguradas' }).waitFor();
    await page.getByRole('link', { name: serial, exact: true }).waitFor();
    expect(await page.getByText(`${serial}X`).count()).toBe(0);
    await page.context().close();
  });
});
