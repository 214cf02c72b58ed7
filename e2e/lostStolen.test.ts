// Lost and stolen firearms in the browser: a US officer (English) reports a stolen pistol (field errors first); a
// Mexican investigator (Spanish) filters the shared reports, records a recovery of the same pistol, is led from
// "already recorded" to the report, and finds the match notice; a dealer (English) reports a pistol gone from its
// stock; when a Mexican agency recovers that pistol, the US tracing centre, which holds the dealer's report, gets the
// notice and the agency's request for the report. axe on every page.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, signedInPage, startHarness, type Harness } from './harness';

const SERIAL = `LSE${String(Date.now()).slice(-6)}`;

async function seriousViolations(page: Page): Promise<string[]> {
  await page
    .locator('[aria-busy="true"]')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.runIf(browserTestsEnabled())('lost and stolen firearms', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('a US officer reports a stolen pistol: errors at the fields, then the saved report', async () => {
    const page = await signedInPage(harness, 'officer@cbp.demo', '/lost-stolen');
    await page.getByRole('heading', { level: 1, name: 'Lost and stolen firearms' }).waitFor();
    // The demo reports: the agency's own and those partners share.
    await page.locator('tbody tr', { hasText: 'BXRK417' }).waitFor();
    await page.locator('tbody tr', { hasText: '33561842' }).waitFor();
    expect(await seriousViolations(page), 'list').toEqual([]);

    await page.getByRole('link', { name: 'Report a lost or stolen firearm' }).click();
    await page.getByRole('heading', { level: 1, name: 'Report a lost or stolen firearm' }).waitFor();
    await page.getByRole('button', { name: 'Save the report' }).click();
    const serial = page.getByRole('textbox', { name: /^Serial number/ });
    await expect.poll(() => serial.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel(/^Date reported/).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page), 'form with field errors').toEqual([]);

    await serial.fill(SERIAL);
    await page.getByRole('combobox', { name: /^Make/ }).fill('Glo');
    await page.getByRole('option', { name: 'Glock' }).click();
    await page.getByRole('combobox', { name: /^Model/ }).fill('G19');
    await page.getByRole('combobox', { name: /^Caliber/ }).fill('9mm Luger');
    // A date in the future is refused at its field.
    const reportedOn = page.getByLabel(/^Date reported/);
    await reportedOn.fill('2099-01-01');
    await page.getByRole('button', { name: 'Save the report' }).click();
    await page.getByText('Must not be in the future.').waitFor();
    await reportedOn.fill('2026-10-20');
    await page
      .getByLabel(/^Circumstances/)
      .fill('Taken from a patrol vehicle in Nogales, Arizona. Case CBP-NOG-2026-77.');
    await page.getByRole('button', { name: 'Save the report' }).click();
    await page.getByText('The report is saved.').waitFor();
    await page.getByRole('link', { name: 'Open the report' }).click();
    await page.getByRole('heading', { level: 1, name: /^Glock G19, stolen \(reported/ }).waitFor();
    await page.getByText('Taken from a patrol vehicle in Nogales, Arizona. Case CBP-NOG-2026-77.').waitFor();
    await page.getByText('All partners').waitFor();
    expect(await seriousViolations(page), 'report detail').toEqual([]);
    await page.context().close();
  });

  it('a Mexican investigator filters the reports, recovers the pistol and is led to the report and the match', async () => {
    const page = await signedInPage(harness, 'investigador@fge-son.demo', '/lost-stolen', 'es-MX');
    await page.getByRole('heading', { level: 1, name: 'Armas extraviadas o robadas' }).waitFor();
    await page.locator('tbody tr', { hasText: SERIAL }).waitFor();
    await page.getByRole('combobox', { name: 'Extraviada o robada' }).click();
    await page.getByRole('option', { name: 'Extraviada' }).click();
    await page.getByRole('button', { name: 'Aplicar' }).click();
    await expect.poll(() => page.locator('tbody tr', { hasText: SERIAL }).count()).toBe(0);
    await page.locator('tbody tr', { hasText: 'NHF2093' }).waitFor();
    expect(await seriousViolations(page), 'filtered list').toEqual([]);

    await page.goto('/recoveries/new');
    await page.getByRole('heading', { level: 1, name: 'Registrar un arma de fuego asegurada' }).waitFor();
    await page.getByRole('textbox', { name: /^Número de serie/ }).fill(SERIAL.toLowerCase());
    await page.getByRole('combobox', { name: /^Marca/ }).fill('Glock');
    await page.getByRole('combobox', { name: /^Modelo/ }).fill('G19');
    await page.getByLabel(/^Fecha del aseguramiento/).fill('2026-11-03');
    await page.getByRole('button', { name: 'Registrar', exact: true }).click();
    await page.getByText('Arma de fuego asegurada registrada.').waitFor();
    const earlier = page.getByTestId('related-records').getByRole('link', { name: `Glock G19 · ${SERIAL}` });
    await earlier.click();
    await page.getByRole('heading', { level: 1, name: /^Glock G19, robada \(reportada el/ }).waitFor();
    await page.getByText('US-CBP').waitFor();
    expect(await seriousViolations(page), 'report detail (Spanish)').toEqual([]);

    await page.goto('/match-notices');
    await page.getByRole('heading', { level: 1, name: 'Avisos de coincidencia' }).waitFor();
    const notice = page.getByRole('article').filter({ hasText: SERIAL });
    await notice.getByRole('link', { name: /coincide con un reporte de .*US-CBP/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Glock G19, robada/ }).waitFor();
    await page.context().close();
  });
  it('a dealer reports a pistol gone from its stock, shared with its country', async () => {
    const page = await signedInPage(harness, 'dealer@borderguns.demo', '/holder');
    await page.getByRole('link', { name: 'Lost and stolen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lost and stolen firearms' }).waitFor();
    await page
      .getByText('Firearms lost or stolen from your stock, as you reported them.', { exact: false })
      .waitFor();
    // The agencies' reports are not a dealer's to read: only its own demo report is listed.
    await page.locator('tbody tr', { hasText: 'CKT5528' }).waitFor();
    expect(await page.locator('tbody tr', { hasText: 'BXRK417' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Report a lost or stolen firearm' }).click();
    await page.getByRole('heading', { level: 1, name: 'Report a lost or stolen firearm' }).waitFor();
    await page.getByRole('radio', { name: 'Lost' }).check();
    await page.getByRole('textbox', { name: /^Serial number/ }).fill(`${SERIAL}D`);
    await page.getByRole('combobox', { name: /^Make/ }).fill('Glock');
    await page.getByRole('combobox', { name: /^Model/ }).fill('G17');
    await page.getByLabel(/^Date reported/).fill('2026-11-10');
    // A dealer belongs to no sharing group, so none is offered.
    expect(await page.getByRole('radio', { name: /^Sharing group/ }).count()).toBe(0);
    await page.getByRole('radio', { name: /^My country/ }).check();
    expect(await seriousViolations(page), 'dealer form').toEqual([]);
    await page.getByRole('button', { name: 'Save the report' }).click();
    await page.getByText('The report is saved.').waitFor();
    await page.getByRole('link', { name: 'Open the report' }).click();
    await page.getByRole('heading', { level: 1, name: /^Glock G17, lost \(reported/ }).waitFor();
    await page.getByText('My country').waitFor();
    // Its country's tracing centre holds it, and says so.
    await page.getByText('US-NTC').waitFor();
    expect(await seriousViolations(page), 'dealer report').toEqual([]);
    await page.context().close();
  });

  it('the tracing centre holding the dealer’s report gets the notice when a Mexican agency recovers the pistol', async () => {
    const investigator = await signedInPage(harness, 'investigador@fge-son.demo', '/recoveries/new', 'es-MX');
    await investigator
      .getByRole('heading', { level: 1, name: 'Registrar un arma de fuego asegurada' })
      .waitFor();
    await investigator.getByRole('textbox', { name: /^Número de serie/ }).fill(`${SERIAL}D`);
    await investigator.getByRole('combobox', { name: /^Marca/ }).fill('Glock');
    await investigator.getByRole('combobox', { name: /^Modelo/ }).fill('G17');
    await investigator.getByLabel(/^Fecha del aseguramiento/).fill('2026-11-12');
    await investigator.getByRole('button', { name: 'Registrar', exact: true }).click();
    await investigator.getByText('Arma de fuego asegurada registrada.').waitFor();
    // Its own notice shows only that the dealer holds a matching report; asking for it goes to the tracing centre.
    await investigator.goto('/match-notices');
    const held = investigator.getByRole('article').filter({ hasText: `${SERIAL}D` });
    await held
      .getByText(
        'Existe una coincidencia en Border Guns & Ammo (US-RH-BORDERGUNS), en poder de National Tracing Center (US-NTC)',
      )
      .waitFor();
    await held.getByRole('button', { name: 'Solicitar acceso' }).click();
    await investigator
      .getByRole('dialog', {
        name: 'Solicitar a National Tracing Center acceso a un registro de Border Guns & Ammo',
      })
      .waitFor();
    await investigator
      .getByLabel(/^Motivo de la solicitud/)
      .fill('Asegurada en Nogales, Sonora; se solicita el reporte');
    await investigator.getByRole('button', { name: 'Enviar solicitud' }).click();
    await investigator
      .getByText('Solicitud enviada a National Tracing Center (US-NTC).', { exact: false })
      .waitFor();
    await investigator.context().close();

    const page = await signedInPage(harness, 'tracer@ntc.demo', '/match-notices');
    await page.getByRole('heading', { level: 1, name: 'Match notices' }).waitFor();
    const notice = page.getByRole('article').filter({ hasText: `${SERIAL}D` });
    // The recovery was not shared with the centre: it learns where to ask, and may ask.
    await notice
      .getByText(/MX-FGE-SON/)
      .first()
      .waitFor();
    await notice.getByRole('button', { name: 'Request access' }).waitFor();
    expect(await seriousViolations(page), 'centre notices').toEqual([]);
    await notice.getByRole('link', { name: /^Lost\/stolen report you hold for Border Guns & Ammo/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Glock G17, lost \(reported/ }).waitFor();
    await page.getByText('US-RH-BORDERGUNS').waitFor();
    await page.context().close();
  });
});
