// Red flags from the shipment data: history, watch lists, forwarders, transit points, equipment, party names.
import { describe, expect, it } from 'vitest';
import { mapHeader } from './columns';
import { equipmentHit } from './equipment';
import { partyKey, splitParties } from './partyNames';
import {
  createForwarderTracker,
  createWatchList,
  extraordinaryAbove,
  quantityFlag,
  watchFlags,
} from './redFlags';
import { splitRoute, transitPointOf } from './transitPoints';
import { parseQuantity } from './units';

const kg = (value: number) => {
  const r = parseQuantity(String(value), 'kg');
  if (!r.ok || !r.quantity) throw new Error('bad quantity');
  return r.quantity;
};

describe('extraordinary quantity for the consignee', () => {
  const history = { shipments: 6, median: 20, max: 35, base: 'kg' as const };
  it('needs a history of at least three shipments', () => {
    expect(extraordinaryAbove({ ...history, shipments: 2 })).toBeNull();
    expect(extraordinaryAbove(history)).toBe(60);
    expect(extraordinaryAbove({ ...history, max: 90 })).toBe(90);
  });
  it('flags above three times the median and the largest shipment, with the numbers in words', () => {
    expect(quantityFlag('en', kg(60), 'Delta', history)).toBeNull();
    const f = quantityFlag('es', kg(61), 'Delta', history);
    expect(f?.code).toBe('extraordinary_quantity');
    expect(f?.message).toBe(
      '61 kg es extraordinario para Delta: 6 envíos anteriores, mediana 20 kg, máximo 35 kg.',
    );
    expect(quantityFlag('en', kg(500), 'Delta', undefined)).toBeNull();
    expect(quantityFlag('en', kg(500), 'Delta', { ...history, base: 'L' })).toBeNull(); // litres are not kilograms
  });
});

describe('party names and watch lists', () => {
  it('ignores case, accents, punctuation and legal forms', () => {
    expect(partyKey('Química Norte, S.A. de C.V.')).toBe('quimica norte');
    expect(partyKey('QUIMICA NORTE SA DE CV')).toBe('quimica norte');
    expect(partyKey('Chimie Laurentides Ltée')).toBe('chimie laurentides');
    expect(partyKey('Rápido Logistics, LLC')).toBe('rapido logistics');
    expect(partyKey('Inc')).toBe('inc'); // a name that is only a legal form stays itself
  });
  it('splits several forwarders in one cell but keeps a slash inside a name', () => {
    expect(splitParties('DHL; Kuehne+Nagel | dhl')).toEqual(['DHL', 'Kuehne+Nagel']);
    expect(splitParties('A / B')).toEqual(['A', 'B']);
    expect(splitParties('Smith C/O Jones')).toEqual(['Smith C/O Jones']);
  });
  it('matches entries by name or by an identifier written in the cell', () => {
    const list = createWatchList([
      { name: 'Química Norte SA de CV', identifier: 'QNO010101AB1', kind: 'consignee', reason: 'Seizure' },
    ]);
    expect(list.match('QUIMICA NORTE')).toHaveLength(1);
    expect(list.match('Importadora XYZ (RFC QNO010101AB1)')).toHaveLength(1);
    expect(list.match('Química Sur')).toHaveLength(0);
    const flags = watchFlags('fr', list, [{ role: 'forwarder', name: 'Quimica Norte' }]);
    expect(flags[0]?.message).toBe(
      'Transitaire « Quimica Norte » figure sur la liste de surveillance (destinataire) : Seizure',
    );
  });
  it('flags a consignment once a second forwarder appears', () => {
    const track = createForwarderTracker();
    expect(track('en', 'BL-1', ['Pacific Freight'])).toBeNull();
    expect(track('en', 'BL-2', ['Other'])).toBeNull();
    expect(track('en', 'BL-1', ['PACIFIC FREIGHT'])).toBeNull();
    expect(track('en', 'BL-1', ['Other Cargo'])?.params.forwarders).toBe('Pacific Freight, Other Cargo');
    expect(track('en', 'BL-3', ['A', 'B'])?.code).toBe('several_forwarders');
  });
});

describe('transit points and equipment', () => {
  it('reads route cells and finds listed points by name or UN/LOCODE', () => {
    expect(splitRoute('Shanghai > Manzanillo, Col. → Guadalajara')).toEqual([
      'Shanghai',
      'Manzanillo',
      'Col.',
      'Guadalajara',
    ]);
    expect(transitPointOf('Port of Lázaro Cárdenas')?.id).toBe('mx-lazaro-cardenas');
    expect(transitPointOf('MXZLO')?.id).toBe('mx-manzanillo');
    expect(transitPointOf('Rotterdam')).toBeUndefined();
  });
  it.each([
    ['Rotary tablet press TDP-5', ''],
    ['Tableteadora rotativa', ''],
    ['Prensa para pastillas manual', ''],
    ['Presse à comprimés', ''],
    ['Poinçons pour comprimés', ''],
    ['Troqueles para tabletas', ''],
    ['Machine parts', '8479.89.99'],
    ['Punches', '820730'],
  ])('%s (HS %s) is a pill press, die or punch', (description, hs) =>
    expect(equipmentHit(description, hs)).not.toBeNull(),
  );
  it.each([
    ['Acetone', '2914.11'],
    ['Printing press ink', '3215.11'],
    ['Tablet computer', '8471.30'],
  ])('%s (HS %s) is not', (description, hs) => expect(equipmentHit(description, hs)).toBeNull());
});

describe('header mapping', () => {
  it('maps en/es/fr headers and takes a unit from "Quantity (kg)"', () => {
    const r = mapHeader(
      ['N°', 'Désignation', 'No CAS', 'Quantité (kg)', 'Destinataire', 'Transitaire', 'Itinéraire', 'Notes'],
      'fr',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect([...r.mapping.columns.keys()]).toEqual([
      'line',
      'description',
      'cas',
      'quantity',
      'consignee',
      'forwarder',
      'route',
    ]);
    expect(r.mapping.defaultUnit).toBe('kg');
    expect(r.mapping.ignored).toEqual(['Notes']);
  });
  it('names what is wrong with a header', () => {
    const none = mapHeader(['Cantidad', 'Unidad'], 'es');
    expect(none.ok ? [] : none.problems.map((p) => p.code)).toEqual(['no_substance_column']);
    const twice = mapHeader(['CAS', 'CAS number'], 'en');
    expect(twice.ok ? '' : twice.problems[0]?.message).toBe(
      'Columns "CAS" and "CAS number" both read as cas.',
    );
    const blank = mapHeader(['', ' '], 'en');
    expect(blank.ok ? [] : blank.problems.map((p) => p.code)).toEqual(['empty']);
  });
});
