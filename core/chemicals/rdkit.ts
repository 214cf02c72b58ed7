// RDKit (WebAssembly) loaded once per process, and helpers that always free molecule handles: WASM memory is not
// garbage-collected, and a 100,000-line manifest would otherwise leak one molecule per line.

import initRDKitModule from '@rdkit/rdkit';
import type { MainModule, Mol } from '@rdkit/rdkit';

export type RDKit = MainModule;
export type { Mol };

let loading: Promise<RDKit> | undefined;

/** The process-wide RDKit module; the WASM binary loads offline from node_modules on first call. */
export function loadRDKit(): Promise<RDKit> {
  loading ??= initRDKitModule().catch((err: unknown) => {
    loading = undefined; // let a later call retry instead of caching the failure forever
    throw err;
  });
  return loading;
}

// Skipping hydrogen removal makes parsing ~2× faster; explicit [H] atoms still need removal so that "[H]OCC" and
// "OCC" give the same canonical SMILES. Kekulisation stays on: it is what rejects impossible aromatic systems,
// which would otherwise parse and then throw inside InChI or molblock generation.
const FAST_PARSE = JSON.stringify({ removeHs: false });
const PARSE_WITH_H_REMOVAL = JSON.stringify({});
// Stereo perception is ~10% of a parse and finds nothing in a structure written without stereo marks.
const PARSE_WITHOUT_STEREO = JSON.stringify({ removeHs: false, assignStereo: false });

/**
 * Whether the text carries no stereo information: SMILES without @, / or \, or RDKit JSON whose atoms and bonds
 * all leave stereo unspecified. Molblocks (and anything else) count as carrying it.
 */
export function withoutStereoMarks(text: string): boolean {
  if (text.startsWith('{')) return !/"stereo":"(?!unspecified")/.test(text);
  return !/[@/\\\n]/.test(text);
}

function parseOptions(text: string): string {
  if (text.includes('[H')) return PARSE_WITH_H_REMOVAL;
  return withoutStereoMarks(text) ? PARSE_WITHOUT_STEREO : FAST_PARSE;
}

/** Parses SMILES (or a molblock); null when RDKit cannot read it. The caller owns the molecule: delete() it. */
export function parseMol(rd: RDKit, text: string): Mol | null {
  const mol = rd.get_mol(text, parseOptions(text));
  if (mol === null) return null;
  if (!mol.is_valid()) {
    mol.delete();
    return null;
  }
  return mol;
}

/** Runs `fn` on a parsed molecule and frees it afterwards, even when `fn` throws. Null when the input is invalid. */
export function withMol<T>(rd: RDKit, text: string, fn: (mol: Mol) => T): T | null {
  const mol = parseMol(rd, text);
  if (mol === null) return null;
  try {
    return fn(mol);
  } finally {
    mol.delete();
  }
}

/** A compiled SMARTS query; throws at start-up on a bad pattern, since a broken rule must not silently pass. */
export function compileQuery(rd: RDKit, smarts: string): Mol {
  const q = rd.get_qmol(smarts);
  if (q === null || !q.is_valid()) {
    q?.delete();
    throw new Error(`invalid SMARTS: ${smarts}`);
  }
  return q;
}

/** All matches of a query as atom-index arrays (indices in SMARTS atom order). */
export function substructMatches(mol: Mol, query: Mol): number[][] {
  const raw: unknown = JSON.parse(mol.get_substruct_matches(query));
  const list = Array.isArray(raw) ? raw : [raw];
  const out: number[][] = [];
  for (const m of list) {
    if (typeof m === 'object' && m !== null && 'atoms' in m && Array.isArray(m.atoms)) {
      const atoms = m.atoms.filter((a: unknown): a is number => typeof a === 'number');
      if (atoms.length > 0) out.push(atoms);
    }
  }
  return out;
}

/** The first match only (as substructMatches(...)[0]), or no match: one search instead of all of them. */
export function firstMatch(mol: Mol, query: Mol): number[][] {
  const raw: unknown = JSON.parse(mol.get_substruct_match(query));
  if (typeof raw !== 'object' || raw === null || !('atoms' in raw) || !Array.isArray(raw.atoms)) return [];
  const atoms = raw.atoms.filter((a: unknown): a is number => typeof a === 'number');
  return atoms.length > 0 ? [atoms] : [];
}

/** Cheaper yes/no substructure test. */
export function hasMatch(mol: Mol, query: Mol): boolean {
  return mol.get_substruct_match(query) !== '{}';
}

/**
 * Standard InChIKey, or null if InChI generation fails (e.g. dummy atoms). This RDKit build exposes
 * Mol.get_inchi() and get_inchikey_for_inchi(); callers fall back to canonical SMILES when null.
 */
export function inchiKeyOf(rd: RDKit, mol: Mol): { inchi: string; key: string } | null {
  const inchi = mol.get_inchi();
  if (!inchi.startsWith('InChI=')) return null;
  const key = rd.get_inchikey_for_inchi(inchi);
  return key.length === 27 ? { inchi, key } : null;
}

const MORGAN = JSON.stringify({ radius: 2, nBits: 2048 });
// Radius 2 and 2048 bits are also RDKit's defaults; calling without options skips parsing a JSON string on
// every call. Whether the defaults still are these is checked once per process on the first molecule.
let defaultsAreMorgan: boolean | undefined;

/** Morgan fingerprint, radius 2, 2048 bits, as bytes (kept in JS memory, nothing to free). */
export function morganFingerprint(mol: Mol): Uint8Array {
  if (defaultsAreMorgan === undefined) {
    const explicit: unknown = mol.get_morgan_fp_as_uint8array(MORGAN);
    const byDefault: unknown = mol.get_morgan_fp_as_uint8array();
    defaultsAreMorgan =
      explicit instanceof Uint8Array &&
      byDefault instanceof Uint8Array &&
      explicit.length === byDefault.length &&
      explicit.every((byte, i) => byte === byDefault[i]);
  }
  const fp: unknown = defaultsAreMorgan
    ? mol.get_morgan_fp_as_uint8array()
    : mol.get_morgan_fp_as_uint8array(MORGAN);
  if (!(fp instanceof Uint8Array)) throw new Error('RDKit returned no fingerprint');
  return fp;
}

/** Heavy-atom count: a cheap pre-filter before computing InChI. */
export function heavyAtomCount(mol: Mol): number {
  return mol.get_num_atoms(true);
}
