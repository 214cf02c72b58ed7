// Proposing an addition to the firearm reference table, in the browser: a Mexican investigator (Spanish) finds a
// Glock model the table lacks while recording a recovery, follows the form's link and proposes it; the tracing
// officer (English) accepts it; the recovery form then knows the model.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, signedInPage, startHarness, type Harness } from './harness';

// No other test proposes this model, so the run starts with it missing from the table.
const MODEL = 'G49 Gen6';
const UNKNOWN_MODEL = `El modelo "${MODEL}" no se conoce para Glock; se conserva como texto libre.`;

async function describeGlock(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Registrar un arma de fuego asegurada' }).waitFor();
  await page.getByRole('combobox', { name: /^Marca/ }).fill('Glo');
  await page.getByRole('option', { name: 'Glock' }).click();
  await page.getByRole('combobox', { name: /^Modelo/ }).fill(MODEL);
}

describe.runIf(browserTestsEnabled())('reference table proposals', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('an investigator proposes a model from the recovery form; the tracing officer accepts it; the form knows it', async () => {
    const page = await signedInPage(harness, 'investigador@fge-son.demo', '/recoveries/new', 'es-MX');
    await describeGlock(page);
    const warning = page.getByTestId('description-warning').filter({ hasText: UNKNOWN_MODEL });
    await warning.waitFor();

    // The link opens the proposal form in a new tab, pre-filled, so the recovery form is not lost.
    const [proposalTab] = await Promise.all([
      page.context().waitForEvent('page'),
      warning.getByRole('link', { name: /^Proponer que se agregue a la tabla de referencia/ }).click(),
    ]);
    await proposalTab
      .getByRole('heading', { level: 1, name: 'Propuestas para la tabla de referencia' })
      .waitFor();
    expect(await proposalTab.getByRole('radio', { name: 'Un modelo' }).isChecked()).toBe(true);
    expect(await proposalTab.getByRole('combobox', { name: /^Marca/ }).inputValue()).toBe('Glock');
    const name = proposalTab.getByRole('textbox', { name: /^Nombre del modelo/ });
    expect(await name.inputValue()).toBe(MODEL);

    // Types are required for a model: the server says so at the field.
    await proposalTab.getByRole('button', { name: 'Enviar la propuesta' }).click();
    const types = proposalTab.getByRole('combobox', { name: /^Tipos/ });
    await expect.poll(() => types.getAttribute('aria-invalid')).toBe('true');

    // The types list opens from the keyboard (arrow key).
    await types.focus();
    await types.press('ArrowDown');
    await proposalTab.getByRole('option', { name: 'P · Pistola' }).click();
    await types.press('Escape');
    const calibers = proposalTab.getByRole('combobox', { name: /^Calibres/ });
    await calibers.fill('9mm Luger');
    await calibers.press('Enter');
    await proposalTab.getByRole('button', { name: 'Enviar la propuesta' }).click();
    await proposalTab
      .getByRole('status')
      .getByText(`Propuesta enviada: Glock ${MODEL}.`, { exact: false })
      .waitFor();
    const ownRow = proposalTab.getByTestId('reference-proposals').locator('tbody tr', { hasText: MODEL });
    await ownRow.getByText('Pendiente').waitFor();
    expect(await ownRow.innerText()).toContain('Calibres: 9mm Luger');
    await page.context().close();

    const tracer = await signedInPage(harness, 'tracer@ntc.demo', '/reference-proposals');
    await tracer.getByRole('heading', { level: 1, name: 'Reference table proposals' }).waitFor();
    const row = tracer.getByTestId('reference-proposals').locator('tbody tr', { hasText: `Glock ${MODEL}` });
    await row.getByText('Pending').waitFor();
    expect(await row.innerText()).toContain('FGE-SON');
    await row.getByRole('button', { name: `Accept Glock ${MODEL}` }).click();
    const dialog = tracer.getByRole('dialog');
    await dialog.getByLabel(/^Note to the proposing agency/).fill('Confirmed with the manufacturer.');
    await dialog.getByRole('button', { name: 'Accept', exact: true }).click();
    await row.getByText('Accepted').waitFor();
    await row.getByText('Confirmed with the manufacturer.').waitFor();
    await tracer.context().close();

    // The accepted model is in the table at once: offered by autocomplete, checked against its type.
    const again = await signedInPage(harness, 'investigador@fge-son.demo', '/recoveries/new', 'es-MX');
    await describeGlock(again);
    await again.getByRole('option', { name: MODEL, exact: true }).waitFor();
    await again.getByRole('combobox', { name: /^Tipo/ }).click();
    await again.getByRole('option', { name: 'R · Rifle' }).click();
    await again.getByText(`El ${MODEL} es de tipo P, no R.`).waitFor();
    expect(await again.getByText(UNKNOWN_MODEL).count()).toBe(0);
    await again.context().close();
  });
});
