// Structure analysis of one organic component: exact match, family transformations, core rules, similarity.

import { createDeriver, needsInchi, structureKey } from './derive';
import type { Deriver } from './derive';
import { makeFinding } from './findings';
import { compileGates } from './gates';
import { compileQuery, hasMatch, heavyAtomCount, morganFingerprint } from './rdkit';
import type { Mol, RDKit } from './rdkit';
import type { ReferenceIndex } from './referenceIndex';
import type { ReferenceList, VariantKind } from './reference';
import { CORE_GATES, CORE_RULES, TRANSFORMS } from './rules';
import type { CoreRule } from './rules';
import type { RemovedFragment } from './salts';
import { fingerprintBits, tanimotoBits } from './similarity';
import { heavyAtomFormula } from './smilesFormula';
import type { Finding, SimilarityHit } from './types';

export interface AnalyserOptions {
  readonly asOf: string | undefined;
  /** Tanimoto at or above which similarity alone makes a finding (no rule having fired). */
  readonly similarityThreshold: number;
  /** Below this size Morgan similarity is noise (acetic vs propionic acid); rules cover small precursors. */
  readonly similarityMinHeavyAtoms: number;
  /** Hits at or above this score are listed for review. */
  readonly reviewThreshold: number;
}

export interface ComponentAnalysis {
  readonly smiles: string;
  readonly findings: Finding[];
  readonly similar: SimilarityHit[];
}

export interface Analyser {
  /**
   * `smiles`: the component's canonical SMILES (already computed by the caller for the cache key);
   * `text`: the SMILES `mol` was parsed from, if known (the derivation search edits it directly).
   */
  analyse(mol: Mol, smiles: string, removed: readonly RemovedFragment[], text?: string): ComponentAnalysis;
  dispose(): void;
}

const EXACT_PREFILTER = 0.5;

const TRANSFORM_TEXT = new Map(TRANSFORMS.map((t) => [t.id, t] as const));

