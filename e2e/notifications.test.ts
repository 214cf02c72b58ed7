// Pre-export notifications in the browser: a US regulator (English) drafts and sends a notice for an NPP
// shipment to COFEPRIS; the Mexican regulator (Spanish) opens it from the inbox, sees the screening
// findings and objects with a reason; the US side sees "Objected" and the reason. On the way the US
// regulator edits the draft and attaches an invoice, which the Mexican side downloads. axe on every page.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, signedInPage, startHarness, type Harness } from './harness';

const REFERENCE = `DEA-NPP-${String(Date.now()).slice(-5)}`;
const REASON = 'The importer holds no COFEPRIS permit for N-phenethyl-4-piperidone.';
const INVOICE = 'Commercial invoice 0042.pdf';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');

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

function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Adds a company inline from a party picker ("New company" next to the select labelled `role`). */
async function addParty(page: Page, role: string, fields: Record<string, string>) {
  await page.getByRole('button', { name: `New company (${role})` }).click();
  const group = page.getByRole('group', { name: `New company (${role})` });
  await group.getByLabel(/^Company name/).fill(fields.name!);
  await group.getByLabel(/^Country/).selectOption(fields.country!);
  if (fields.ein) await group.getByLabel(/^EIN/).fill(fields.ein);
  await group.getByLabel(/^Address/).fill(fields.address!);
  await group.getByRole('button', { name: 'Add company' }).click();
  await group.waitFor({ state: 'detached' });
}

