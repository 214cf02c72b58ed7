// Proposed additions to the firearm reference table: any agency that records firearms proposes a make, a model of a
// known make, or a caliber the table lacks (the form marks such descriptions as free text); a reference curator
// (manage_reference: tracing officers, the system administrator) accepts or rejects it. Accepted proposals are laid
// over the built-in table in this process at once and at every start (loadReferenceAdditions).
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import {
  caliberKey,
  findModel,
  getMake,
  makeKey,
  modelKey,
  normaliseCaliber,
  normaliseMake,
  setReferenceAdditions,
  type MakeRef,
  type ReferenceAddition,
} from '../../../../core/firearms';
import { actorHasAbility, type Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, conflict, invalidFields, notFound, type FieldError } from '../../../platform/errors';
import { inTransaction } from '../../../platform/transaction';
import type { ReferenceProposalTable } from '../tables';
import type { proposalBody } from './schemas';
import '../tables';

type ProposalInput = z.infer<typeof proposalBody>;

/** Loads every accepted proposal into the reference table of this process; resolves to how many. */
export async function loadReferenceAdditions(db: Db): Promise<number> {
  const rows = await db
    .selectFrom('reference_proposals')
    .selectAll()
    .where('status', '=', 'accepted')
    .orderBy('decided_at')
    .execute();
  setReferenceAdditions(rows.map(additionOf));
  return rows.length;
}

function additionOf(row: Selectable<ReferenceProposalTable>): ReferenceAddition {
  if (row.kind === 'make')
    return { kind: 'make', name: row.name, aliases: row.aliases, countries: row.countries };
  if (row.kind === 'caliber') return { kind: 'caliber', name: row.name, aliases: row.aliases };
  return {
    kind: 'model',
    makeId: row.make_id!,
    name: row.name,
    aliases: row.aliases,
    types: row.types,
    calibers: row.calibers,
  };
}

const clean = (values: readonly string[] | undefined) => [
  ...new Set((values ?? []).map((v) => v.trim()).filter((v) => v !== '')),
];

/**
 * The entry as it would be stored, or the field errors that stop it: a name the table already answers to (with its
 * aliases: an alias that already means another entry would make look-ups ambiguous), a model of an unknown make, a
 * caliber of a model that is not in the table.
 */
function checkedEntry(input: ProposalInput) {
  const errors: FieldError[] = [];
  const aliases = clean(input.aliases);
  const make = input.kind === 'model' && input.make ? normaliseMake(input.make) : null;
  if (input.kind === 'model' && !make)
    errors.push({ field: 'make', message: input.make ? 'unknown_make' : 'required' });
  if (input.kind !== 'model' || make)
    [input.name.trim(), ...aliases].forEach((name, i) => {
      const known = knownAs(input.kind, make, name);
      if (known)
        errors.push({
          field: i === 0 ? 'name' : 'aliases',
          message: 'already_in_reference',
          params: { entry: known },
        });
    });
  const entryKey =
    input.kind === 'make'
      ? `make:${makeKey(input.name)}`
      : input.kind === 'caliber'
        ? `caliber:${caliberKey(input.name)}`
        : `model:${make?.id ?? ''}:${modelKey(input.name)}`;
  let calibers: string[] = [];
  if (input.kind === 'model') {
    if (!input.types?.length) errors.push({ field: 'types', message: 'required' });
    calibers = clean(input.calibers).flatMap((text) => {
      const caliber = normaliseCaliber(text);
      if (!caliber)
        errors.push({ field: 'calibers', message: 'unknown_caliber_named', params: { caliber: text } });
      return caliber ? [caliber.id] : [];
    });
  }
  if (errors.length) throw invalidFields(...errors);
  return {
    kind: input.kind,
    name: input.name.trim(),
    make_id: make?.id ?? null,
    aliases,
    countries: input.kind === 'make' ? clean(input.countries).map((c) => c.toUpperCase()) : [],
    types: input.kind === 'model' ? [...new Set(input.types ?? [])] : [],
    calibers: [...new Set(calibers)],
    note: input.note?.trim() || null,
    entry_key: entryKey,
  };
}

export async function proposeReferenceEntry(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  input: ProposalInput,
): Promise<string> {
  if (!actorHasAbility(actor, 'record_recoveries')) throw new AppError('forbidden');
  const entry = checkedEntry(input);
  return inTransaction(db, context, async (tx, audit) => {
    const open = await tx
      .selectFrom('reference_proposals')
      .select('id')
      .where('entry_key', '=', entry.entry_key)
      .where('status', '<>', 'rejected')
      .executeTakeFirst();
    if (open) throw invalidFields({ field: 'name', message: 'proposal_exists' });
    const row = await tx
      .insertInto('reference_proposals')
      .values({ ...entry, proposed_by_agency_id: actor.agencyId, proposed_by_user_id: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit({
      action: 'reference_proposal.create',
      recordType: 'reference_proposal',
      recordId: row.id,
      ownerAgencyId: actor.agencyId,
      details: { kind: entry.kind, name: entry.name, makeId: entry.make_id },
    });
    return row.id;
  });
}

export async function decideReferenceProposal(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  decision: 'accept' | 'reject',
  note: string | undefined,
): Promise<void> {
  if (!actorHasAbility(actor, 'manage_reference')) throw new AppError('forbidden');
  await inTransaction(db, context, async (tx, audit) => {
    const proposal = await tx
      .selectFrom('reference_proposals')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!proposal) throw notFound('reference_proposal');
    if (proposal.status !== 'pending')
      throw conflict('reference_proposal_decided', { status: proposal.status });
    // The table may have gained the entry since (another proposal, a release): accepting it twice would shadow it.
    if (decision === 'accept') stillMissing(proposal);
    await tx
      .updateTable('reference_proposals')
      .set({
        status: decision === 'accept' ? 'accepted' : 'rejected',
        decided_by_user_id: actor.userId,
        decided_at: new Date(),
        decision_note: note?.trim() || null,
      })
      .where('id', '=', id)
      .execute();
    await audit({
      action: decision === 'accept' ? 'reference_proposal.accept' : 'reference_proposal.reject',
      recordType: 'reference_proposal',
      recordId: id,
      ownerAgencyId: proposal.proposed_by_agency_id,
      details: { kind: proposal.kind, name: proposal.name, makeId: proposal.make_id },
    });
  });
  if (decision === 'accept') await loadReferenceAdditions(db);
}

function stillMissing(proposal: Selectable<ReferenceProposalTable>) {
  const make = proposal.make_id ? getMake(proposal.make_id) : null;
  if (knownAs(proposal.kind, make, proposal.name))
    throw conflict('reference_entry_exists', { name: proposal.name });
}

/** The entry the table already answers to by this name, as people read it ("Glock G19"), or null. */
function knownAs(kind: ReferenceProposalTable['kind'], make: MakeRef | null, name: string): string | null {
  if (kind === 'make') return normaliseMake(name)?.name ?? null;
  if (kind === 'caliber') return normaliseCaliber(name)?.name ?? null;
  const model = make ? findModel(make, name) : null;
  return make && model ? `${make.name} ${model.name}` : null;
}
