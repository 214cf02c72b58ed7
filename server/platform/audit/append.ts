// Appends audit rows inside the caller's transaction, so a change and its audit row commit or fail together.
// Each transaction locks one of several chain heads, skipping heads other writers hold, so concurrent
// writers rarely wait on each other while every chain stays strictly ordered and verifiable.
import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/connect';
import { prepared } from '../../db/preparedStatements';
import type { Database } from '../../db/schema';
import { auditRowHash, auditRowTail, type HashedAuditFields } from './hash';

export interface AuditActorContext {
  userId: string | null;
  agencyId: string | null;
  ip: string | null;
  requestId: string | null;
}

export interface AuditEntry {
  /** Dotted verb, e.g. "alert.create", "alert.read", "session.login_failed". */
  action: string;
  recordType?: string;
  recordId?: string;
  /** Owner agency of the record touched, so that agency's auditors see who read it. */
  ownerAgencyId?: string | null;
  details?: Record<string, unknown>;
}

type Tx = Transaction<Database>;
const lockedChainByTransaction = new WeakMap<Tx, number>();

async function lockChain(tx: Tx): Promise<{ chain: number; lastSeq: number; lastHash: string }> {
  const known = lockedChainByTransaction.get(tx);
  const pick = async (skipLocked: boolean) => {
    const result = await sql<{ chain: number; last_seq: string; last_hash: string }>`
      SELECT chain, last_seq, last_hash FROM audit_chains
      ${known === undefined ? sql`` : sql`WHERE chain = ${known}`}
      ORDER BY random() LIMIT 1
      FOR UPDATE ${skipLocked ? sql`SKIP LOCKED` : sql``}`.execute(tx);
    return result.rows[0];
  };
  const row = (await pick(true)) ?? (await pick(false));
  if (!row) throw new Error('audit_chains is empty: run the migrations');
  lockedChainByTransaction.set(tx, row.chain);
  return { chain: row.chain, lastSeq: Number(row.last_seq), lastHash: row.last_hash };
}

/** A row's hashed fields besides its place in a chain, stamped now. */
function auditFields(
  context: AuditActorContext,
  entry: AuditEntry,
): Omit<HashedAuditFields, 'chain' | 'seq'> {
  return {
    at: new Date(),
    actorUserId: context.userId,
    actorAgencyId: context.agencyId,
    action: entry.action,
    recordType: entry.recordType ?? null,
    recordId: entry.recordId ?? null,
    ownerAgencyId: entry.ownerAgencyId ?? null,
    ip: context.ip,
    requestId: context.requestId,
    details: entry.details ?? {},
  };
}

export async function appendAudit(tx: Tx, context: AuditActorContext, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const head = await lockChain(tx);
  let { lastSeq, lastHash } = head;
  const columns = {
    chain: [] as number[],
    seq: [] as number[],
    at: [] as Date[],
    actorUserId: [] as (string | null)[],
    actorAgencyId: [] as (string | null)[],
    action: [] as string[],
    recordType: [] as (string | null)[],
    recordId: [] as (string | null)[],
    ownerAgencyId: [] as (string | null)[],
    ip: [] as (string | null)[],
    requestId: [] as (string | null)[],
    details: [] as string[],
    prevHash: [] as string[],
    hash: [] as string[],
  };
  for (const entry of entries) {
    const seq = lastSeq + 1;
    const fields = { chain: head.chain, seq, ...auditFields(context, entry) };
    const hash = auditRowHash(lastHash, fields);
    columns.chain.push(fields.chain);
    columns.seq.push(seq);
    columns.at.push(fields.at);
    columns.actorUserId.push(fields.actorUserId);
    columns.actorAgencyId.push(fields.actorAgencyId);
    columns.action.push(fields.action);
    columns.recordType.push(fields.recordType);
    columns.recordId.push(fields.recordId);
    columns.ownerAgencyId.push(fields.ownerAgencyId);
    columns.ip.push(fields.ip);
    columns.requestId.push(fields.requestId);
    columns.details.push(JSON.stringify(fields.details));
    columns.prevHash.push(lastHash);
    columns.hash.push(hash);
    lastSeq = seq;
    lastHash = hash;
  }
  // One statement for the rows and the chain head (a round trip saved on every audited request), with one array per
  // column: the same text for any number of rows, so it is planned once (a prepared statement) instead of a
  // VALUES list of thousands of parameters planned on every call, the largest cost of a batch of traces.
  const c = columns;
  await sql`${prepared}
    WITH appended AS (
      INSERT INTO audit_events (chain, seq, at, actor_user_id, actor_agency_id, action, record_type, record_id,
        owner_agency_id, ip, request_id, details, prev_hash, hash)
      SELECT * FROM unnest(${c.chain}::int[], ${c.seq}::bigint[], ${c.at}::timestamptz[], ${c.actorUserId}::uuid[],
        ${c.actorAgencyId}::uuid[], ${c.action}::text[], ${c.recordType}::text[], ${c.recordId}::text[],
        ${c.ownerAgencyId}::uuid[], ${c.ip}::text[], ${c.requestId}::text[], ${c.details}::jsonb[],
        ${c.prevHash}::text[], ${c.hash}::text[])
      RETURNING seq
    )
    UPDATE audit_chains SET last_seq = ${lastSeq}, last_hash = ${lastHash} WHERE chain = ${head.chain}`.execute(
    tx,
  );
}

/**
 * One audit row on its own (a read that changes nothing else), in ONE autocommit statement instead of BEGIN, lock,
 * insert, COMMIT: the statement locks a free chain head, and PostgreSQL hashes the row with the head's seq and hash
 * (sha256 over the same text auditRowHash makes, so verify.ts checks it unchanged) and advances the head. Returns
 * false, having written nothing, when every head was locked by another writer: the caller then waits in a transaction.
 */
export async function appendOneAudit(
  db: Db,
  context: AuditActorContext,
  entry: AuditEntry,
): Promise<boolean> {
  const fields = auditFields(context, entry);
  const { at } = fields;
  const { rows } = await sql<{ chain: number }>`${prepared}
    WITH head AS (
      SELECT chain, last_seq + 1 AS seq, last_hash AS prev_hash FROM audit_chains
      ORDER BY random() LIMIT 1 FOR UPDATE SKIP LOCKED
    ), hashed AS (
      SELECT chain, seq, prev_hash,
        encode(sha256(convert_to(prev_hash || E'\\n[' || chain || ',' || seq || ',' || ${auditRowTail(fields)}::text
          || ']', 'UTF8')), 'hex') AS hash
      FROM head
    ), appended AS (
      INSERT INTO audit_events (chain, seq, at, actor_user_id, actor_agency_id, action, record_type, record_id,
        owner_agency_id, ip, request_id, details, prev_hash, hash)
      SELECT chain, seq, ${at}::timestamptz, ${fields.actorUserId}::uuid, ${fields.actorAgencyId}::uuid,
        ${fields.action}::text, ${fields.recordType}::text, ${fields.recordId}::text, ${fields.ownerAgencyId}::uuid,
        ${fields.ip}::text, ${fields.requestId}::text, ${JSON.stringify(fields.details)}::jsonb, prev_hash, hash
      FROM hashed
      RETURNING chain, seq, hash
    )
    UPDATE audit_chains c SET last_seq = a.seq, last_hash = a.hash FROM appended a WHERE c.chain = a.chain
    RETURNING c.chain`.execute(db);
  return rows.length === 1;
}
