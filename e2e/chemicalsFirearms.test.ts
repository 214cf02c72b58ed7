// Chemical screening and recovered firearms in the browser: a US regulator (English) sees NPP as controlled;
// a Mexican regulator (Spanish) sees a Cbz-protected 4-piperidone as a suspected designer precursor; a
// Mexican investigator (Spanish) records a pistol with a partly restored serial and finds it by wildcard.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, signedInPage, startHarness, type Harness } from './harness';

async function screen(page: Page, label: RegExp, button: string, input: string) {
  await page.getByLabel(label).fill(input);
  await page.getByRole('button', { name: button, exact: true }).click();
  return page.getByTestId('screening-status');
}

describe.runIf(browserTestsEnabled())('chemical screening and recovered firearms', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('a US regulator screens NPP and sees "controlled"', async () => {
    const page = await signedInPage(harness, 'diversion@dea.demo', '/screening');
    await page.getByRole('heading', { level: 1, name: 'Screen a chemical' }).waitFor();
    const status = await screen(page, /^SMILES, CAS number or name/, 'Screen', 'O=C1CCN(CCc2ccccc2)CC1');
    await expect.poll(() => status.textContent()).toBe('Controlled');
    await page.getByText('Exact structure match with N-Phenethyl-4-piperidone (NPP).').waitFor();
    await page.context().close();
  });

  it('a Mexican regulator screens Cbz-4-piperidone and sees a suspected designer precursor of 4-piperidone', async () => {
    const page = await signedInPage(harness, 'reguladora@cofepris.demo', '/screening', 'es-MX');
    await page.getByRole('heading', { level: 1, name: 'Analizar una sustancia química' }).waitFor();
    const status = await screen(
      page,
      /^SMILES, número CAS o nombre/,
      'Analizar',
      'O=C1CCN(C(=O)OCc2ccccc2)CC1',
    );
    await expect.poll(() => status.textContent()).toBe('Posible precursor de diseño');
    const finding = page.getByTestId('screening-finding').first();
    await finding.getByRole('link', { name: '4-Piperidone' }).waitFor();
    await finding.getByText(/Se convierte en 4-Piperidone cuando se retira el Cbz/).waitFor();
    expect(await finding.getByRole('img', { name: /4-Piperidone/ }).count()).toBe(1);
    await page.context().close();
  });

  it('a Mexican investigator records a pistol with a partly restored serial and finds it by wildcard', async () => {
    const serial = `SN${String(Date.now()).slice(-4)}??7`;
    const page = await signedInPage(harness, 'investigador@fge-son.demo', '/recoveries/new', 'es-MX');
    await page.getByRole('heading', { level: 1, name: 'Registrar un arma de fuego asegurada' }).waitFor();
    await page.getByRole('radio', { name: 'Parcialmente restaurado' }).check();
    await page.getByRole('textbox', { name: /^Número de serie/ }).fill(serial);
    await page.getByRole('combobox', { name: /^Marca/ }).fill('Glo');
    await page.getByRole('option', { name: 'Glock' }).click();
    await page.getByRole('combobox', { name: /^Modelo/ }).fill('G19');
    await page.getByRole('combobox', { name: /^Calibre/ }).fill('.45 ACP');
    // The live description check warns at the caliber field: a G19 is a 9 mm.
    await page.getByText(/No se conoce el G19 en calibre \.45 ACP/).waitFor();
    await page.getByRole('combobox', { name: /^Calibre/ }).fill('9mm Luger');
    await page.getByRole('combobox', { name: /^Tipo/ }).click();
    await page.getByRole('option', { name: 'P · Pistola' }).click();
    await page.getByLabel(/^Fecha del aseguramiento/).fill('2026-10-01');
    await page.getByLabel(/^Estado o provincia/).fill('Sonora');
    await page.getByLabel(/^Municipio/).fill('Nogales');
    await page.getByLabel(/^Número de carpeta/).fill('FGE-SON/2026/118');
    // Coordinates are optional, but a latitude without a longitude is refused, at the longitude.
    await page.getByRole('textbox', { name: /^Latitud/ }).fill('31.3404');
    await page.getByRole('button', { name: 'Registrar', exact: true }).click();
    const longitude = page.getByRole('textbox', { name: /^Longitud/ });
    // At the field, and as a link in the error summary.
    await page.getByText('Indique latitud y longitud, o ninguna de las dos.', { exact: true }).waitFor();
    await page
      .getByTestId('error-summary')
      .getByRole('link', { name: /^Longitud: Indique latitud/ })
      .waitFor();
    expect(await longitude.getAttribute('aria-invalid')).toBe('true');
    await longitude.fill('-110.9343');
    await page.getByRole('button', { name: 'Registrar', exact: true }).click();
    await page.getByText('Arma de fuego asegurada registrada.').waitFor();
    await page.getByTestId('related-records').waitFor();

    await page.getByRole('link', { name: 'Búsqueda por número de serie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Búsqueda por número de serie' }).waitFor();
    await page.getByRole('textbox', { name: /^Número de serie/ }).fill(`${serial.slice(0, 4)}*`);
    await page.getByRole('radio', { name: 'Con comodines' }).check();
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    const row = page.getByTestId('serial-matches').locator('tbody tr', { hasText: serial });
    await row.waitFor();
    expect(await row.innerText()).toContain('Glock');
    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /Glock G19 asegurada/ }).waitFor();
    await page.getByText('31.3404, -110.9343').waitFor();
    await page.context().close();
  });
});
