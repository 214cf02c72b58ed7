// The manifest screener on the bundled reference: every line gets a status with reasons, bad lines get
// errors without stopping the rest, and the description is checked against the structure it declares.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Screener } from '../screen';
import { screenerForTests } from '../testing';
import { mapHeader, rowOf } from './columns';
import { createManifestScreener, screenManifestRows } from './screenManifest';
import type { LineReport } from './types';

const HEADER = [
  'Line',
  'Description',
  'CAS',
  'SMILES',
  'HS code',
  'Quantity',
  'Unit',
  'Consignee',
  'Forwarder',
  'Route',
  'Consignment',
];

let screener: Screener;
beforeAll(async () => {
  screener = await screenerForTests();
});
afterAll(() => screener.dispose());

async function screenRows(
  rows: string[][],
  options: Parameters<typeof createManifestScreener>[0] extends infer O ? Partial<O> : never = {},
) {
  const header = mapHeader(HEADER, 'en');
  if (!header.ok) throw new Error('header');
  const manifest = createManifestScreener({ screener, locale: 'en', ...options });
  async function* source() {
    for (const [i, cells] of rows.entries())
      yield rowOf(i + 2, cells, header.ok ? header.mapping : (undefined as never));
  }
  const reports: LineReport[] = [];
  for await (const report of screenManifestRows(source(), manifest)) reports.push(report);
  return { reports, summary: manifest.summary() };
}

const line = (
  description: string,
  cas: string,
  smiles: string,
  quantity = '1',
  unit = 'kg',
  extra: string[] = [],
) => ['1', description, cas, smiles, '', quantity, unit, ...extra];

describe('manifest screening', () => {
  it('keeps screening after invalid SMILES, empty lines, unknown units and bad quantities', async () => {
    const { reports, summary } = await screenRows([
      line('NPP', '', 'C1CC(('),
      ['', '', '', '', '', '', '', '', '', '', ''],
      line('Ethanol', '', 'CCO', '3', 'bushels'),
      line('Ethanol', '', 'CCO', '-1'),
      line('Ethanol', '', 'CCO', '0'),
      line('Ethanol', '', 'CCO', '1e9'),
      line('Ethanol', '', 'CCO', '99999', 't'),
      line('Wrong digit', '39742-60-5', ''),
      line('Not a CAS', '39742-6', ''),
      line('', '', 'O=C1CCN(CCc2ccccc2)CC1'),
    ]);
    expect(reports.map((r) => [r.status, r.errors.map((e) => e.code).join()])).toEqual([
      ['error', 'invalid_smiles'],
      ['error', 'empty_line'],
      ['clear', 'unit_unknown'],
      ['clear', 'quantity_not_positive'],
      ['clear', 'quantity_not_positive'],
      ['clear', 'quantity_not_a_number'],
      ['clear', 'quantity_absurd'],
      ['error', 'invalid_cas'],
      ['error', 'invalid_cas_format'],
      ['controlled', ''],
    ]);
    expect(summary.lines).toBe(10);
    expect(summary.linesWithErrors).toBe(9);
    expect(summary.byStatus).toMatchObject({ error: 4, clear: 5, controlled: 1 });
  });

  it('says why: the rule, the listed parent and the jurisdictions that control it', async () => {
    const { reports } = await screenRows([
      line('N-Phenethyl-4-piperidone', '39742-60-4', ''),
      line(
        'tert-butyl 4-(4-fluoroanilino)piperidine-1-carboxylate',
        '',
        'CC(C)(C)OC(=O)N1CCC(Nc2ccc(F)cc2)CC1',
      ),
      line('Acetone', '67-64-1', ''),
      line('Ibuprofen', '', 'CC(C)Cc1ccc(cc1)C(C)C(=O)O'),
    ]);
    expect(reports[0]!.status).toBe('controlled');
    expect(reports[0]!.reasons[0]).toMatchObject({
      from: 'cas',
      ruleId: 'identifier_match',
      parentId: 'npp',
    });
    expect(reports[0]!.reasons[0]!.controlledIn).toEqual(['UN', 'US', 'MX', 'CA']);
    expect(reports[1]!.status).toBe('suspected_designer_precursor');
    expect(reports[1]!.reasons.map((r) => r.parentId)).toContain('4ap');
    expect(reports[2]!.status).toBe('unresolved'); // a CAS not in the list is never "clear"
    expect(reports[2]!.reasons[0]!.ruleId).toBe('not_found');
    expect(reports[3]!.status).toBe('clear');
    expect(reports[3]!.reasons).toEqual([]);
  });

  it('flags descriptions that do not fit the structure or CAS declared', async () => {
    const { reports } = await screenRows([
      line('Paint additive', '', 'O=C1CCN(CCc2ccccc2)CC1'),
      line('Propionyl chloride', '', 'CCO'),
      line('ANPP', '39742-60-4', ''),
      line('Solvent', '39742-60-4', 'c1ccc(NC2CCNCC2)cc1'),
      line('4-AP derivative', '', 'CC(C)(C)OC(=O)N1CCC(Nc2ccc(F)cc2)CC1'),
      line('NPP 25 kg drums', '39742-60-4', ''),
    ]);
    const codes = reports.map((r) => r.redFlags.map((f) => f.code).sort());
    expect(codes[0]).toEqual(['innocuous_description']);
    expect(codes[1]).toEqual(['description_mismatch']);
    expect(codes[2]).toEqual(['description_mismatch']);
    expect(codes[3]).toEqual(['identifier_mismatch', 'innocuous_description']);
    expect(codes[4]).toEqual([]); // naming the listed parent of a variant is not a mislabel
    expect(codes[5]).toEqual([]);
    expect(reports[1]!.redFlags[0]!.message).toMatch(
      /names Propionyl chloride, but the CAS\/SMILES given is CCO/,
    );
  });

  it('raises the shipment red flags: history, watch list, forwarders, transit, pill presses', async () => {
    const { reports, summary } = await screenRows(
      [
        [...line('NPP', '', '', '25', 'kg'), 'Delta Labs', 'Pacific Freight', 'Busan > Manzanillo', 'BL-9'],
        [...line('NPP', '', '', '30', 'kg'), 'Delta Labs', 'Fast Cargo', '', 'BL-9'],
        [...line('NPP', '', '', '30', 'kg'), 'Delta Labs', '', '', 'BL-10'],
        [...line('Tableteadora TDP-5', '', '', '1', 'pza'), 'Watched SA de CV', '', '', 'BL-11'],
      ],
      {
        history: (consignee, substance) =>
          consignee === 'delta labs' && substance === 'npp'
            ? { shipments: 4, median: 10, max: 12, base: 'kg' }
            : undefined,
        watchList: [
          { name: 'Watched S.A. de C.V.', identifier: null, kind: 'consignee', reason: 'Prior diversion' },
        ],
      },
    );
    const codes = reports.map((r) => r.redFlags.map((f) => f.code).sort());
    expect(codes[0]).toEqual(['high_risk_transit']); // 25 kg: not above 3 × median (30)
    expect(codes[1]).toEqual(['extraordinary_total', 'several_forwarders']); // 55 kg in this manifest
    expect(codes[2]).toEqual([]); // the total is flagged once
    expect(codes[3]).toEqual(['pill_press', 'watch_list']);
    expect(reports[3]!.status).toBe('clear');
    expect(summary.shipments.find((s) => s.substanceKey === 'npp')?.total).toBe(85);
  });
});