describe.runIf(browserTestsEnabled())('pre-export notifications', () => {
  let harness: Harness;
  let noticeUrl = '';
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('a US regulator drafts and sends a notice for an NPP shipment to COFEPRIS', async () => {
    const page = await signedInPage(harness, 'diversion@dea.demo', '/notifications/outbox');
    await page.getByRole('heading', { level: 1, name: 'Pre-export notifications sent' }).waitFor();
    expect(await seriousViolations(page), 'outbox').toEqual([]);

    await page.getByRole('link', { name: 'Draft a notification' }).click();
    await page.getByRole('heading', { level: 1, name: 'Draft a pre-export notification' }).waitFor();
    const agency = page.getByLabel(/^Importing authority/);
    await agency.locator('option', { hasText: 'MX-COFEPRIS' }).waitFor({ state: 'attached' });
    const cofepris = await agency.locator('option', { hasText: 'MX-COFEPRIS' }).getAttribute('value');
    await agency.selectOption(cofepris ?? '');
    await addParty(page, 'Exporter', {
      name: 'Gulf Fine Chemicals LLC',
      country: 'US',
      ein: '74-1234567',
      address: '1200 Industrial Blvd, Houston, TX',
    });
    await addParty(page, 'Importer', {
      name: 'Química del Pacífico SA de CV',
      country: 'MX',
      address: 'Av. del Puerto 45, Manzanillo, Colima',
    });
    await page.getByLabel(/^Identify by/).selectOption('smiles');
    await page.getByLabel(/^Substance/).fill('O=C1CCN(CCc2ccccc2)CC1');
    await page.getByLabel(/^Quantity/).fill('25');
    await page.getByLabel(/^Point of entry/).fill('Manzanillo, Colima');
    await page.getByLabel(/^Planned dispatch date/).fill(daysAhead(30));
    await page.getByLabel(/^Route/).fill('Houston – Panama Canal – Manzanillo by sea');
    await page.getByLabel(/^Transit countries/).fill('PA');
    await page.getByLabel(/^Your reference/).fill(REFERENCE);
    expect(await seriousViolations(page), 'draft form').toEqual([]);
    await page.getByRole('button', { name: 'Save draft' }).click();

    await page.getByRole('heading', { level: 1, name: `Notice ${REFERENCE}` }).waitFor();
    noticeUrl = page.url();
    const status = page.getByTestId('notification-status');
    await expect.poll(() => status.textContent()).toBe('Draft');

    // Edit the draft: another point of entry, and the commercial invoice attached.
    await page.getByRole('link', { name: 'Edit draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit the draft notification' }).waitFor();
    await expect.poll(() => page.getByLabel(/^Point of entry/).inputValue()).toBe('Manzanillo, Colima');
    await page.getByLabel(/^Point of entry/).fill('Lázaro Cárdenas, Michoacán');
    await page.getByLabel(/^Kind of document/).selectOption('invoice');
    await page.locator('input[type="file"]').setInputFiles({
      name: INVOICE,
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    await page.getByTestId('attachments').getByRole('link', { name: INVOICE }).waitFor();
    expect(await seriousViolations(page), 'edit form').toEqual([]);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: `Notice ${REFERENCE}` }).waitFor();
    await page.getByText('Lázaro Cárdenas, Michoacán').waitFor();
    await page.getByTestId('attachments').getByRole('link', { name: INVOICE }).waitFor();

    // A colleague saves the draft while this form is open: saving says so at the form, and loads theirs.
    await page.getByRole('link', { name: 'Edit draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit the draft notification' }).waitFor();
    await expect
      .poll(() => page.getByLabel(/^Point of entry/).inputValue())
      .toBe('Lázaro Cárdenas, Michoacán');
    const id = new URL(noticeUrl).pathname.split('/').pop()!;
    const session = (await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string };
    const current = (await (await page.request.get(`/api/v1/notifications/${id}`)).json()) as {
      version: number;
    };
    const colleague = await page.request.patch(`/api/v1/notifications/${id}`, {
      headers: { 'x-csrf-token': session.csrfToken },
      data: { version: current.version, pointOfEntry: 'Veracruz, Veracruz' },
    });
    expect(colleague.status()).toBe(200);
    await page.getByLabel(/^Route/).fill('Houston – Veracruz by sea');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByTestId('edit-conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('Someone else changed this notification meanwhile');
    expect(await seriousViolations(page), 'edit conflict').toEqual([]);
    await conflict.getByRole('button', { name: /Load the latest version/ }).click();
    await expect.poll(() => page.getByLabel(/^Point of entry/).inputValue()).toBe('Veracruz, Veracruz');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('heading', { level: 1, name: `Notice ${REFERENCE}` }).waitFor();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe('Sent');
    await page.getByTestId('screening-finding').first().waitFor();
    expect(await seriousViolations(page), 'detail (sent)').toEqual([]);
    await page.context().close();
  });

  it('the Mexican regulator sees the screening findings and objects with a reason', async () => {
    const page = await signedInPage(harness, 'reguladora@cofepris.demo', '/notifications', 'es-MX');
    await page
      .getByRole('heading', { level: 1, name: 'Notificaciones previas a la exportación recibidas' })
      .waitFor();
    await page.getByRole('link', { name: REFERENCE }).waitFor();
    expect(await seriousViolations(page), 'inbox').toEqual([]);

    await page.getByRole('link', { name: REFERENCE }).click();
    await page.getByRole('heading', { level: 1, name: `Aviso ${REFERENCE}` }).waitFor();
    const line = page.getByTestId('notification-line').first();
    await expect.poll(() => line.getByTestId('screening-status').textContent()).toBe('Controlado');
    await line.getByTestId('screening-finding').first().getByRole('link', { name: /NPP/ }).waitFor();
    // The listing reasons are in Spanish; the source's wording stays as written.
    await line
      .getByTestId('screening-finding')
      .first()
      .getByText(/^Listado:/)
      .first()
      .waitFor();
    // The exporter's invoice, downloadable here (the download is audited for the US side).
    const invoice = page.getByTestId('attachments').getByRole('link', { name: INVOICE });
    const href = await invoice.getAttribute('href');
    const download = await page.request.get(new URL(href!, page.url()).toString());
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);

    await page.getByRole('button', { name: 'Objetar', exact: true }).click();
    await page.getByLabel(/^Motivo de la objeción/).fill(REASON);
    await page.getByRole('button', { name: 'Enviar objeción' }).click();
    const status = page.getByTestId('notification-status');
    await expect.poll(() => status.textContent()).toBe('Objetada');
    expect(await seriousViolations(page), 'detail (objected)').toEqual([]);
    await page.context().close();
  });

  it('the US regulator sees "Objected" and the reason', async () => {
    const page = await signedInPage(harness, 'diversion@dea.demo', new URL(noticeUrl).pathname);
    await page.getByRole('heading', { level: 1, name: `Notice ${REFERENCE}` }).waitFor();
    await expect.poll(() => page.getByTestId('notification-status').textContent()).toBe('Objected');
    expect(await page.getByTestId('objection').innerText()).toContain(REASON);
    await page.context().close();
  });
});
