// axe-core finds no serious or critical violations on any page, each visited by a user allowed to see it.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, DEMO_PASSWORD, signedInPage, startHarness, type Harness } from './harness';

async function seriousViolations(page: Page): Promise<string[]> {
  // A dialog still fading in has translucent text, which axe measures as too little contrast.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Waits for the page's h1 (the page has rendered) and for loading spinners to go. */
async function ready(page: Page, heading: string | RegExp) {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page
    .locator('[aria-busy="true"]')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle');
}

describe.runIf(browserTestsEnabled())('accessibility (axe)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('sign-in page', async () => {
    const context = await harness.newContext('fr-CA');
    const page = await context.newPage();
    await page.goto('/');
    await ready(page, 'Se connecter à Rastro');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('alerts list, alert detail, publish form (with field errors), search, tokens — as an analyst', async () => {
    const page = await signedInPage(harness, 'analista@fgr.demo', '/alerts', 'es-MX');
    await ready(page, 'Alertas');
    await page.locator('tbody tr').first().waitFor();
    expect(await seriousViolations(page), 'alerts list').toEqual([]);

    await page.locator('tbody tr a').first().click();
    await page.getByRole('link', { name: /Volver a alertas/ }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), 'alert detail').toEqual([]);

    await page.goto('/alerts/new');
    await ready(page, 'Publicar una alerta');
    expect(await seriousViolations(page), 'publish form').toEqual([]);
    await page.getByRole('button', { name: 'Publicar', exact: true }).click();
    const title = page.getByLabel(/^Título/);
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await title.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(
      describedBy
        .split(' ')
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).innerText()),
    );
    expect(messages.join(' ').trim().length, 'field message linked by aria-describedby').toBeGreaterThan(0);
    expect(await seriousViolations(page), 'publish form with errors').toEqual([]);

    await page.goto('/search');
    await ready(page, 'Búsqueda');
    await page.getByLabel(/^Términos de búsqueda/).fill('pill press');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page
      .getByText(/Existe una coincidencia en/)
      .first()
      .waitFor();
    expect(await seriousViolations(page), 'search results').toEqual([]);

    await page.goto('/tokens');
    await ready(page, 'Mis tokens de API');
    expect(await seriousViolations(page), 'tokens').toEqual([]);
    await page.context().close();
  });

  it('access requests — as an agency admin, who grants one and later revokes it', async () => {
    // The tracing centre finds FGR's agency-only alert by discovery and asks for access.
    const requester = await harness.newContext();
    const signIn = await requester.request.post('/api/v1/session', {
      data: { email: 'tracer@ntc.demo', password: DEMO_PASSWORD },
    });
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const search = (await (await requester.request.get('/api/v1/search?q=Sonora')).json()) as {
      hidden: { recordType: 'alert'; recordId: string }[];
    };
    const hit = search.hidden[0];
    expect(hit, 'a hidden match at FGR').toBeDefined();
    const asked = await requester.request.post('/api/v1/access-requests', {
      headers: { 'X-CSRF-Token': csrfToken },
      data: {
        recordType: hit?.recordType,
        recordId: hit?.recordId,
        reason: 'Traza abierta sobre pistolas 9 mm de Sonora.',
      },
    });
    expect(asked.status()).toBe(201);
    await requester.close();

    const page = await signedInPage(harness, 'admin@fgr.demo', '/access-requests', 'es-MX');
    await ready(page, 'Solicitudes de acceso');
    const row = page.locator('tbody tr', { hasText: 'Dana Whitfield' });
    await row.waitFor();
    expect(await seriousViolations(page), 'incoming requests').toEqual([]);
    await row.getByRole('button', { name: 'Conceder' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Nota para quien solicita/).fill('Acceso concedido para la traza.');
    expect(await seriousViolations(page), 'decision dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Conceder' }).click();
    await row.getByText('Concedida').waitFor();
    // The request links to the record it is about.
    expect(await row.getByRole('link', { name: 'Alerta' }).getAttribute('href')).toBe(
      `/alerts/${hit?.recordId}`,
    );

    // The case is closed: FGR takes the access back, and says why.
    await row.getByRole('button', { name: 'Revocar el acceso' }).click();
    const revoke = page.getByRole('dialog', {
      name: /Revocar el acceso concedido a National Tracing Center/,
    });
    await revoke.getByText(/ya no podrá leer este registro/).waitFor();
    await revoke.getByLabel(/^Motivo/).fill('La traza concluyó.');
    expect(await seriousViolations(page), 'revoke dialog').toEqual([]);
    await revoke.getByRole('button', { name: 'Revocar el acceso' }).click();
    await row.getByText('Revocada', { exact: true }).waitFor();
    await row.getByText('Motivo de la revocación: La traza concluyó.').waitFor();
    expect(await row.getByRole('button', { name: 'Revocar el acceso' }).count()).toBe(0);
    await page.context().close();

    // The tracing centre reads the alert no more.
    const after = await harness.newContext();
    await after.request.post('/api/v1/session', {
      data: { email: 'tracer@ntc.demo', password: DEMO_PASSWORD },
    });
    expect((await after.request.get(`/api/v1/alerts/${hit?.recordId}`)).status()).toBe(404);
    await after.close();
  });

  it('chemical registry, chemical detail with the regulator forms, add a chemical, screening — as a regulator', async () => {
    const page = await signedInPage(harness, 'reguladora@cofepris.demo', '/chemicals', 'es-MX');
    await ready(page, 'Registro de precursores químicos');
    await page.getByRole('img', { name: /Estructura de 4-Piperidone/ }).waitFor();
    expect(await seriousViolations(page), 'chemical registry').toEqual([]);

    await page.getByRole('link', { name: '4-Piperidone', exact: true }).click();
    await ready(page, '4-Piperidone');
    await page.getByRole('textbox', { name: /^Fecha/ }).fill('2021-06-01');
    await page.getByRole('button', { name: 'Consultar' }).click();
    await page.getByTestId('controlled-answer').waitFor();
    await page.getByRole('heading', { name: 'Registrar un listado' }).waitFor();
    expect(await seriousViolations(page), 'chemical detail').toEqual([]);

    await page.goto('/chemicals/new');
    await ready(page, 'Agregar una sustancia química');
    expect(await seriousViolations(page), 'add a chemical').toEqual([]);

    await page.goto('/screening');
    await ready(page, 'Analizar una sustancia química');
    await page.getByLabel(/^SMILES, número CAS o nombre/).fill('O=C1CCN(C(=O)OC(C)(C)C)CC1.Cl');
    await page.getByRole('button', { name: 'Analizar', exact: true }).click();
    await page.getByTestId('screening-finding').first().waitFor();
    expect(await seriousViolations(page), 'screening result').toEqual([]);
    await page.context().close();
  });

  it('recoveries list, record form with warnings, saved record, detail, serial search — as an investigator', async () => {
    const page = await signedInPage(harness, 'investigador@fge-son.demo', '/recoveries/new', 'es-MX');
    await ready(page, 'Registrar un arma de fuego asegurada');
    await page.getByRole('combobox', { name: /^Marca/ }).fill('Colt');
    await page.getByRole('combobox', { name: /^Modelo/ }).fill('G19');
    await page.getByTestId('description-warning').first().waitFor();
    expect(await seriousViolations(page), 'record form with warnings').toEqual([]);
    await page.getByRole('button', { name: 'Registrar', exact: true }).click();
    const date = page.getByLabel(/^Fecha del aseguramiento/);
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page), 'record form with field errors').toEqual([]);
    await date.fill('2026-09-14');
    await page.getByRole('textbox', { name: /^Número de serie/ }).fill('AXE-4471');
    await page.getByRole('button', { name: 'Registrar', exact: true }).click();
    await page.getByTestId('related-records').waitFor();
    expect(await seriousViolations(page), 'saved record').toEqual([]);

    await page.getByRole('link', { name: 'Abrir el registro' }).click();
    await page.getByRole('heading', { level: 1, name: /asegurada el/ }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), 'recovery detail').toEqual([]);

    await page.goto('/recoveries');
    await ready(page, 'Armas de fuego aseguradas');
    await page.locator('tbody tr').first().waitFor();
    expect(await seriousViolations(page), 'recoveries list').toEqual([]);

    await page.goto('/serials');
    await ready(page, 'Búsqueda por número de serie');
    await page.getByRole('textbox', { name: /^Número de serie/ }).fill('axe 4471');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await page.getByTestId('serial-matches').waitFor();
    expect(await seriousViolations(page), 'serial search').toEqual([]);
    await page.context().close();
  });

  it('reference table proposals (form with field errors, list, decision dialog) — investigator and tracing officer', async () => {
    const page = await signedInPage(
      harness,
      'investigador@fge-son.demo',
      '/reference-proposals?kind=model&make=Glock&name=G97%20Axe',
      'es-MX',
    );
    await ready(page, 'Propuestas para la tabla de referencia');
    expect(await seriousViolations(page), 'proposal form').toEqual([]);
    // A model needs its types: refused at the field.
    await page.getByRole('button', { name: 'Enviar la propuesta' }).click();
    const types = page.getByRole('combobox', { name: /^Tipos/ });
    await expect.poll(() => types.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page), 'proposal form with field errors').toEqual([]);
    await page.getByRole('radio', { name: 'Un calibre' }).check();
    await page.getByRole('textbox', { name: /^Nombre del calibre/ }).fill('.41 Axe Magnum');
    await page.getByRole('button', { name: 'Enviar la propuesta' }).click();
    await page.locator('tbody tr', { hasText: '.41 Axe Magnum' }).waitFor();
    expect(await seriousViolations(page), 'proposal sent, list').toEqual([]);
    await page.context().close();

    const curator = await signedInPage(harness, 'tracer@ntc.demo', '/reference-proposals');
    await ready(curator, 'Reference table proposals');
    const row = curator.locator('tbody tr', { hasText: '.41 Axe Magnum' });
    await row.waitFor();
    expect(await seriousViolations(curator), 'proposals for a curator').toEqual([]);
    await row.getByRole('button', { name: 'Reject .41 Axe Magnum' }).click();
    const dialog = curator.getByRole('dialog');
    await dialog.getByLabel(/^Note to the proposing agency/).fill('Not a commercial caliber.');
    // axe measures contrast mid fade-in otherwise.
    await expect.poll(() => dialog.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    expect(await seriousViolations(curator), 'proposal decision dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Reject', exact: true }).click();
    await row.getByText('Rejected').waitFor();
    await curator.context().close();
  });

  it('agencies, users, sharing groups — as the system administrator', async () => {
    const page = await signedInPage(harness, 'sysadmin@rastro.demo', '/agencies');
    await ready(page, 'Agencies');
    await page.locator('tbody tr').first().waitFor();
    expect(await seriousViolations(page), 'agencies').toEqual([]);

    await page.goto('/users');
    await ready(page, 'Users');
    await page.locator('tbody tr').first().waitFor();
    expect(await seriousViolations(page), 'users').toEqual([]);

    await page.goto('/sharing-groups');
    await ready(page, 'Sharing groups');
    await page.getByRole('heading', { name: 'Trilateral Fentanyl Committee' }).waitFor();
    expect(await seriousViolations(page), 'sharing groups').toEqual([]);
    await page.context().close();
  });

  it('trace list, tracing queue (in French) and record holder inbox with its upload form', async () => {
    const page = await signedInPage(harness, 'tracage@rcmp.demo', '/traces', 'fr-CA');
    await ready(page, 'Traçages');
    expect(await seriousViolations(page), 'trace list').toEqual([]);
    await page.goto('/traces/queue');
    await ready(page, 'File de traçage');
    expect(await seriousViolations(page), 'tracing queue').toEqual([]);
    await page.context().close();

    const holder = await signedInPage(harness, 'records@glock.demo', '/holder');
    await ready(holder, 'Record holder inbox');
    await holder.getByRole('heading', { level: 2, name: 'Upload A&D records' }).waitFor();
    expect(await seriousViolations(holder), 'holder inbox').toEqual([]);
    // The upload goes to one of the agency's own licences, chosen for it, not typed.
    await expect
      .poll(() => holder.getByLabel('Licence', { exact: true }).first().inputValue())
      .toBe('1-58-067-07-5A-01234 · Glock, Inc.');
    // A dealer files multiple-sales reports for its own licences: its navigation leads to the form, not a refusal.
    await holder.getByRole('link', { name: 'Multiple-sales reports' }).click();
    await ready(holder, 'Multiple-sales reports');
    await holder.getByRole('link', { name: 'File a report' }).click();
    await ready(holder, 'File a multiple-sales report');
    // Its own licence is chosen for it; the dealer's name and state come from the record, so are not asked.
    await expect
      .poll(() => holder.getByLabel('Licence number').first().inputValue())
      .toBe('1-58-067-07-5A-01234 · Glock, Inc.');
    expect(await holder.getByLabel('Dealer name').count()).toBe(0);
    expect(await seriousViolations(holder), 'multiple-sales form for a dealer').toEqual([]);
    await holder.context().close();
  });

  it('audit trail — as an auditor', async () => {
    const page = await signedInPage(harness, 'auditora@fgr.demo', '/audit', 'es-MX');
    await ready(page, 'Bitácora de auditoría');
    await page.locator('tbody tr').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