export function createAnalyser(
  rd: RDKit,
  reference: ReferenceList,
  index: ReferenceIndex,
  opts: AnalyserOptions,
): Analyser {
  const cores = CORE_RULES.filter((r) => reference.byId(r.parentId) !== undefined).map((r) => ({
    rule: r,
    q: compileQuery(rd, r.smarts),
  }));
  // Most structures have no piperidine ring and no propanoyl group: one plain search rules out several cores.
  const coreGates = compileGates(rd, CORE_GATES);
  const deriver: Deriver = createDeriver(rd);
  const piperidineCores = new Set([
    'core_n_aryl_piperidin_4_amine',
    'core_piperidin_4_one',
    'core_piperidin_4_one_ketal',
    'core_npp_aniline_imine',
  ]);
  const finding = (spec: Parameters<typeof makeFinding>[0]) => makeFinding(spec, opts.asOf);

  function exactFindings(
    mol: Mol,
    smiles: string,
    removed: readonly RemovedFragment[],
    heavy: number,
    bestScore: number,
  ): Finding[] {
    // InChI costs more than everything else together; skip it when the structure cannot equal a reference:
    // another heavy-atom count, or a fingerprint unlike all of them (identity, stereoisomers → Tanimoto 1).
    // Charges and isotopes change the fingerprint, so those always go through InChI.
    if (!index.heavyAtomCounts.has(heavy)) return [];
    if (bestScore < EXACT_PREFILTER && !needsInchi(smiles)) return [];
    if (!index.heavyFormulas.has(heavyAtomFormula(smiles))) return [];
    const k = structureKey(rd, mol);
    const out: Finding[] = [];
    for (const ref of index.byKey(k.key)) {
      const salt = removed.length > 0 || (k.fullKey !== null && k.fullKey !== ref.fullKey);
      out.push(
        salt
          ? finding({
              ruleId: 'salt_form',
              messageKey: 'chemicals.screening.salt_form',
              params: { removed: removed.map((r) => r.name).join(', ') || 'charge/protonation' },
              parent: ref.chemical,
              confidence: { kind: 'exact' },
              variantKinds: ['salts'],
              component: smiles,
            })
          : finding({
              ruleId: 'exact_match',
              messageKey: 'chemicals.screening.exact_match',
              params: {},
              parent: ref.chemical,
              confidence: { kind: 'exact' },
              component: smiles,
            }),
      );
    }
    if (out.length === 0 && k.skeleton !== null) {
      for (const ref of index.bySkeleton(k.skeleton))
        out.push(
          finding({
            ruleId: 'stereo_isotope_variant',
            messageKey: 'chemicals.screening.stereo_isotope_variant',
            params: {},
            parent: ref.chemical,
            confidence: { kind: 'rule' },
            variantKinds: ['other'],
            component: smiles,
          }),
        );
    }
    return out;
  }

  function derivedFindings(
    mol: Mol,
    smiles: string,
    removed: readonly RemovedFragment[],
    text: string | undefined,
  ): Finding[] {
    const out: Finding[] = [];
    const seenParents = new Set<string>();
    // Breadth-first, so the first time a parent is reached it is by the fewest steps.
    for (const d of deriver.derive(mol, smiles, text)) {
      for (const ref of d.key === null ? index.bySmiles(d.smiles) : index.byKey(d.key)) {
        if (seenParents.has(ref.chemical.id)) continue;
        seenParents.add(ref.chemical.id);
        const kinds = new Set<VariantKind>(d.steps.map((s) => TRANSFORM_TEXT.get(s)?.variant ?? 'other'));
        if (removed.length > 0) kinds.add('salts');
        out.push(
          finding({
            ruleId: 'parent_by_transformation',
            messageKey: 'chemicals.screening.parent_by_transformation',
            params: { steps: d.steps.map((s) => TRANSFORM_TEXT.get(s)?.description ?? s).join(', then ') },
            parent: ref.chemical,
            confidence: { kind: 'rule' },
            transformations: d.steps,
            variantKinds: [...kinds],
            component: smiles,
          }),
        );
      }
    }
    return out;
  }

  function coreFinding(rule: CoreRule, smiles: string): Finding | null {
    const parent = reference.byId(rule.parentId);
    if (!parent) return null;
    return finding({
      ruleId: rule.id,
      messageKey: 'chemicals.screening.core_rule',
      params: { core: rule.description },
      parent,
      confidence: { kind: 'rule' },
      variantKinds: ['other'],
      component: smiles,
    });
  }

  return {
    analyse(mol, smiles, removed, text) {
      const heavy = heavyAtomCount(mol);
      const fp = fingerprintBits(morganFingerprint(mol));
      const scores = index.structures.map((s) => ({
        parentId: s.chemical.id,
        score: Math.round(tanimotoBits(fp, s.bits) * 1000) / 1000,
      }));
      const bestScore = Math.max(0, ...scores.map((h) => h.score));
      const findings = exactFindings(mol, smiles, removed, heavy, bestScore);
      const open = coreGates.forMolecule(mol);
      const matchedCores = cores.filter((c) => open(c.rule.id) && hasMatch(mol, c.q)).map((c) => c.rule);
      const familyMatch = matchedCores.some((r) => piperidineCores.has(r.id));
      const derived = familyMatch ? derivedFindings(mol, smiles, removed, text) : [];
      const known = new Set(findings.map((f) => f.parentId));
      findings.push(...derived.filter((f) => !known.has(f.parentId)));
      if (findings.length === 0)
        for (const rule of matchedCores) {
          const f = coreFinding(rule, smiles);
          if (f) findings.push(f);
        }
      const similar = scores
        .filter((h) => h.score >= opts.reviewThreshold)
        .sort((a, b) => b.score - a.score)
        .slice(0, 3);
      const best = similar[0];
      const bestRef = best ? reference.byId(best.parentId) : undefined;
      if (
        findings.length === 0 &&
        best &&
        bestRef &&
        best.score >= opts.similarityThreshold &&
        heavy >= opts.similarityMinHeavyAtoms
      )
        findings.push(
          finding({
            ruleId: 'similarity',
            messageKey: 'chemicals.screening.similarity',
            params: { score: best.score.toFixed(2) },
            parent: bestRef,
            confidence: { kind: 'similarity', score: best.score },
            variantKinds: ['other'],
            component: smiles,
          }),
        );
      return { smiles, findings, similar };
    },
    dispose() {
      for (const c of cores) c.q.delete();
      coreGates.dispose();
      deriver.dispose();
    },
  };
}
