// Screening of SMILES, CAS numbers and names against the reference list: routes the input, strips salts,
// analyses each organic component, and caches results by canonical structure. Never throws on bad input.

import { createAnalyser } from './analyse';
import type { AnalyserOptions, ComponentAnalysis } from './analyse';
import { looksLikeCas, parseCas } from './cas';
import { makeFinding, statusOf } from './findings';
import { LruCache } from './lru';
import { formatMessage } from './messages';
import type { MessageParams, ScreeningMessageKey } from './messages';
import { loadRDKit } from './rdkit';
import type { Mol, RDKit } from './rdkit';
import { buildReferenceIndex } from './referenceIndex';
import type { ReferenceChemical, ReferenceList } from './reference';
import { createSaltStripper } from './salts';
import type { RemovedFragment } from './salts';
import type {
  Finding,
  InputKind,
  ScreeningError,
  ScreeningErrorCode,
  ScreeningInput,
  ScreeningOutcome,
  ScreeningResult,
  SimilarityHit,
} from './types';

export interface ScreenerOptions extends Partial<Omit<AnalyserOptions, 'asOf'>> {
  /** Date (yyyy-mm-dd) at which jurisdictions' control is judged; omitted: per the current reference data. */
  readonly asOf?: string;
  /** Distinct structures kept in the result cache (default 50,000). */
  readonly cacheSize?: number;
}

export interface Screener {
  readonly reference: ReferenceList;
  screen(input: ScreeningInput): ScreeningOutcome;
  /** Screens many inputs; repeats are answered from the cache. */
  screenMany(inputs: Iterable<ScreeningInput>): ScreeningOutcome[];
  /** Lazily screens a stream of inputs (e.g. manifest lines) without holding all results in memory. */
  screenEach(inputs: Iterable<ScreeningInput>): Generator<ScreeningOutcome>;
  /** Frees compiled queries; the screener must not be used afterwards. */
  dispose(): void;
}

/** The structural part of a result: the same for every input that denotes this structure. */
interface StructureAnalysis {
  readonly canonicalSmiles: string;
  readonly components: readonly string[];
  readonly removedFragments: readonly RemovedFragment[];
  readonly findings: readonly Finding[];
  readonly similar: readonly SimilarityHit[];
}

const note = (messageKey: ScreeningMessageKey, params: MessageParams) => ({
  messageKey,
  params,
  message: formatMessage(messageKey, params),
});

function error(
  input: string,
  code: ScreeningErrorCode,
  messageKey: ScreeningMessageKey,
  params: MessageParams,
): ScreeningError {
  return { kind: 'error', input, code, messageKey, params, message: formatMessage(messageKey, params) };
}

/** Loads RDKit (once per process) and builds a screener. */
export async function createScreener(
  reference: ReferenceList,
  options: ScreenerOptions = {},
): Promise<Screener> {
  return createScreenerWith(await loadRDKit(), reference, options);
}

