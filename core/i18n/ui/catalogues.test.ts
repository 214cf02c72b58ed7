// The type system already forces es/fr to have en's keys; this checks the values are real translations
// with the same {{placeholders}}, so a copied English string or a dropped variable fails the build.
import { describe, expect, it } from 'vitest';
import { CHAIN_WARNING_CODES } from '../../firearms/chain';
import { UI_CATALOGUES } from './index';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI catalogues', () => {
  const en = leaves(UI_CATALOGUES.en);
  for (const locale of ['es', 'fr'] as const) {
    const other = leaves(UI_CATALOGUES[locale]);
    it(`${locale} has exactly the English keys`, () => {
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
    });
    it(`${locale} keeps every placeholder`, () => {
      for (const [key, text] of en)
        expect(placeholders(other.get(key) ?? ''), key).toEqual(placeholders(text));
    });
    it(`${locale} translates the sentences`, () => {
      const untranslated = [...en]
        .filter(([key, text]) => text.includes(' ') && other.get(key) === text)
        .map(([key]) => key);
      expect(untranslated).toEqual([]);
    });
  }

  it('names every warning a chain walk can store, so no raw code reaches the trace page', () => {
    for (const code of CHAIN_WARNING_CODES) expect(en.get(`traces.warningCodes.${code}`), code).toBeTruthy();
  });
});
