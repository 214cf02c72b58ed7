// Recording and correcting a recovered firearm in the browser, in Spanish: a refused save lists every field error at
// once in a focused summary, the reference table fills the type and offers the country of manufacture, and the
// recorded firearm is corrected from its page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, signedInPage, startHarness, type Harness } from './harness';

describe.runIf(browserTestsEnabled())('recording and correcting a recovered firearm', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows every error at once, then records and corrects the firearm', async () => {
    const page = await signedInPage(harness, 'investigador@fge-son.demo', '/recoveries/new', 'es-MX');
    await page.getByRole('heading', { level: 1, name: 'Registrar un arma de fuego asegurada' }).waitFor();
    await page.getByLabel(/^Fecha de nacimiento del poseedor/).fill('2030-01-01');
    await page.getByRole('button', { name: 'Registrar', exact: true }).click();

    // One summary, focused, naming the date, the serial and the possessor's name and birth date apart.
    const summary = page.getByTestId('error-summary');
    await summary.getByText('Fecha del aseguramiento: Obligatorio.').waitFor();
    await summary.getByText(/^Número de serie: Indique el número de serie/).waitFor();
    await summary.getByText(/^Poseedor .*: Obligatorio\.$/).waitFor();
    await summary.getByText('Fecha de nacimiento del poseedor: No puede ser una fecha futura.').waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const name = page.getByRole('textbox', { name: /^Poseedor/ });
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('No puede ser una fecha futura.').count()).toBe(2); // the summary and its field
    await summary.getByRole('link', { name: /^Número de serie/ }).click();
    const serialInput = page.getByRole('textbox', { name: /^Número de serie/ });
    expect(await serialInput.evaluate((el) => el === document.activeElement)).toBe(true);

    const serial = `ED${String(Date.now()).slice(-6)}`;
    await serialInput.fill(serial);
    await page.getByRole('combobox', { name: /^Marca/ }).fill('Glock');
    await page.getByRole('combobox', { name: /^Modelo/ }).fill('G19');
    // The model sets the type; the country of manufacture is needed to route a trace, and Glock's are offered.
    await page.getByText('Tomado del modelo G19.').waitFor();
    await page.getByText(/^⚠ Indique el país de fabricación \(o el nombre del importador\)/).waitFor();
    await page.getByRole('button', { name: 'AT · Austria' }).click();
    expect(await page.getByLabel(/^País de fabricación/).inputValue()).toBe('AT');
    await page.getByLabel(/^Fecha del aseguramiento/).fill('2026-09-15');
    await page.getByLabel(/^Fecha de nacimiento del poseedor/).fill('');
    await page.getByRole('button', { name: 'Registrar', exact: true }).click();
    await page.getByText('Arma de fuego asegurada registrada.').waitFor();

    await page.getByRole('link', { name: 'Abrir el registro' }).click();
    await page.getByRole('heading', { level: 1, name: /Glock G19 asegurada/ }).waitFor();
    await page.getByRole('button', { name: 'Corregir' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Corregir el arma de fuego asegurada' });
    await heading.waitFor();
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('combobox', { name: /^Tipo/ }).inputValue()).toBe('P · Pistola');
    await page.getByLabel(/^Municipio/).fill('Nogales');
    await page.getByLabel(/^País de fabricación/).fill('ZZ');
    await page.getByRole('button', { name: 'Guardar las correcciones' }).click();
    await summary.getByText(/^País de fabricación .*: No es un código de país ISO 3166-1/).waitFor();
    await page.getByLabel(/^País de fabricación/).fill('AT');
    await page.getByRole('button', { name: 'Guardar las correcciones' }).click();
    await page.getByText('Correcciones guardadas.').waitFor();
    await page.getByText(/Nogales/).waitFor();
    expect(
      await page.getByRole('button', { name: 'Corregir' }).evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.context().close();
  });
});
