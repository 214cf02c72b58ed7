// Runs one use case in one transaction with its audit rows: the change and its audit trail land
// together or not at all.
import type { Transaction } from 'kysely';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';
import { appendAudit, type AuditActorContext, type AuditEntry } from './audit';
import { appendOneAudit } from './audit/append';

export type Tx = Transaction<Database>;
export type Audit = (...entries: AuditEntry[]) => Promise<void>;

export function inTransaction<T>(
  db: Db,
  context: AuditActorContext,
  work: (tx: Tx, audit: Audit) => Promise<T>,
): Promise<T> {
  return db.transaction().execute((tx) => work(tx, (...entries) => appendAudit(tx, context, entries)));
}

/** Records audit rows on their own, for reads and refusals that change nothing else. */
export async function auditOnly(db: Db, context: AuditActorContext, ...entries: AuditEntry[]): Promise<void> {
  // The common case, one row, is one statement (one round trip) unless every chain head is busy.
  if (entries.length === 1 && (await appendOneAudit(db, context, entries[0]!))) return;
  await inTransaction(db, context, (_tx, audit) => audit(...entries));
}

/**
 * Audits the rows of a list page that other agencies own, as `<recordType>.list_read`: seeing another agency's record
 * in a list is an access its owner must be able to see. The actor's own rows are not audited.
 */
export async function auditForeignListReads(
  db: Db,
  context: AuditActorContext,
  actorAgencyId: string,
  recordType: string,
  rows: readonly { id: string; owner_agency_id: string }[],
): Promise<void> {
  const foreign = rows.filter((r) => r.owner_agency_id !== actorAgencyId);
  if (foreign.length === 0) return;
  await auditOnly(
    db,
    context,
    ...foreign.map((r) => ({
      action: `${recordType}.list_read`,
      recordType,
      recordId: r.id,
      ownerAgencyId: r.owner_agency_id,
    })),
  );
}
