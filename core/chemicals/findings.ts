// Builds findings: who the parent is, why (rule and message), how sure, and what each jurisdiction's listing of
// the parent says — including whether its wording reaches this kind of variant.

import { formatMessage } from './messages';
import type { MessageParams, ScreeningMessageKey } from './messages';
import { JURISDICTIONS, familyCovers, isControlled } from './reference';
import type { ReferenceChemical, VariantKind } from './reference';
import type { TransformId } from './rules';
import type { Confidence, Finding, JurisdictionFinding, RuleId, ScreeningStatus } from './types';

export function jurisdictionFindings(
  parent: ReferenceChemical,
  kinds: readonly VariantKind[],
  asOf: string | undefined,
): JurisdictionFinding[] {
  return JURISDICTIONS.map((jurisdiction) => {
    const answer = isControlled(parent, jurisdiction, asOf);
    let covers: JurisdictionFinding['wordingCoversVariant'] = 'not_applicable';
    if (kinds.length > 0) {
      const each = kinds.map((k) => familyCovers(answer.listing, k, asOf));
      covers = each.includes('not_stated')
        ? 'not_stated'
        : each.includes('no')
          ? 'no'
          : each.includes('unknown')
            ? 'unknown'
            : 'yes';
    }
    return {
      jurisdiction,
      status: answer.status,
      reason: answer.reason,
      wordingCoversVariant: covers,
      familyWording: answer.listing.family.map((f) => f.text),
    };
  });
}

export interface FindingSpec {
  readonly ruleId: RuleId;
  readonly messageKey: ScreeningMessageKey;
  readonly params: MessageParams;
  readonly parent: ReferenceChemical;
  readonly confidence: Confidence;
  readonly transformations?: readonly TransformId[];
  readonly variantKinds?: readonly VariantKind[];
  readonly component: string | null;
}

export function makeFinding(spec: FindingSpec, asOf: string | undefined): Finding {
  const params = { parent: spec.parent.name, ...spec.params };
  const kinds = spec.variantKinds ?? [];
  return {
    ruleId: spec.ruleId,
    messageKey: spec.messageKey,
    params,
    message: formatMessage(spec.messageKey, params),
    parentId: spec.parent.id,
    parentName: spec.parent.name,
    confidence: spec.confidence,
    transformations: spec.transformations ?? [],
    variantKinds: kinds,
    component: spec.component,
    jurisdictions: jurisdictionFindings(spec.parent, kinds, asOf),
  };
}

const RANK: Record<ScreeningStatus, number> = {
  clear: 0,
  unresolved: 1,
  suspected_designer_precursor: 2,
  controlled: 3,
};

export function worse(a: ScreeningStatus, b: ScreeningStatus): ScreeningStatus {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * Status from findings. An exact (or identifier) match is `controlled` when some jurisdiction controls the
 * parent, `unresolved` when every listing is unconfirmed; any other finding is a suspected designer precursor.
 * A parent that no jurisdiction controls or may control raises nothing.
 */
export function statusOf(findings: readonly Finding[]): ScreeningStatus {
  let status: ScreeningStatus = 'clear';
  for (const f of findings) {
    const controlled = f.jurisdictions.some((j) => j.status === 'controlled');
    const unknown = f.jurisdictions.some((j) => j.status === 'unknown');
    if (!controlled && !unknown) continue;
    if (f.ruleId === 'exact_match' || f.ruleId === 'identifier_match')
      status = worse(status, controlled ? 'controlled' : 'unresolved');
    else status = worse(status, 'suspected_designer_precursor');
  }
  return status;
}
