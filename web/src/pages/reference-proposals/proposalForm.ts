// The "propose an addition" form's state, how the page's URL pre-fills it, and its request body.
import type { FirearmType, ReferenceProposal, ReferenceProposalKind } from '../../api/types';

export const PROPOSAL_KINDS: readonly ReferenceProposalKind[] = ['make', 'model', 'caliber'];

/** Aliases and caliber names may hold commas ("7,62 x 39"), so pasted lists split on semicolons only. */
export const TAG_SEPARATORS = [';'];

/** The page's query string: the recovery form links here with what it did not find (?kind=model&make=…&name=…). */
export interface ProposalSearch {
  kind?: ReferenceProposalKind;
  make?: string;
  name?: string;
}

// The router parses query values as JSON first, so ?name=1911 arrives as a number: take it back as text.
const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

export function parseProposalSearch(search: Record<string, unknown>): ProposalSearch {
  const kind = PROPOSAL_KINDS.find((k) => k === search.kind);
  const out: ProposalSearch = {};
  if (kind) out.kind = kind;
  const make = text(search.make);
  const name = text(search.name);
  if (make) out.make = make;
  if (name) out.name = name;
  return out;
}

export interface ProposalForm {
  kind: ReferenceProposalKind;
  name: string;
  make: string;
  aliases: string[];
  countries: string[];
  types: FirearmType[];
  calibers: string[];
  note: string;
}

export function proposalFormFrom(search: ProposalSearch): ProposalForm {
  return {
    kind: search.kind ?? 'make',
    name: search.name ?? '',
    make: search.make ?? '',
    aliases: [],
    countries: [],
    types: [],
    calibers: [],
    note: '',
  };
}

/** Every field the server may name in a problem, so the form's summary leaves those to the controls. */
export const PROPOSAL_FIELDS = [
  'kind',
  'name',
  'make',
  'aliases',
  'countries',
  'types',
  'calibers',
  'note',
] as const;

/** Only the fields of the chosen kind are sent: a make's countries, a model's make, types and calibers. */
export function proposalBody(form: ProposalForm) {
  const note = form.note.trim();
  return {
    kind: form.kind,
    name: form.name.trim(),
    aliases: form.aliases,
    ...(note ? { note } : {}),
    ...(form.kind === 'make' ? { countries: form.countries.map((c) => c.trim().toUpperCase()) } : {}),
    ...(form.kind === 'model'
      ? { make: form.make.trim() || null, types: form.types, calibers: form.calibers }
      : {}),
  };
}

/** How a proposal is named in messages and titles: a model with its make ("Glock G49"). */
export function proposalEntry(proposal: Pick<ReferenceProposal, 'name' | 'make'>): string {
  return proposal.make ? `${proposal.make.name} ${proposal.name}` : proposal.name;
}
