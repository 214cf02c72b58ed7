// Pill presses, tablet dies and punches: the equipment that turns powder into counterfeit pills (DEA and
// INCB red flags). Found by words in en/es/fr, or by the HS subheadings they are declared under.

import { LruCache } from '../lru';

export interface EquipmentHit {
  readonly by: 'words' | 'hs_code';
  readonly evidence: string;
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

// Word stems, matched at word starts so "presse a comprimes" and "comprimidos" both count.
const WORDS: readonly RegExp[] = [
  /\b(pill|tablet|tableting|tabletting)\s+(press|presses|machine|machines|die|dies|punch|punches|tooling)\b/,
  /\b(rotary|single punch|single station)\s+(tablet\s+)?press/,
  /\b(tdp|zp|thp)[\s-]?\d{1,2}\b/, // common model names of small tablet presses (TDP-5, ZP-9…)
  /\btableteadora/,
  /\bprensa(s)?\s+(para|de)\s+(tabletas|pastillas|comprimidos|pildoras)/,
  /\b(troquel(es)?|punzon(es)?|matriz|matrices)\s+(para|de)\s+(tabletas|pastillas|comprimidos|pildoras|tableteadora)/,
  /\bpresse(s)?\s+a\s+(comprimes|pilules|pastilles)/,
  /\b(poincon(s)?|matrice(s)?)\s+(pour|de|a)\s+(comprimes|pilules|pastilles)/,
  /\bencapsula(dora|teuse|ting machine)/,
];

// HS 8479.89: machines with individual functions, the subheading tablet presses are declared under;
// 8479.30 and 8462.xx: presses (often misdeclared); 8207.30: tools for pressing, stamping or punching (dies, punches).
const HS_PREFIXES: readonly { readonly prefix: string; readonly label: string }[] = [
  { prefix: '847989', label: '8479.89' },
  { prefix: '847930', label: '8479.30' },
  { prefix: '8462', label: '84.62' },
  { prefix: '820730', label: '8207.30' },
];

// The same descriptions repeat down a manifest: remember recent answers.
const answers = new LruCache<string, EquipmentHit | null>(10_000);

export function equipmentHit(description: string, hsCode: string): EquipmentHit | null {
  const key = `${hsCode}\u0000${description}`;
  const known = answers.get(key);
  if (known !== undefined) return known;
  const hit = findEquipment(description, hsCode);
  answers.set(key, hit);
  return hit;
}

function findEquipment(description: string, hsCode: string): EquipmentHit | null {
  const text = fold(description).replace(/[^a-z0-9]+/g, ' ');
  for (const word of WORDS) {
    const m = word.exec(text);
    if (m) return { by: 'words', evidence: m[0] };
  }
  const digits = hsCode.replace(/\D/g, '');
  if (digits.length >= 4) {
    const hit = HS_PREFIXES.find((h) => digits.startsWith(h.prefix));
    if (hit) return { by: 'hs_code', evidence: hit.label };
  }
  return null;
}
