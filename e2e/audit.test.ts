// An auditor sees only the audit trail in the navigation, reads it, filters it, and the CSV link follows the filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, DEMO_PASSWORD, signedInPage, startHarness, type Harness } from './harness';

describe.runIf(browserTestsEnabled())('audit trail', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('lets an auditor filter the audit trail by user and export the same selection', async () => {
    // Something to find: the analyst of the auditor's agency signs in (an audited event).
    const other = await harness.newContext();
    expect(
      (
        await other.request.post('/api/v1/session', {
          data: { email: 'analista@fgr.demo', password: DEMO_PASSWORD },
        })
      ).ok(),
    ).toBe(true);
    await other.close();

    const page = await signedInPage(harness, 'auditora@fgr.demo', '/', 'es-MX');
    await page.getByRole('heading', { level: 1, name: 'Bitácora de auditoría' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Bitácora de auditoría']);
    expect(await page.getByTestId('unread-alerts').count()).toBe(0);

    const rows = page.getByTestId('audit-table').locator('tbody tr');
    await rows.first().waitFor();
    const actorsBefore = new Set(await rows.locator('td:nth-child(2) p:first-child').allInnerTexts());
    expect(actorsBefore.size, 'unfiltered trail shows several actors').toBeGreaterThan(1);

    await page.getByLabel(/^Correo del usuario/).fill('analista@fgr.demo');
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    await expect
      .poll(async () => new Set(await rows.locator('td:nth-child(2) p:first-child').allInnerTexts()))
      .toEqual(new Set(['analista@fgr.demo']));
    expect(await rows.locator('td:nth-child(3)').allInnerTexts()).toContain('session.login');
    const csv = page.getByRole('link', { name: 'Exportar CSV' });
    expect(await csv.getAttribute('href')).toBe('/api/v1/audit/export.csv?actorEmail=analista%40fgr.demo');
    const exported = await page.context().request.get((await csv.getAttribute('href')) ?? '');
    expect(exported.status()).toBe(200);
    expect(await exported.text()).toContain('analista@fgr.demo');

    await page.getByLabel(/^Acción/).fill('no.such.action');
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    await page.getByText('Ninguna entrada de la bitácora coincide con estos filtros.').waitFor();
    expect(await rows.count()).toBe(0);
    await page.context().close();
  });
});
