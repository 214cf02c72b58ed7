// Family rules: SMARTS for the controlled cores, and the transformations (deprotection, dehalogenation, ketal
// hydrolysis) that map a designer precursor back to its listed parent.

import type { VariantKind } from './reference';

/** Core patterns: a match says "this belongs to the family of <parent>" even when no exact parent is reached. */
export interface CoreRule {
  readonly id: CoreRuleId;
  /** Reference id of the family's root chemical. */
  readonly parentId: string;
  readonly smarts: string;
  readonly description: string;
}

export type CoreRuleId =
  | 'core_n_aryl_piperidin_4_amine'
  | 'core_piperidin_4_one'
  | 'core_piperidin_4_one_ketal'
  | 'core_npp_aniline_imine'
  | 'propanoyl_halide'
  | 'propanoic_mixed_anhydride';

// Piperidine ring atoms are required to be in one ring only (R1): bridged systems such as tropinone
// (8-azabicyclo[3.2.1]octan-3-one) are other chemistry and must not be flagged as 4-piperidones.
const PIPERIDINE_C4 = '[C;R1]1-[C;R1]-[C;R1]-[N;R1]-[C;R1]-[C;R1]-1';

export const CORE_RULES: readonly CoreRule[] = [
  {
    id: 'core_n_aryl_piperidin_4_amine',
    parentId: '4ap',
    // Acyclic N (!R): pimozide, droperidol and benperidol carry the aryl–N–piperidinyl unit inside a
    // benzimidazolone ring and are not 4-AP derivatives. A benzene ring (c1ccccc1), not a heteroaryl:
    // astemizole's N-(benzimidazol-2-yl)piperidin-4-amine is not an aniline.
    smarts: `[NX3;!R](-c1ccccc1)-${PIPERIDINE_C4}`,
    description: 'N-aryl-piperidin-4-amine core (4-AP family: 4-AP, ANPP, norfentanyl, fentanyl)',
  },
  {
    id: 'core_piperidin_4_one',
    parentId: '4piperidone',
    smarts: `O=${PIPERIDINE_C4}`,
    description: 'piperidin-4-one core (4-piperidone family: 4-piperidone, NPP, 1-boc-4-piperidone)',
  },
  {
    id: 'core_piperidin_4_one_ketal',
    parentId: '4piperidone',
    smarts: `[OX2]-[C;R]1(-[OX2])-[C;R1]-[C;R1]-[N;R1]-[C;R1]-[C;R1]-1`,
    description: 'ketal, acetal or hydrate of piperidin-4-one (masked 4-piperidone)',
  },
  {
    id: 'core_npp_aniline_imine',
    parentId: 'imine',
    smarts: `c1ccccc1-[NX2]=${PIPERIDINE_C4}`,
    description: 'N-aryl piperidin-4-imine (NPP–aniline imine family)',
  },
  {
    id: 'propanoyl_halide',
    parentId: 'propionylchloride',
    smarts: '[CH3]-[CH2]-[CX3](=O)-[F,Cl,Br,I]',
    description: 'propanoyl halide (propionyl chloride family)',
  },
  {
    id: 'propanoic_mixed_anhydride',
    parentId: 'propionicanhydride',
    smarts: '[CH3]-[CH2]-[CX3](=O)-O-[CX3]=O',
    description: 'anhydride of propanoic acid (propionic anhydride family)',
  },
];

/**
 * A cheap pre-filter for some rules: a structure that matches any of `rules` always matches `smarts` (a plain
 * pattern each of those rules contains, loosened), so when the gate does not match, those rules are not tested.
 * One plain search replaces several; `rules.test.ts` checks the implication on many structures.
 */
export interface RuleGate<Id extends string> {
  readonly smarts: string;
  readonly rules: readonly Id[];
}

export const CORE_GATES: readonly RuleGate<CoreRuleId>[] = [
  {
    // The piperidine ring of PIPERIDINE_C4 and of the ketal core ([C;R] at C-4 covers both).
    smarts: '[N;R1]1-[C;R1]-[C;R1]-[C;R]-[C;R1]-[C;R1]-1',
    rules: [
      'core_n_aryl_piperidin_4_amine',
      'core_piperidin_4_one',
      'core_piperidin_4_one_ketal',
      'core_npp_aniline_imine',
    ],
  },
  { smarts: '[CH3]-[CH2]-[CX3]=O', rules: ['propanoyl_halide', 'propanoic_mixed_anhydride'] },
];

export type TransformId =
  | 'remove_boc'
  | 'remove_cbz'
  | 'remove_carbamate'
  | 'remove_acyl'
  | 'remove_sulfonyl'
  | 'remove_benzyl'
  | 'remove_trityl'
  | 'remove_anilide_carbamate'
  | 'remove_aryl_halogen'
  | 'ketal_to_ketone';

/**
 * A transformation: a SMARTS, the bond(s) to cut (pattern atom positions), whether the cut atom gets a C=O,
 * and which pattern atom stays with the parent. `all`: apply to every match at once (all ring halogens).
 */
