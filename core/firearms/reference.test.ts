import { describe, expect, it } from 'vitest';
import { checkDescription } from './description';
import {
  autocompleteCalibers,
  autocompleteMakes,
  autocompleteModels,
  CALIBERS,
  caliberKey,
  findModel,
  getCaliber,
  getMake,
  makeKey,
  MAKES,
  modelKey,
  normaliseCaliber,
  normaliseMake,
  setReferenceAdditions,
} from './reference';
import { FIREARM_TYPE_CODES } from './referenceTypes';

const codes = (input: Parameters<typeof checkDescription>[0]) =>
  checkDescription(input).warnings.map((w) => w.code);

describe('reference data integrity', () => {
  it('refers only to known calibers, makes and type codes, with unique ids', () => {
    expect(new Set(MAKES.map((m) => m.id)).size).toBe(MAKES.length);
    expect(new Set(CALIBERS.map((c) => c.id)).size).toBe(CALIBERS.length);
    for (const make of MAKES) {
      expect(make.countries.length, make.id).toBeGreaterThan(0);
      for (const model of make.models) {
        for (const id of model.calibers)
          expect(getCaliber(id), `${make.id} ${model.name} ${id}`).not.toBeNull();
        for (const id of model.importedBy) expect(getMake(id), `${model.name} importer ${id}`).not.toBeNull();
        for (const t of model.types) expect(FIREARM_TYPE_CODES).toContain(t);
      }
    }
  });

  it('has no alias that means two different things', () => {
    const owner = new Map<string, string>();
    const claim = (key: string, who: string, what: string) => {
      const prev = owner.get(key);
      if (prev !== undefined) expect(prev, `${what} key ${key}`).toBe(who);
      owner.set(key, who);
    };
    for (const m of MAKES) for (const a of [m.name, ...m.aliases]) claim(`make:${makeKey(a)}`, m.id, a);
    for (const c of CALIBERS) for (const a of [c.name, ...c.aliases]) claim(`cal:${caliberKey(a)}`, c.id, a);
    for (const m of MAKES)
      for (const x of m.models)
        for (const a of [x.name, ...x.aliases]) claim(`${m.id}:${modelKey(a)}`, x.name, a);
  });
});

describe('resolving makes, models and calibers', () => {
  it('normalises make aliases', () => {
    for (const typed of ['S&W', 'SMITH AND WESSON', 'smith & wesson', 'Smith & Wesson, Inc.']) {
      expect(normaliseMake(typed)?.id, typed).toBe('smith-wesson');
    }
    for (const typed of ['RUGER', 'Sturm, Ruger & Co., Inc.', 'sturm ruger'])
      expect(normaliseMake(typed)?.id).toBe('sturm-ruger');
    expect(normaliseMake('H&K')?.id).toBe('heckler-koch');
    expect(normaliseMake('cugir')?.id).toBe('romarm-cugir');
    expect(normaliseMake('Acme Blasters')).toBeNull();
    expect(normaliseMake('  ')).toBeNull();
  });

  it('resolves models, ignoring a repeated make name', () => {
    const glock = normaliseMake('Glock')!;
    expect(findModel(glock, 'Glock 19')?.name).toBe('G19');
    expect(findModel(glock, 'g-19')?.name).toBe('G19');
    expect(findModel(normaliseMake('Ruger')!, 'Ruger 10/22')?.name).toBe('10/22');
    expect(findModel(normaliseMake('S&W')!, 'M&P 9')?.name).toBe('M&P9');
    expect(findModel(glock, '10/22')).toBeNull();
  });

  it('resolves calibers as officers write them', () => {
    expect(normaliseCaliber('9x19')?.id).toBe('9mm-luger');
    expect(normaliseCaliber('Cal. 7,62 x 39 mm')?.id).toBe('762x39');
    expect(normaliseCaliber('.223 Rem')?.id).toBe('556x45');
    expect(normaliseCaliber('9mm corto')?.id).toBe('380-acp');
    expect(normaliseCaliber('12 GA')?.id).toBe('12-gauge');
    expect(normaliseCaliber('.38 Súper')?.id).toBe('38-super');
    expect(normaliseCaliber('laser')).toBeNull();
  });

  it('autocompletes by prefix, exact and name matches first', () => {
    expect(autocompleteMakes('s&').map((m) => m.id)).toEqual(['smith-wesson']);
    expect(autocompleteMakes('ruger')[0]?.id).toBe('sturm-ruger');
    const sig = autocompleteMakes('si').map((m) => m.id);
    expect(sig).toContain('sig-sauer');
    expect(autocompleteMakes('', 3)).toHaveLength(3);
    expect(autocompleteModels(normaliseMake('Glock')!, 'G4').map((m) => m.name)).toEqual([
      'G42',
      'G43',
      'G43X',
      'G44',
      'G45',
      'G48',
    ]);
    expect(autocompleteCalibers('7.62').map((c) => c.id)).toEqual(
      expect.arrayContaining(['762x39', '762x51', '762x25']),
    );
    expect(autocompleteCalibers('zzz')).toEqual([]);
  });
});

