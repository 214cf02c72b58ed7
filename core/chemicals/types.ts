// Types of screening input and output: what a caller sends and exactly what comes back.

import type { ControlStatus, Jurisdiction, VariantKind } from './reference';
import type { InForce } from './effectiveDate';
import type { CoreRuleId, TransformId } from './rules';
import type { MessageParams, ScreeningMessageKey } from './messages';
import type { RemovedFragment } from './salts';

export type ScreeningInput =
  | string // auto-detected: CAS, then reference name/synonym, then SMILES
  | { readonly smiles: string }
  | { readonly cas: string }
  | { readonly name: string };

export type InputKind = 'smiles' | 'cas' | 'name';

export type ScreeningStatus = 'controlled' | 'suspected_designer_precursor' | 'clear' | 'unresolved';

export type RuleId =
  | 'exact_match'
  | 'identifier_match'
  | 'salt_form'
  | 'stereo_isotope_variant'
  | 'parent_by_transformation'
  | CoreRuleId
  | 'similarity';

export type Confidence =
  | { readonly kind: 'exact' }
  | { readonly kind: 'rule' }
  | { readonly kind: 'similarity'; readonly score: number };

/** How the parent's listing in one jurisdiction bears on this finding. */
export interface JurisdictionFinding {
  readonly jurisdiction: Jurisdiction;
  /** Whether the parent itself is controlled (at the screener's date, or per current data). */
  readonly status: ControlStatus;
  readonly reason: string;
  /** Whether the listing's own wording reaches this variant ("amides, carbamates…", "derivatives and analogues"). */
  readonly wordingCoversVariant: InForce | 'not_stated' | 'not_applicable';
  /** The family wording, verbatim, if any. */
  readonly familyWording: readonly string[];
}

export interface Finding {
  readonly ruleId: RuleId;
  readonly messageKey: ScreeningMessageKey;
  readonly params: MessageParams;
  /** English text of messageKey with params. */
  readonly message: string;
  readonly parentId: string;
  readonly parentName: string;
  readonly confidence: Confidence;
  readonly transformations: readonly TransformId[];
  readonly variantKinds: readonly VariantKind[];
  /** Canonical SMILES of the screened fragment this finding is about. */
  readonly component: string | null;
  readonly jurisdictions: readonly JurisdictionFinding[];
}

export interface SimilarityHit {
  readonly parentId: string;
  readonly score: number;
}

export interface ScreeningResult {
  readonly kind: 'result';
  readonly input: string;
  readonly inputKind: InputKind;
  readonly status: ScreeningStatus;
  /** Why the status is unresolved (names/CAS that resolve to nothing, unconfirmed listings). */
  readonly note: {
    readonly messageKey: ScreeningMessageKey;
    readonly params: MessageParams;
    readonly message: string;
  } | null;
  readonly resolvedReferenceId: string | null;
  /** Canonical SMILES of the whole input, null when only an identifier was given. */
  readonly canonicalSmiles: string | null;
  /** Screened organic fragments (canonical SMILES), largest first. */
  readonly components: readonly string[];
  readonly removedFragments: readonly RemovedFragment[];
  readonly findings: readonly Finding[];
  /** Closest reference structures for review (not findings unless above the similarity threshold). */
  readonly similar: readonly SimilarityHit[];
}

export type ScreeningErrorCode = 'invalid_smiles' | 'invalid_cas' | 'empty_input';

export interface ScreeningError {
  readonly kind: 'error';
  readonly input: string;
  readonly code: ScreeningErrorCode;
  readonly messageKey: ScreeningMessageKey;
  readonly params: MessageParams;
  readonly message: string;
}

export type ScreeningOutcome = ScreeningResult | ScreeningError;