export interface Transform {
  readonly id: TransformId;
  /** Transformations sharing a group are alternatives for the same site: only the first that matches is used. */
  readonly group: 'ring_n' | 'anilide_n' | 'aryl_halogen' | 'ketal';
  readonly smarts: string;
  readonly cut: readonly (readonly [number, number])[];
  readonly addOxo?: number;
  readonly anchor: number;
  readonly all?: boolean;
  readonly variant: VariantKind;
  readonly description: string;
}

const RING_N = '[N;R1;$([N]1-[#6]-[#6]-[#6]-[#6]-[#6]-1)]';

export const TRANSFORM_GATES: readonly RuleGate<TransformId>[] = [
  {
    // Carbonyl or sulfonyl on the ring nitrogen (ring membership of that atom left unchecked: looser is safe).
    smarts: '[N;R1]-[C,S]=O',
    rules: ['remove_boc', 'remove_cbz', 'remove_carbamate', 'remove_acyl', 'remove_sulfonyl'],
  },
  { smarts: '[N;R1]-[CX4]-c', rules: ['remove_benzyl', 'remove_trityl'] },
];

export const TRANSFORMS: readonly Transform[] = [
  {
    id: 'remove_boc',
    group: 'ring_n',
    smarts: `${RING_N}-[CX3;!R](=O)-O-C(-[CH3])(-[CH3])-[CH3]`,
    cut: [[0, 1]],
    anchor: 0,
    variant: 'carbamates',
    description: 'Boc (tert-butoxycarbonyl) removed from the piperidine nitrogen',
  },
  {
    id: 'remove_cbz',
    group: 'ring_n',
    smarts: `${RING_N}-[CX3;!R](=O)-O-[CH2]-c1ccccc1`,
    cut: [[0, 1]],
    anchor: 0,
    variant: 'carbamates',
    description: 'Cbz (benzyloxycarbonyl) removed from the piperidine nitrogen',
  },
  {
    id: 'remove_carbamate',
    group: 'ring_n',
    smarts: `${RING_N}-[CX3;!R](=O)-O-[#6]`,
    cut: [[0, 1]],
    anchor: 0,
    variant: 'carbamates',
    description: 'carbamate (alkoxycarbonyl) removed from the piperidine nitrogen',
  },
  {
    id: 'remove_acyl',
    group: 'ring_n',
    smarts: `${RING_N}-[CX3;!R;$([CX3](=O)[#6]),$([CH1]=O)]=O`,
    cut: [[0, 1]],
    anchor: 0,
    variant: 'amides',
    description: 'acyl (amide) group removed from the piperidine nitrogen',
  },
  {
    id: 'remove_sulfonyl',
    group: 'ring_n',
    smarts: `${RING_N}-[SX4](=O)(=O)-[#6]`,
    cut: [[0, 1]],
    anchor: 0,
    variant: 'other',
    description: 'sulfonyl group removed from the piperidine nitrogen',
  },
  {
    id: 'remove_benzyl',
    group: 'ring_n',
    smarts: `${RING_N}-[CH2;!R]-c1ccccc1`,
    cut: [[0, 1]],
    anchor: 0,
    variant: 'other',
    description: 'benzyl group removed from the piperidine nitrogen',
  },
  {
    id: 'remove_trityl',
    group: 'ring_n',
    smarts: `${RING_N}-[CX4;!R](-c1ccccc1)(-c1ccccc1)-c1ccccc1`,
    cut: [[0, 1]],
    anchor: 0,
    variant: 'other',
    description: 'trityl group removed from the piperidine nitrogen',
  },
  {
    // A carbamate on the anilino nitrogen (e.g. tert-butyl N-phenyl-N-(piperidin-4-yl)carbamate) is a
    // protected 4-AP. An amide there is not removed: the propionyl amide is what makes norfentanyl.
    id: 'remove_anilide_carbamate',
    group: 'anilide_n',
    smarts: `[NX3;!R](-c1ccccc1)(-[CX3;!R](=O)-O-[#6])-${PIPERIDINE_C4}`,
    cut: [[0, 7]],
    anchor: 0,
    variant: 'carbamates',
    description: 'carbamate removed from the anilino nitrogen',
  },
  {
    id: 'remove_aryl_halogen',
    group: 'aryl_halogen',
    smarts: 'c-[F,Cl,Br,I]',
    cut: [[0, 1]],
    anchor: 0,
    all: true,
    variant: 'halides',
    description: 'halogen(s) on an aromatic ring replaced by hydrogen',
  },
  {
    id: 'ketal_to_ketone',
    group: 'ketal',
    smarts: `[OX2]-[C;R]1(-[OX2])-[C;R1]-[C;R1]-[N;R1]-[C;R1]-[C;R1]-1`,
    cut: [
      [1, 0],
      [1, 2],
    ],
    addOxo: 1,
    anchor: 1,
    variant: 'acetals',
    description: 'ketal/acetal (or hydrate) at C-4 converted back to the ketone',
  },
];
