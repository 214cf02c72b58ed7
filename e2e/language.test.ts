// A Mexican analyst signs in with a Spanish browser, sees Spanish navigation, switches to English
// (remembered on the server), sees English navigation, and signs out; on a phone the header still fits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, DEMO_PASSWORD, startHarness, type Harness } from './harness';

describe.runIf(browserTestsEnabled())('sign-in and language', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('signs in in Spanish, switches to English, signs out', async () => {
    const context = await harness.newContext('es-MX');
    const page = await context.newPage();
    await page.goto('/');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    await page.getByLabel(/^Correo electrónico/).fill('analista@fgr.demo');
    await page.getByLabel(/^Contraseña/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();

    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    await nav.waitFor();
    expect(await nav.getByRole('link').allInnerTexts()).toEqual([
      'Alertas',
      'Búsqueda',
      'Armas de fuego aseguradas',
      'Búsqueda por número de serie',
      'Extraviadas o robadas',
      'Avisos de coincidencia',
      'Reportes de ventas múltiples',
      'Propuestas para la tabla de referencia',
      'Rastreos',
      'Registro de precursores químicos',
      'Análisis de sustancias',
      'Análisis de manifiestos',
      'Lista de vigilancia',
      'Solicitudes de acceso',
    ]);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Alertas');

    const remembered = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH',
    );
    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    expect((await remembered).status()).toBe(200);
    const englishNav = page.getByRole('navigation', { name: 'Main navigation' });
    await englishNav.waitFor();
    expect(await englishNav.getByRole('link').allInnerTexts()).toEqual([
      'Alerts',
      'Search',
      'Recovered firearms',
      'Serial number search',
      'Lost and stolen',
      'Match notices',
      'Multiple-sales reports',
      'Reference table proposals',
      'Traces',
      'Chemical registry',
      'Screening',
      'Manifest screening',
      'Watch list',
      'Access requests',
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // The choice belongs to the user, not the browser: a reload in the Spanish browser stays English.
    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();

    await page.getByRole('button', { name: 'Mariana Quintero Olvera' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const session = await context.request.get('/api/v1/session');
    expect(session.status()).toBe(401);
    await context.close();
  });

  it('on a phone (390 px) every header control fits on screen, and the account menu still signs out', async () => {
    const context = await harness.newContext('fr-CA');
    await context.request.post('/api/v1/session', {
      data: { email: 'tracage@rcmp.demo', password: DEMO_PASSWORD },
    });
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/traces/queue');
    await page.getByRole('heading', { level: 1, name: 'File de traçage' }).waitFor();
    const header = page.getByRole('banner');
    for (const control of await header.locator('button, select, a').all()) {
      const box = (await control.boundingBox())!;
      expect(box.x, await control.innerText()).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, await control.innerText()).toBeLessThanOrEqual(390);
    }
    // The account button shows initials on a phone; its name is still the user's full name.
    const account = header.getByRole('button', { name: /^\S+ \S+/ }).last();
    expect((await account.innerText()).trim()).toMatch(/^[A-ZÀ-Ý]{2}$/u);
    await account.click();
    await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    await context.close();
  });
});
