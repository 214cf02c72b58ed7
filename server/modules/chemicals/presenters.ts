// Exactly the registry and screening fields that leave the server.
import {
  JURISDICTIONS,
  isControlled,
  type Finding,
  type Listing,
  type ReferenceChemical,
  type ReferenceList,
  type ScreeningResult,
} from '../../../core/chemicals';
import type { ChemicalRow, ListingRow } from './queries';
import type { ChemicalView, ListingView, ScreeningView } from './schemas';

export const structureUrlOf = (id: string, smiles: string | null) =>
  smiles === null ? null : `/api/v1/chemicals/${encodeURIComponent(id)}/structure.svg`;

/** A listing as core/chemicals reads it, with the row it came from (null: nothing recorded → unknown). */
export function presentListing(
  chemical: ReferenceChemical,
  listing: Listing,
  row: ListingRow | undefined,
): ListingView {
  const answer = isControlled(chemical, listing.jurisdiction);
  return {
    id: row?.id ?? null,
    jurisdiction: listing.jurisdiction,
    status: listing.status,
    control: answer.status,
    text: listing.text,
    regime: listing.regime,
    unTable: listing.unTable,
    effective: listing.effective
      ? {
          earliest: listing.effective.earliest,
          latest: listing.effective.latest,
          precision: listing.effective.precision,
          basis: listing.effective.basis,
          text: listing.effective.text,
        }
      : null,
    familyWording: listing.family.map((f) => f.text),
    source: row?.source ?? null,
    recordedAt: row?.recorded_at.toISOString() ?? null,
    recordedBy: row?.recorded_by_name ?? null,
  };
}

export function presentChemical(
  row: ChemicalRow,
  chemical: ReferenceChemical,
  rows: ListingRow[],
): ChemicalView {
  const current = new Map(rows.filter((r) => r.superseded_by === null).map((r) => [r.jurisdiction, r]));
  return {
    id: row.id,
    name: row.name,
    synonyms: row.synonyms,
    cas: row.cas,
    formula: row.formula,
    smiles: row.smiles,
    structureUrl: structureUrlOf(row.id, row.smiles),
    inchikey: row.inchikey,
    source: row.source,
    createdAt: row.created_at.toISOString(),
    listings: JURISDICTIONS.map((j) => presentListing(chemical, chemical.listings[j], current.get(j))),
    history: rows
      .filter((r): r is ListingRow & { superseded_by: string } => r.superseded_by !== null)
      .map((r) => ({
        id: r.id,
        jurisdiction: r.jurisdiction,
        text: r.listing,
        source: r.source,
        recordedAt: r.recorded_at.toISOString(),
        supersededBy: r.superseded_by,
      })),
  };
}

function presentFinding(f: Finding): ScreeningView['findings'][number] {
  return {
    ruleId: f.ruleId,
    messageKey: f.messageKey,
    params: f.params,
    message: f.message,
    parent: { id: f.parentId, name: f.parentName },
    confidence:
      f.confidence.kind === 'similarity' ? { kind: 'similarity', score: f.confidence.score } : f.confidence,
    transformations: [...f.transformations],
    variantKinds: [...f.variantKinds],
    component: f.component,
    jurisdictions: f.jurisdictions.map((j) => ({
      jurisdiction: j.jurisdiction,
      status: j.status,
      reason: j.reason,
      wordingCoversVariant: j.wordingCoversVariant,
      familyWording: [...j.familyWording],
    })),
  };
}

export function presentScreening(result: ScreeningResult, reference: ReferenceList): ScreeningView {
  const ref = (id: string) => ({ id, name: reference.byId(id)?.name ?? id });
  return {
    input: result.input,
    inputKind: result.inputKind,
    status: result.status,
    note: result.note,
    resolvedChemical: result.resolvedReferenceId ? ref(result.resolvedReferenceId) : null,
    canonicalSmiles: result.canonicalSmiles,
    components: [...result.components],
    removedFragments: result.removedFragments.map((r) => ({ name: r.name, smiles: r.smiles })),
    findings: result.findings.map(presentFinding),
    similar: result.similar.map((s) => ({ parent: ref(s.parentId), score: s.score })),
  };
}
