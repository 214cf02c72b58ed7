// Structures of the reference list, computed once per screener: InChIKeys for exact matching, heavy-atom counts as
// a cheap pre-filter, Morgan fingerprints for similarity ranking.

import { structureKey } from './derive';
import { heavyAtomCount, morganFingerprint, parseMol } from './rdkit';
import type { RDKit } from './rdkit';
import type { ReferenceChemical, ReferenceList } from './reference';
import { fingerprintBits } from './similarity';
import type { FingerprintBits } from './similarity';
import { heavyAtomFormula } from './smilesFormula';

export interface ReferenceStructure {
  readonly chemical: ReferenceChemical;
  readonly canonicalSmiles: string;
  /** InChIKey without protonation flag, or "smiles:…" */
  readonly key: string;
  readonly fullKey: string | null;
  readonly skeleton: string | null;
  readonly inchi: string | null;
  readonly heavyAtoms: number;
  readonly fingerprint: Uint8Array;
  /** The fingerprint as words with its bit count, for fast Tanimoto. */
  readonly bits: FingerprintBits;
}

export interface ReferenceIndex {
  readonly structures: readonly ReferenceStructure[];
  byKey(key: string): readonly ReferenceStructure[];
  bySkeleton(skeleton: string): readonly ReferenceStructure[];
  bySmiles(canonicalSmiles: string): readonly ReferenceStructure[];
  /** Heavy-atom counts present in the list: a component with another count cannot be an exact match. */
  readonly heavyAtomCounts: ReadonlySet<number>;
  /** Heavy-atom formulas (smilesFormula.ts) present in the list: the same kind of pre-filter, sharper. */
  readonly heavyFormulas: ReadonlySet<string>;
}

export function buildReferenceIndex(rd: RDKit, reference: ReferenceList): ReferenceIndex {
  const structures: ReferenceStructure[] = [];
  for (const chemical of reference.chemicals) {
    if (chemical.smiles === null) continue;
    const mol = parseMol(rd, chemical.smiles);
    if (!mol) throw new Error(`reference list: invalid SMILES for ${chemical.id}`);
    try {
      const k = structureKey(rd, mol);
      const fingerprint = morganFingerprint(mol);
      structures.push({
        chemical,
        canonicalSmiles: mol.get_smiles(),
        ...k,
        inchi: k.fullKey ? mol.get_inchi() : null,
        heavyAtoms: heavyAtomCount(mol),
        fingerprint,
        bits: fingerprintBits(fingerprint),
      });
    } finally {
      mol.delete();
    }
  }
  const group = (f: (s: ReferenceStructure) => string | null) => {
    const m = new Map<string, ReferenceStructure[]>();
    for (const s of structures) {
      const k = f(s);
      if (k !== null) m.set(k, [...(m.get(k) ?? []), s]);
    }
    return m;
  };
  const keys = group((s) => s.key);
  const skeletons = group((s) => s.skeleton);
  const smiles = group((s) => s.canonicalSmiles);
  return {
    structures,
    byKey: (key) => keys.get(key) ?? [],
    bySkeleton: (sk) => skeletons.get(sk) ?? [],
    bySmiles: (smi) => smiles.get(smi) ?? [],
    heavyAtomCounts: new Set(structures.map((s) => s.heavyAtoms)),
    heavyFormulas: new Set(structures.map((s) => heavyAtomFormula(s.canonicalSmiles))),
  };
}
