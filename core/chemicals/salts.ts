// Salt and solvent stripping: counter-ions, acids and solvates are removed so "NPP·HCl" or "4-piperidone citrate"
// is screened as the organic compound it carries. Every remaining organic fragment is kept, largest first, so a
// mixture cannot hide a precursor behind a bigger harmless molecule.

import { compileQuery, hasMatch, heavyAtomCount, inchiKeyOf, parseMol } from './rdkit';
import type { Mol, RDKit } from './rdkit';

// Neutral forms; charged forms ([Cl-], [Na+], citrate anions) share the InChIKey skeleton block with them.
const SALTS_AND_SOLVENTS: readonly (readonly [string, string])[] = [
  ['water', 'O'],
  ['hydrogen chloride', 'Cl'],
  ['hydrogen bromide', 'Br'],
  ['hydrogen iodide', 'I'],
  ['hydrogen fluoride', 'F'],
  ['sulfuric acid', 'OS(=O)(=O)O'],
  ['nitric acid', 'O[N+](=O)[O-]'],
  ['phosphoric acid', 'OP(=O)(O)O'],
  ['perchloric acid', 'OCl(=O)(=O)=O'],
  ['tetrafluoroboric acid', 'F[B-](F)(F)F'],
  ['sodium', '[Na]'],
  ['potassium', '[K]'],
  ['lithium', '[Li]'],
  ['calcium', '[Ca]'],
  ['magnesium', '[Mg]'],
  ['zinc', '[Zn]'],
  ['ammonia', 'N'],
  ['acetic acid', 'CC(=O)O'],
  ['formic acid', 'OC=O'],
  ['trifluoroacetic acid', 'OC(=O)C(F)(F)F'],
  ['oxalic acid', 'OC(=O)C(=O)O'],
  ['citric acid', 'OC(=O)CC(O)(CC(=O)O)C(=O)O'],
  ['tartaric acid', 'OC(C(O)C(=O)O)C(=O)O'],
  ['maleic/fumaric acid', 'OC(=O)C=CC(=O)O'],
  ['succinic acid', 'OC(=O)CCC(=O)O'],
  ['malic acid', 'OC(CC(=O)O)C(=O)O'],
  ['lactic acid', 'CC(O)C(=O)O'],
  ['methanesulfonic acid', 'CS(=O)(=O)O'],
  ['p-toluenesulfonic acid', 'Cc1ccc(cc1)S(=O)(=O)O'],
  ['benzenesulfonic acid', 'OS(=O)(=O)c1ccccc1'],
  ['benzoic acid', 'OC(=O)c1ccccc1'],
  ['methanol', 'CO'],
  ['ethanol', 'CCO'],
  ['isopropanol', 'CC(C)O'],
  ['acetone', 'CC(C)=O'],
  ['dimethyl sulfoxide', 'CS(C)=O'],
  ['dimethylformamide', 'CN(C)C=O'],
  ['acetonitrile', 'CC#N'],
  ['tetrahydrofuran', 'C1CCOC1'],
  ['diethyl ether', 'CCOCC'],
  ['ethyl acetate', 'CCOC(C)=O'],
  ['dichloromethane', 'ClCCl'],
  ['chloroform', 'ClC(Cl)Cl'],
  ['1,4-dioxane', 'C1COCCO1'],
  ['toluene', 'Cc1ccccc1'],
  ['hexane', 'CCCCCC'],
];

export interface RemovedFragment {
  readonly name: string;
  readonly smiles: string;
}

export interface StrippedInput {
  /** Organic fragments to screen, largest first. The caller owns these molecules and must delete() them. */
  readonly components: Mol[];
  /** The SMILES each component was parsed from (its atoms are numbered as written there). */
  readonly texts: string[];
  readonly removed: readonly RemovedFragment[];
}

export interface SaltStripper {
  /** Null when the SMILES is invalid. */
  strip(smiles: string): StrippedInput | null;
  /** Frees the compiled queries. */
  dispose(): void;
}

const skeleton = (key: string) => key.slice(0, 14);

export function createSaltStripper(rd: RDKit): SaltStripper {
  const bySkeleton = new Map<string, string>();
  for (const [name, smi] of SALTS_AND_SOLVENTS) {
    const mol = parseMol(rd, smi);
    if (!mol) throw new Error(`salt table: invalid SMILES ${smi}`);
    try {
      const k = inchiKeyOf(rd, mol);
      if (!k) throw new Error(`salt table: no InChIKey for ${smi}`);
      bySkeleton.set(skeleton(k.key), name);
    } finally {
      mol.delete();
    }
  }
  // Salts are small; only fragments this size are looked up, which keeps InChI off the common path.
  const MAX_SALT_ATOMS = 13;
  const carbon = compileQuery(rd, '[#6]');

  return {
    strip(smiles) {
      const parts = smiles.split('.').filter((p) => p.trim() !== '');
      if (parts.length <= 1) {
        const mol = parseMol(rd, smiles);
        return mol ? { components: [mol], texts: [smiles], removed: [] } : null;
      }
      const mols: Mol[] = [];
      for (const p of parts) {
        const m = parseMol(rd, p);
        if (!m) {
          // A ring bond written across "." (rare but legal) only parses as a whole: screen it unsplit.
          for (const x of mols) x.delete();
          const whole = parseMol(rd, smiles);
          return whole ? { components: [whole], texts: [smiles], removed: [] } : null;
        }
        mols.push(m);
      }
      const frags = mols.map((mol, i) => {
        const size = heavyAtomCount(mol);
        const key = size <= MAX_SALT_ATOMS ? inchiKeyOf(rd, mol) : null;
        return {
          mol,
          text: parts[i] ?? '',
          size,
          organic: hasMatch(mol, carbon),
          name: key ? bySkeleton.get(skeleton(key.key)) : undefined,
        };
      });
      let keep = frags.filter((f) => f.name === undefined && f.organic);
      if (keep.length === 0) {
        // Only salts, solvents or inorganics (e.g. "citric acid" with its water): keep the largest, not nothing.
        const best = [...frags].sort((a, b) => Number(b.organic) - Number(a.organic) || b.size - a.size)[0];
        keep = best ? [best] : [];
      }
      keep.sort((a, b) => b.size - a.size);
      const removed = frags
        .filter((f) => !keep.includes(f))
        .map((f) => {
          const out = { name: f.name ?? 'inorganic fragment', smiles: f.mol.get_smiles() };
          f.mol.delete();
          return out;
        });
      return { components: keep.map((k) => k.mol), texts: keep.map((k) => k.text), removed };
    },
    dispose() {
      carbon.delete();
    },
  };
}
