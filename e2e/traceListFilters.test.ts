// The trace list keeps its filters in the URL, in the browser: a Mexican investigator (Spanish) filters her traces
// by state typed as a name ("sonora" finds the traces stored as SON), sees which are urgent, opens one and comes
// Back to the same filtered list; a reload keeps it too. An inverted date range is refused at its field. The serial
// search keeps its query and mode the same way. axe on the filtered list.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserTestsEnabled,
  signedInPage,
  startHarness,
  type Harness,
  seriousViolations,
  callApi,
} from './harness';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe.runIf(browserTestsEnabled())('trace list filters in the URL', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
    page = await signedInPage(harness, 'investigador@fge-son.demo', '/', 'es-MX');
    // Two traces: an urgent Beretta recovered in Sonora (stored as its code) and a routine Glock in Chihuahua.
    const traced = async (make: string, model: string, state: string, priority: 'urgent' | 'routine') => {
      const recovery = await callApi(page, 'POST', '/api/v1/recoveries', {
        serial: `FLT${String(Date.now()).slice(-6)}${state}`,
        make,
        model,
        type: 'P',
        recoveredOn: daysAgo(12),
        recoveryCountry: 'MX',
        recoveryState: state,
        caseNumber: `FGE-SON/FILTER/${state}/${String(Date.now()).slice(-5)}`,
        distribution: 'agency',
        tlp: 'AMBER',
      });
      await callApi(page, 'POST', '/api/v1/traces', {
        recoveryId: recovery.id,
        priority,
        justification: priority === 'urgent' ? 'Detenido en flagrancia; plazo de 48 horas.' : null,
        distribution: 'agency',
        tlp: 'AMBER',
      });
    };
    await traced('Beretta', '92FS', 'SON', 'urgent');
    await traced('Glock', 'G17', 'CHIH', 'routine');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('filters by a state typed as a name, shows the urgent ones, and keeps the filters through a trace and Back', async () => {
    await page.goto('/traces');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('combobox', { name: 'País del aseguramiento' }).selectOption('MX');
    await page.getByRole('combobox', { name: 'Estado o provincia donde se aseguró' }).fill('sonora');
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Ordenar por' }).selectOption('status');
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    await page.waitForURL(/state=sonora/);
    expect(page.url()).toContain('country=MX');
    expect(page.url()).toContain('sort=status');
    const rows = page.getByRole('table').locator('tbody tr');
    await rows.filter({ hasText: 'Beretta 92FS' }).waitFor();
    await expect(rows.filter({ hasText: 'Glock G17' }).count()).resolves.toBe(0);
    await expect(page.getByRole('columnheader', { name: 'Prioridad' }).count()).resolves.toBe(1);
    await rows.filter({ hasText: 'Beretta 92FS' }).getByText('Urgente').waitFor();
    expect(await seriousViolations(page, 'network'), 'filtered trace list').toEqual([]);

    await page.getByRole('link', { name: 'Beretta 92FS' }).first().click();
    await page.waitForURL(/\/traces\/[0-9a-f-]{36}$/);
    await page.goBack();
    await page.waitForURL(/\/traces\?/);
    await expect(
      page.getByRole('combobox', { name: 'Estado o provincia donde se aseguró' }).inputValue(),
    ).resolves.toBe('sonora');
    await expect(page.getByRole('combobox', { name: 'Ordenar por' }).inputValue()).resolves.toBe('status');
    await expect(page.getByRole('combobox', { name: 'País del aseguramiento' }).inputValue()).resolves.toBe(
      'MX',
    );
    await rows.filter({ hasText: 'Beretta 92FS' }).waitFor();
    await expect(rows.filter({ hasText: 'Glock G17' }).count()).resolves.toBe(0);

    await page.reload();
    await expect(
      page.getByRole('combobox', { name: 'Estado o provincia donde se aseguró' }).inputValue(),
    ).resolves.toBe('sonora');
    await rows.filter({ hasText: 'Beretta 92FS' }).waitFor();

    // The page's own "Volver a los rastreos" link returns to the same filtered list, as Back does.
    await page.getByRole('link', { name: 'Beretta 92FS' }).first().click();
    await page.waitForURL(/\/traces\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: /Volver a los rastreos/ }).click();
    await page.waitForURL(/\/traces\?/);
    expect(page.url()).toContain('sort=status');
    await expect(
      page.getByRole('combobox', { name: 'Estado o provincia donde se aseguró' }).inputValue(),
    ).resolves.toBe('sonora');
  });

  it('refuses a recovery date range that ends before it starts, at the field', async () => {
    await page.goto('/traces');
    await page.getByLabel('Asegurado desde').fill(daysAgo(1));
    await page.getByLabel('Asegurado hasta').fill(daysAgo(30));
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    const to = page.getByLabel('Asegurado hasta');
    await expect.poll(() => to.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('El final del intervalo es anterior a su inicio.').waitFor();
    expect(await seriousViolations(page, 'network'), 'refused range').toEqual([]);
  });

  it('keeps the serial search query and mode in the URL through a reload', async () => {
    await page.goto('/serials');
    await page.getByRole('textbox', { name: /^Número de serie/ }).fill('MXD??71');
    await page.getByRole('radio', { name: 'Con comodines' }).check();
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await page.waitForURL(/q=MXD/);
    expect(page.url()).toContain('mode=wildcard');
    await page.reload();
    await expect(page.getByRole('textbox', { name: /^Número de serie/ }).inputValue()).resolves.toBe(
      'MXD??71',
    );
    await expect(page.getByRole('radio', { name: 'Con comodines' }).isChecked()).resolves.toBe(true);
  });
});