describe('checking a firearm description', () => {
  it('accepts a good description without warnings', () => {
    const r = checkDescription({
      make: 'Glock',
      model: '19',
      caliber: '9mm',
      type: 'P',
      countryOfManufacture: 'AT',
    });
    expect(r.warnings).toEqual([]);
    expect([r.make?.id, r.model?.name, r.caliber?.id]).toEqual(['glock', 'G19', '9mm-luger']);
  });

  it('warns about an unknown make and missing fields', () => {
    expect(codes({ make: 'Acme', model: 'X1', caliber: '9mm', type: 'P' })).toEqual(['unknown_make']);
    expect(codes({})).toEqual(['missing_make', 'missing_model', 'missing_caliber', 'missing_type']);
  });

  it('warns when the model was never made by that make, naming who did', () => {
    const r = checkDescription({ make: 'Taurus', model: '10/22', caliber: '.22 LR', type: 'R' });
    expect(r.warnings).toEqual([
      {
        code: 'model_not_made_by_make',
        field: 'model',
        messageKey: 'firearms.description.model_not_made_by_make',
        params: { make: 'Taurus', model: '10/22', madeBy: 'Sturm, Ruger & Co.' },
      },
    ]);
    expect(codes({ make: 'Glock', model: 'G99', caliber: '9mm', type: 'P' })).toEqual(['unknown_model']);
  });

  it('recognises an importer entered as the make', () => {
    const r = checkDescription({ make: 'Century Arms', model: 'WASR-10', caliber: '7.62x39', type: 'R' });
    expect(r.warnings.map((w) => [w.code, w.params.make])).toEqual([
      ['importer_entered_as_make', 'Romarm/Cugir'],
    ]);
  });

  it('warns about a caliber the model never had, unless the table says its list is partial', () => {
    const r = checkDescription({ make: 'Glock', model: 'G19', caliber: '.45 ACP', type: 'P' });
    expect(r.warnings).toMatchObject([
      { code: 'caliber_not_chambered_by_model', params: { known: '9mm Luger' } },
    ]);
    expect(codes({ make: 'Remington', model: '700', caliber: '.338 Lapua', type: 'R' })).toEqual([]);
    expect(codes({ make: 'Glock', model: 'G19', caliber: 'laser', type: 'P' })).toEqual(['unknown_caliber']);
  });

  it('warns about a type that does not fit the model, or is not a type code', () => {
    expect(codes({ make: 'Colt', model: 'M16', caliber: '5.56', type: 'R' })).toEqual(['type_mismatch']);
    expect(codes({ make: 'Norinco', model: 'Type 56', caliber: '7.62x39', type: 'M' })).toEqual([]);
    expect(codes({ make: 'Glock', model: 'G17', caliber: '9mm', type: 'X' })).toEqual(['unknown_type']);
  });

  it('warns about a country the make does not manufacture in', () => {
    expect(
      codes({ make: 'Glock', model: 'G17', caliber: '9mm', type: 'P', countryOfManufacture: 'BR' }),
    ).toEqual(['country_not_known_for_make']);
    expect(
      codes({ make: 'Savage', model: 'Mark II', caliber: '.22 LR', type: 'R', countryOfManufacture: 'ca' }),
    ).toEqual([]);
  });
});

describe('accepted additions', () => {
  it('are laid over the built-in table, keep the key free text had, and are replaced as a whole', () => {
    const before = makeKey('Kral Arms');
    expect(codes({ make: 'Kral Arms', model: 'Puncher', caliber: '5.5mm Pellet', type: 'R' })).toEqual([
      'unknown_make',
      'unknown_caliber',
    ]);
    setReferenceAdditions([
      { kind: 'make', name: 'Kral Arms', aliases: ['Kral'], countries: ['TR'] },
      { kind: 'caliber', name: '5.5mm Pellet', aliases: ['.22 pellet'] },
      {
        kind: 'model',
        makeId: makeKey('Kral Arms'),
        name: 'Puncher',
        aliases: [],
        types: ['R'],
        calibers: [],
      },
      { kind: 'model', makeId: 'glock', name: 'G49', aliases: [], types: ['P'], calibers: ['9mm-luger'] },
    ]);
    try {
      const kral = normaliseMake('KRAL')!;
      expect(kral.id).toBe(before);
      expect(autocompleteMakes('Kra').map((m) => m.name)).toContain('Kral Arms');
      expect(autocompleteModels(kral, 'Pun').map((m) => m.name)).toEqual(['Puncher']);
      expect(normaliseCaliber('.22 Pellet')?.name).toBe('5.5mm Pellet');
      expect(codes({ make: 'Kral', model: 'Puncher', caliber: '5.5mm pellet', type: 'R' })).toEqual([]);
      // A model added to a built-in make; the make's own models are all still there.
      const glock = getMake('glock')!;
      expect(findModel(glock, 'G49')?.types).toEqual(['P']);
      expect(findModel(glock, 'G19')).not.toBeNull();
      // An added model lists calibers without claiming they are all: no "never chambered" guess.
      expect(codes({ make: 'Glock', model: 'G49', caliber: '.40 S&W', type: 'P' })).toEqual([]);
      setReferenceAdditions([]);
      expect(normaliseMake('Kral Arms')).toBeNull();
      expect(findModel(getMake('glock')!, 'G49')).toBeNull();
    } finally {
      setReferenceAdditions([]);
    }
  });
});
