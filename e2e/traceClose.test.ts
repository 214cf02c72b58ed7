// The tracing officer closes a trace the records cannot take further, in the browser: a Mexican investigator's
// trace waits on the unconnected dealer; the US officer closes it as "holder out of business" with a note; the
// investigator (Spanish) reads the reason and the note; the dealer's question is no longer open. axe on the page.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled, harnessForBlock, signedInPage, callApi } from './harness';

describe.runIf(browserTestsEnabled())('a tracing officer closes a trace as not traceable', () => {
  const harness = harnessForBlock();
  let traceId = '';

  it('the officer closes the waiting trace with a reason and a note', async () => {
    const investigator = await signedInPage(harness, 'investigador@fge-son.demo', '/', 'es-MX');
    // MXD4471 (G19) goes through connected records to the unconnected dealer, Border Guns & Ammo.
    const recovery = await callApi(investigator, 'POST', '/api/v1/recoveries', {
      serial: 'MXD4471',
      make: 'Glock',
      model: 'G19',
      caliber: '9mm Luger',
      type: 'P',
      countryOfManufacture: 'US',
      recoveredOn: new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10),
      recoveryCountry: 'MX',
      recoveryState: 'SON',
      caseNumber: `FGE-SON/CLOSE/${String(Date.now()).slice(-5)}`,
      distribution: 'agency',
      tlp: 'AMBER',
    });
    const trace = await callApi(investigator, 'POST', '/api/v1/traces', {
      recoveryId: recovery.id,
      priority: 'routine',
      distribution: 'agency',
      tlp: 'AMBER',
    });
    expect(trace.status).toBe('awaiting_record_holder');
    traceId = String(trace.id);

    const officer = await signedInPage(harness, 'tracer@ntc.demo', `/traces/${traceId}`);
    const section = officer.getByRole('region', { name: 'Close as not traceable' });
    await section.getByRole('button', { name: 'Close as not traceable' }).click();
    await section.getByRole('combobox', { name: /^Reason/ }).click();
    await officer.getByRole('option', { name: /out of business/ }).click();
    await section
      .getByRole('textbox', { name: 'Note for the requester' })
      .fill('Licence surrendered in 2023; records not received by the NTC.');
    const violations = (await new AxeBuilder({ page: officer }).analyze()).violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(violations.map((v) => v.id)).toEqual([]);
    await section.getByRole('button', { name: 'Close the trace' }).click();
    await officer
      .getByTestId('not-traceable-reason')
      .getByText('Note from the tracing centre', { exact: false })
      .waitFor();
    await expect(officer.getByRole('region', { name: 'Close as not traceable' }).count()).resolves.toBe(0);
    // The form is gone; a keyboard user lands on the reason that replaced it, not on the page body.
    await officer.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'not-traceable-reason',
    );
  });

  it('the investigator reads the reason and the note in Spanish; the dealer has no open question left', async () => {
    const investigator = await signedInPage(
      harness,
      'investigador@fge-son.demo',
      `/traces/${traceId}`,
      'es-MX',
    );
    const reason = investigator.getByTestId('not-traceable-reason');
    await reason.getByText('Nota del centro de rastreo', { exact: false }).waitFor();
    await expect(reason.textContent()).resolves.toContain('Licence surrendered in 2023');
    await expect(reason.textContent()).resolves.toContain('cerró');
    const dealer = await signedInPage(harness, 'dealer@borderguns.demo', '/holder');
    const inbox = await callApi(dealer, 'GET', '/api/v1/holder/inbox');
    const items = inbox.items as { state: string; firearm: { serial: string } }[];
    expect(items.filter((i) => i.firearm.serial === 'MXD4471' && i.state === 'open')).toEqual([]);
  });
});
