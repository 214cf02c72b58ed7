// Manifest screening in the browser: a CBP officer (English) uploads a CSV manifest and sees each line's status,
// reasons, red flags and line errors, filters to the controlled lines; a CBSA agent (French) sees the watch list
// page; both pages are axe clean.
import { describe, expect, it } from 'vitest';
import {
  browserTestsEnabled,
  harnessForBlock,
  recordUploadProgress,
  seriousViolations,
  signedInAtHeading,
} from './harness';

const MANIFEST = [
  'Line,Description,CAS,SMILES,Quantity,Unit,Consignee,Forwarder,Route',
  '1,Paint additive,,O=C1CCN(CCc2ccccc2)CC1,25,kg,Química Norte,Pacific Freight,Shanghai > Manzanillo',
  '2,Acetaminophen,,CC(=O)Nc1ccc(O)cc1,10,kg,Farmacia Sur,,',
  '3,Broken,,C1CC(,2,kg,Farmacia Sur,,',
  '4,Ethanol,,CCO,3,furlongs,Farmacia Sur,,',
].join('\n');

describe.runIf(browserTestsEnabled())('manifest screening', () => {
  const harness = harnessForBlock();

  it('a CBP officer uploads a manifest and reads each line’s status, reasons, red flags and errors', async () => {
    const page = await signedInAtHeading(
      harness,
      'officer@cbp.demo',
      '/manifests',
      'Screen a shipment manifest',
    );
    await page.locator('input[type="file"]').setInputFiles({
      name: 'manifest.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(MANIFEST),
    });
    const progressSeen = await recordUploadProgress(page, 'Upload progress');
    await page.getByRole('button', { name: 'Screen manifest', exact: true }).click();
    const table = page.getByTestId('manifest-lines');
    await table.waitFor();
    expect((await progressSeen())[0]).toMatch(
      /^Sending the file: 0\.\d KB of \d\.\d KB \(0%\)$|^File sent\./,
    );
    expect(await page.getByTestId('upload-progress').count()).toBe(0);
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.nth(0).textContent()).toContain('Controlled'); // the badge is upper-cased by CSS only
    await rows
      .nth(0)
      .getByText(/Exact structure match with N-Phenethyl-4-piperidone/)
      .waitFor();
    await rows
      .nth(0)
      .getByText(/Route through Manzanillo/)
      .waitFor();
    await rows
      .nth(0)
      .getByText(/does not name N-Phenethyl-4-piperidone/)
      .waitFor();
    await rows.nth(2).getByText('Not a valid SMILES: "C1CC(".').waitFor();
    await rows
      .nth(3)
      .getByText(/Unknown unit "furlongs"/)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Show' }).click();
    await page.getByRole('option', { name: 'Controlled' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    await page.context().close();
  });

  it('a CBSA agent (French) opens the watch list; the page is axe clean', async () => {
    const page = await signedInAtHeading(
      harness,
      'agent@cbsa.demo',
      '/watch-list',
      'Liste de surveillance',
      'fr-CA',
    );
    await page.getByRole('button', { name: 'Ajouter à la liste' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
