// Tests for the reference list: loading, listing status per jurisdiction, dated control questions, family wording.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { JURISDICTIONS, familyCovers, isControlled, loadReferenceList, parseListing } from './reference';
import type { ControlStatus, Jurisdiction } from './reference';
import { BUNDLED_CSV_URL, EXPECTED_CONTROL, bundledReference } from './testing';

const SHARED_CSV_URL = new URL('../../../shared/data/precursors.csv', import.meta.url);
const ref = bundledReference();
const chem = (id: string) => {
  const c = ref.byId(id);
  if (!c) throw new Error(`no ${id}`);
  return c;
};

const LETTER: Record<ControlStatus, 'c' | 'n' | '?'> = { controlled: 'c', not_controlled: 'n', unknown: '?' };

describe('the bundled reference list', () => {
  it('is a copy of ../shared/data/precursors.csv when that file exists', () => {
    if (!existsSync(SHARED_CSV_URL)) return;
    expect(readFileSync(BUNDLED_CSV_URL, 'utf8')).toBe(readFileSync(SHARED_CSV_URL, 'utf8'));
  });

  it('loads every row with a valid CAS (or none) and an expectation in this test', () => {
    expect(ref.chemicals.map((c) => c.id).sort()).toEqual(Object.keys(EXPECTED_CONTROL).sort());
    expect(chem('benzylfentanyl').cas).toBeNull();
    expect(chem('npp').cas).toBe('39742-60-4');
  });

  it.each(Object.entries(EXPECTED_CONTROL))(
    '%s: control per jurisdiction matches the listing texts',
    (id, expected) => {
      const got = Object.fromEntries(JURISDICTIONS.map((j) => [j, LETTER[isControlled(chem(id), j).status]]));
      expect(got).toEqual(expected);
    },
  );

  it('marks NOT VERIFIED / NOT FOUND / not re-verified / source weak as unknown, keeping the text as the reason', () => {
    for (const text of [
      'NOT VERIFIED',
      'NOT FOUND in corpus',
      'LGS art. 234 narcotic (not re-verified)',
      'Schedule II (source weak)',
      'CDSA Sch. I (not verified)',
    ])
      expect(parseListing('US', text).status, text).toBe('unknown');
    const answer = isControlled(chem('fentanyl'), 'US');
    expect(answer.status).toBe('unknown');
    expect(answer.reason).toContain('Schedule II (source weak)');
  });

  it('finds chemicals by CAS in any accepted spelling, by name, synonym and abbreviation', () => {
    expect(ref.byCas('39742604')?.id).toBe('npp');
    expect(ref.byCas('39742-60-5')).toBeUndefined();
    for (const [name, id] of [
      ['NPP', 'npp'],
      ['n-phenethyl-4-piperidone', 'npp'],
      ['4-ANPP', 'anpp'],
      ['despropionyl fentanyl', 'anpp'],
      ['N-phenylpiperidin-4-amine', '4ap'],
      ['4-piperidinone', '4piperidone'],
      ['NPP-aniline imine', 'imine'],
      ['  Propanoyl   chloride ', 'propionylchloride'],
    ] as const)
      expect(ref.byName(name)?.id, name).toBe(id);
    expect(ref.byName('aspirin')).toBeUndefined();
  });
});

describe('isControlled on a date', () => {
  const on = (id: string, j: Jurisdiction, date: string) => isControlled(chem(id), j, date).status;

  it('answers "was 4-AP controlled in Mexico on 2021-06-01?" from DOF 13 May 2021', () => {
    expect(on('4ap', 'MX', '2021-06-01')).toBe('controlled');
    expect(on('4ap', 'MX', '2021-05-12')).toBe('not_controlled');
  });

  it('keeps year-only precision: NPP under the 1988 Convention during 2017 is unknown', () => {
    expect(on('npp', 'UN', '2016-12-31')).toBe('not_controlled');
    expect(on('npp', 'UN', '2017-07-01')).toBe('unknown');
    expect(on('npp', 'UN', '2018-01-01')).toBe('controlled');
  });

  it('uses the day a rule took effect, not the day it was published', () => {
    expect(on('anpp', 'US', '2010-07-01')).toBe('not_controlled'); // published 29 Jun, eff. 30 Aug 2010
    expect(on('anpp', 'US', '2010-08-30')).toBe('controlled');
  });

  it('does not invent the entry into force of a CND decision effective "180 days after notification"', () => {
    expect(on('4piperidone', 'UN', '2024-06-01')).toBe('not_controlled');
    expect(on('4piperidone', 'UN', '2025-06-01')).toBe('unknown');
    expect(on('4piperidone', 'UN', '2025-06-01')).not.toBe('controlled');
  });

  it('gives unknown for a dated question on an unconfirmed listing', () => {
    expect(on('boc4piperidone', 'CA', '2030-01-01')).toBe('unknown');
  });
});

describe('family wording', () => {
  it('reads the US 4-AP family with the later date of the halides', () => {
    const us = chem('4ap').listings.US;
    expect(us.family.map((f) => f.kinds)).toEqual([['amides', 'carbamates', 'salts'], ['halides']]);
    expect(familyCovers(us, 'carbamates', '2021-01-01')).toBe('yes');
    expect(familyCovers(us, 'halides', '2021-01-01')).toBe('no');
    expect(familyCovers(us, 'halides', '2023-11-30')).toBe('yes');
    expect(familyCovers(us, 'other')).toBe('not_stated');
  });

  it('reads the US 4-piperidone family: acetals, amides, carbamates, salts', () => {
    expect(chem('4piperidone').listings.US.family[0]?.kinds).toEqual([
      'acetals',
      'amides',
      'carbamates',
      'salts',
    ]);
    expect(chem('4piperidone').listings.CA.family[0]?.kinds).toEqual(['salts']);
  });

  it('reads Canada "derivatives and analogues" as covering any variant, from its own date', () => {
    const ca = chem('4ap').listings.CA;
    expect(familyCovers(ca, 'other', '2023-08-29')).toBe('no');
    expect(familyCovers(ca, 'other', '2023-08-30')).toBe('yes');
    expect(familyCovers(chem('anpp').listings.CA, 'halides')).toBe('yes');
    expect(familyCovers(chem('norfentanyl').listings.CA, 'halides', '2020-01-01')).toBe('unknown'); // no date given
    expect(familyCovers(chem('npp').listings.CA, 'other')).toBe('not_stated');
  });
});

describe('CSV loading', () => {
  it('parses quoted fields with commas, quotes and newlines', () => {
    expect(parseCsv('a,"b,c","d ""e""","f\ng"\r\n1,2,3,4\n')).toEqual([
      ['a', 'b,c', 'd "e"', 'f\ng'],
      ['1', '2', '3', '4'],
    ]);
    expect(() => parseCsv('a,"b')).toThrow(/unterminated/);
  });

  it('rejects a list with a missing column, a duplicate id or a bad CAS', () => {
    const header = 'id,name,synonyms,cas,formula,smiles,inchikey,un_1988,us,mx,ca,sources';
    expect(() => loadReferenceList('id,name\nx,y')).toThrow(/missing column/);
    expect(() => loadReferenceList(`${header}\na,A,,,,,,,,,,\na,B,,,,,,,,,,`)).toThrow(/duplicate/);
    expect(() => loadReferenceList(`${header}\na,A,,437-38-8,,,,,,,,`)).toThrow(/invalid CAS/);
  });
});