export function createScreenerWith(
  rd: RDKit,
  reference: ReferenceList,
  options: ScreenerOptions = {},
): Screener {
  const asOf = options.asOf;
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
    throw new Error(`asOf must be yyyy-mm-dd, got "${asOf}"`);
  const index = buildReferenceIndex(rd, reference);
  const stripper = createSaltStripper(rd);
  const analyser = createAnalyser(rd, reference, index, {
    asOf,
    similarityThreshold: options.similarityThreshold ?? 0.55,
    similarityMinHeavyAtoms: options.similarityMinHeavyAtoms ?? 8,
    reviewThreshold: options.reviewThreshold ?? 0.3,
  });
  const size = options.cacheSize ?? 50_000;
  // Two levels: the raw text skips parsing for exact repeats; the canonical SMILES catches the same structure
  // written differently.
  const byText = new LruCache<string, StructureAnalysis | null>(size);
  const byCanonical = new LruCache<string, StructureAnalysis>(size);

  function analyseSmiles(smiles: string): StructureAnalysis | null {
    const cached = byText.get(smiles);
    if (cached !== undefined) return cached;
    const stripped = stripper.strip(smiles);
    if (stripped === null) {
      byText.set(smiles, null);
      return null;
    }
    const { components, texts, removed } = stripped;
    try {
      return analyseComponents(smiles, components, texts, removed);
    } catch {
      // RDKit accepted the text but failed on it later (exotic valences, huge systems): report it as
      // unprocessable input rather than letting one manifest line stop the batch.
      byText.set(smiles, null);
      return null;
    } finally {
      for (const m of components) m.delete();
    }
  }

  function analyseComponents(
    smiles: string,
    components: Mol[],
    texts: readonly string[],
    removed: readonly RemovedFragment[],
  ): StructureAnalysis {
    const componentSmiles = components.map((m) => m.get_smiles());
    const canonical = [...componentSmiles, ...removed.map((r) => r.smiles)].sort().join('.');
    let analysis = byCanonical.get(canonical);
    if (analysis === undefined) {
      const parts: ComponentAnalysis[] = components.map((m, i) =>
        analyser.analyse(m, componentSmiles[i] ?? '', removed, texts[i]),
      );
      analysis = {
        canonicalSmiles: canonical,
        components: componentSmiles,
        removedFragments: removed,
        findings: parts.flatMap((p) => p.findings),
        similar: parts
          .flatMap((p) => p.similar)
          .sort((a, b) => b.score - a.score)
          .slice(0, 3),
      };
      byCanonical.set(canonical, analysis);
    }
    byText.set(smiles, analysis);
    return analysis;
  }

  function fromStructure(input: string, inputKind: InputKind, smiles: string): ScreeningOutcome {
    if (smiles.trim() === '') return error(input, 'empty_input', 'chemicals.screening.error.empty_input', {});
    const a = analyseSmiles(smiles.trim());
    if (a === null)
      return error(input, 'invalid_smiles', 'chemicals.screening.error.invalid_smiles', { input });
    return result(input, inputKind, a, null, []);
  }

  function result(
    input: string,
    inputKind: InputKind,
    a: StructureAnalysis | null,
    resolved: ReferenceChemical | null,
    extra: readonly Finding[],
  ): ScreeningResult {
    const findings = [...extra, ...(a?.findings ?? [])];
    let status = statusOf(findings);
    let why: ScreeningResult['note'] = null;
    const matched = findings.find((f) => f.ruleId === 'exact_match' || f.ruleId === 'identifier_match');
    if (status === 'unresolved' && matched)
      why = note('chemicals.screening.listing_unknown', { parent: matched.parentName });
    if (resolved && resolved.smiles === null) {
      why = note('chemicals.screening.reference_without_structure', { parent: resolved.name });
      if (status === 'clear') status = 'unresolved';
    }
    return {
      kind: 'result',
      input,
      inputKind,
      status,
      note: why,
      resolvedReferenceId: resolved?.id ?? null,
      canonicalSmiles: a?.canonicalSmiles ?? null,
      components: a?.components ?? [],
      removedFragments: a?.removedFragments ?? [],
      findings,
      similar: a?.similar ?? [],
    };
  }

  function fromReference(
    input: string,
    inputKind: InputKind,
    chem: ReferenceChemical,
    identifier: string,
  ): ScreeningResult {
    const id = makeFinding(
      {
        ruleId: 'identifier_match',
        messageKey: 'chemicals.screening.identifier_match',
        params: { identifierKind: inputKind === 'cas' ? 'CAS' : 'Name', identifier },
        parent: chem,
        confidence: { kind: 'exact' },
        component: null,
      },
      asOf,
    );
    const a = chem.smiles === null ? null : analyseSmiles(chem.smiles);
    return result(input, inputKind, a, chem, [id]);
  }

  function unresolved(
    input: string,
    inputKind: InputKind,
    key: ScreeningMessageKey,
    params: MessageParams,
  ): ScreeningResult {
    return { ...result(input, inputKind, null, null, []), status: 'unresolved', note: note(key, params) };
  }

  function fromCas(input: string, cas: string): ScreeningOutcome {
    const parsed = parseCas(cas);
    if (!parsed.ok)
      return parsed.error.kind === 'check_digit'
        ? error(input, 'invalid_cas', 'chemicals.screening.error.invalid_cas', {
            input: cas,
            expected: parsed.error.expected,
          })
        : error(input, 'invalid_cas', 'chemicals.screening.error.invalid_cas_format', { input: cas });
    const chem = reference.byCas(parsed.cas);
    return chem
      ? fromReference(input, 'cas', chem, parsed.cas)
      : unresolved(input, 'cas', 'chemicals.screening.cas_not_in_reference', { cas: parsed.cas });
  }

  function fromName(input: string, name: string, trySmiles: boolean): ScreeningOutcome {
    const chem = reference.byName(name);
    if (chem) return fromReference(input, 'name', chem, name.trim());
    if (trySmiles && !/\s/.test(name.trim())) {
      const a = analyseSmiles(name.trim());
      if (a !== null) return result(input, 'smiles', a, null, []);
    }
    return unresolved(input, 'name', 'chemicals.screening.name_not_found', { input: name.trim() });
  }

  function screen(input: ScreeningInput): ScreeningOutcome {
    if (typeof input === 'string') {
      const text = input.trim();
      if (text === '') return error(input, 'empty_input', 'chemicals.screening.error.empty_input', {});
      if (looksLikeCas(text) || /^\d+(?:-\d+)+$/.test(text)) return fromCas(input, text);
      return fromName(input, text, true);
    }
    if ('smiles' in input) return fromStructure(input.smiles, 'smiles', input.smiles);
    if ('cas' in input) {
      if (input.cas.trim() === '')
        return error(input.cas, 'empty_input', 'chemicals.screening.error.empty_input', {});
      return fromCas(input.cas, input.cas);
    }
    if (input.name.trim() === '')
      return error(input.name, 'empty_input', 'chemicals.screening.error.empty_input', {});
    return fromName(input.name, input.name, false);
  }

  function* screenEach(inputs: Iterable<ScreeningInput>): Generator<ScreeningOutcome> {
    for (const input of inputs) yield screen(input);
  }

  return {
    reference,
    screen,
    screenMany: (inputs) => [...screenEach(inputs)],
    screenEach,
    dispose() {
      analyser.dispose();
      stripper.dispose();
      byText.clear();
      byCanonical.clear();
    },
  };
}
