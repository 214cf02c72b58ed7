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
