// An alert published to a sharing group reaches a member agency's user (their badge goes up) and not a
// non-member's; the publish form shows the server's field errors at the fields.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, signedInPage, startHarness, type Harness } from './harness';

/** The count the server gave after a reload, once the badge shows it (before loading, the badge shows 0). */
async function unreadCount(page: Page): Promise<number> {
  const response = page.waitForResponse((r) => r.url().endsWith('/api/v1/alerts/unread-count') && r.ok());
  await page.reload();
  const { count } = (await (await response).json()) as { count: number };
  const badge = page.getByTestId('unread-alerts');
  await expect.poll(() => badge.innerText()).toBe(String(count));
  return count;
}

describe.runIf(browserTestsEnabled())('alert sharing', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('publishes to the MX–US firearms group: NTC (member) sees it, RCMP (non-member) does not', async () => {
    const member = await signedInPage(harness, 'tracer@ntc.demo', '/alerts');
    const outsider = await signedInPage(harness, 'enqueteur@rcmp.demo', '/alerts', 'fr-CA');
    const memberBefore = await unreadCount(member);
    const outsiderBefore = await unreadCount(outsider);

    const publisher = await signedInPage(harness, 'analista@fgr.demo', '/alerts/new', 'es-MX');
    await publisher.getByRole('heading', { level: 1, name: 'Publicar una alerta' }).waitFor();
    const title = `Pistolas 9 mm con serie limada, lote ${Date.now()}`;
    await publisher.getByLabel(/^Título/).fill(title);
    await publisher.getByLabel(/^Texto/).fill('Aseguramientos en Nogales con el mismo patrón de limado.');
    await publisher.getByRole('radio', { name: /^Grupo de intercambio/ }).check();
    await publisher.getByRole('button', { name: 'Publicar', exact: true }).click();
    // No group chosen yet: the server's message appears at the group field.
    const group = publisher.getByRole('combobox', { name: /^Grupo de intercambio/ });
    await expect.poll(() => group.getAttribute('aria-invalid')).toBe('true');
    await group.click();
    await publisher.getByRole('option', { name: 'MX–US firearms' }).click();
    await publisher.getByRole('radio', { name: 'TLP:GREEN' }).check();
    await publisher.getByRole('button', { name: 'Publicar', exact: true }).click();
    await publisher.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await publisher.getByText('TLP:GREEN').count()).toBeGreaterThan(0);

    await expect.poll(() => unreadCount(member)).toBe(memberBefore + 1);
    await member.getByRole('link', { name: title }).click();
    await member.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect.poll(() => unreadCount(member)).toBe(memberBefore);

    expect(await unreadCount(outsider)).toBe(outsiderBefore);
    await outsider.getByRole('heading', { level: 1, name: 'Alertes' }).waitFor();
    await outsider.locator('tbody tr').first().waitFor();
    expect(await outsider.getByRole('link', { name: title }).count()).toBe(0);
    for (const page of [member, outsider, publisher]) await page.context().close();
  });
});
