// Company names compared loosely but not fuzzily: case, accents, punctuation and legal-form suffixes
// ("S.A. de C.V.", "Inc.", "Ltée") do not make "Química Norte, S.A. de C.V." a different consignee.

import { LruCache } from '../lru';

const LEGAL_FORMS = [
  's a p i de c v',
  's de r l de c v',
  's a de c v',
  's de r l',
  's a b de c v',
  'sapi de cv',
  'sa de cv',
  'sc',
  's a',
  'sa',
  'inc',
  'incorporated',
  'llc',
  'l l c',
  'ltd',
  'limited',
  'ltee',
  'co',
  'corp',
  'corporation',
  'company',
  'gmbh',
  'plc',
  'srl',
  'sas',
  'ulc',
];

const SUFFIX = new RegExp(`(?:\\s(?:${LEGAL_FORMS.map((f) => f.replace(/ /g, '\\s')).join('|')}))+$`);

// Manifests name the same few parties on thousands of lines: remember recent keys.
const keys = new LruCache<string, string>(10_000);

export function partyKey(name: string): string {
  const known = keys.get(name);
  if (known !== undefined) return known;
  const key = computePartyKey(name);
  keys.set(name, key);
  return key;
}

function computePartyKey(name: string): string {
  const plain = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const stripped = plain.replace(SUFFIX, '').trim();
  return stripped === '' ? plain : stripped;
}

/** Several forwarders written in one cell: "DHL; Kuehne+Nagel", "A / B", "A | B" (a slash inside a name, "C/O", is kept). */
export function splitParties(cell: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of cell.split(/[;|\n]|\s\/\s|\s\/|\/\s/)) {
    const name = part.trim();
    const key = partyKey(name);
    if (name === '' || key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
