// Walks every audit chain and recomputes each hash; names the first row that does not fit, and any row written on a
// chain that has no head (audit_events.chain has no foreign key: decision 0002, amendment).
import { sql } from 'kysely';
import type { Db } from '../../db/connect';
import { auditRowHash, GENESIS_HASH } from './hash';

export interface AuditBreak {
  chain: number;
  seq: number;
  /** The audit_events.id of the first row that does not fit (null when rows are missing at the end). */
  id: string | null;
  reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap' | 'head_mismatch' | 'unknown_chain';
}

export interface AuditVerifyReport {
  rowsChecked: number;
  chains: number;
  firstBreak: AuditBreak | null;
}

const BATCH = 5000;

export async function verifyAuditChain(
  db: Db,
  onProgress?: (rowsChecked: number, totalRows: number) => void,
): Promise<AuditVerifyReport> {
  const heads = await db.selectFrom('audit_chains').selectAll().orderBy('chain').execute();
  const total = Number(
    (await db.selectFrom('audit_events').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n,
  );
  const breaks: AuditBreak[] = [];
  let rowsChecked = 0;
  for (const head of heads) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let broken: AuditBreak | null = null;
    while (!broken) {
      const rows = await db
        .selectFrom('audit_events')
        .selectAll()
        .where('chain', '=', head.chain)
        .where('seq', '>=', String(expectedSeq))
        .orderBy('seq')
        .limit(BATCH)
        .execute();
      if (rows.length === 0) break;
      for (const row of rows) {
        const seq = Number(row.seq);
        const at = { chain: head.chain, seq, id: row.id };
        if (seq !== expectedSeq) broken = { ...at, reason: 'sequence_gap' };
        else if (row.prev_hash !== prevHash) broken = { ...at, reason: 'prev_hash_mismatch' };
        else {
          const hash = auditRowHash(prevHash, {
            chain: row.chain,
            seq,
            at: row.at,
            actorUserId: row.actor_user_id,
            actorAgencyId: row.actor_agency_id,
            action: row.action,
            recordType: row.record_type,
            recordId: row.record_id,
            ownerAgencyId: row.owner_agency_id,
            ip: row.ip,
            requestId: row.request_id,
            details: row.details,
          });
          if (hash !== row.hash) broken = { ...at, reason: 'hash_mismatch' };
        }
        if (broken) break;
        rowsChecked += 1;
        prevHash = row.hash;
        expectedSeq += 1;
      }
      onProgress?.(rowsChecked, total);
    }
    if (!broken && (Number(head.last_seq) !== expectedSeq - 1 || head.last_hash !== prevHash)) {
      broken = { chain: head.chain, seq: expectedSeq, id: null, reason: 'head_mismatch' };
    }
    if (broken) breaks.push(broken);
  }
  breaks.push(...(await rowsOutsideChains(db, new Set(heads.map((h) => h.chain)))));
  breaks.sort((a, b) => (a.id === null ? 1 : b.id === null ? -1 : Number(a.id) - Number(b.id)));
  return { rowsChecked, chains: heads.length, firstBreak: breaks[0] ?? null };
}

/**
 * The first row of every chain number in audit_events that has no head in audit_chains: rows no chain walk reads.
 * The distinct chain numbers come from the (chain, seq) index, one descent each (a loose index scan), not a table scan.
 */
async function rowsOutsideChains(db: Db, known: Set<number>): Promise<AuditBreak[]> {
  const { rows } = await sql<{ chain: number; seq: string; id: string }>`
    WITH RECURSIVE chains(chain) AS (
      SELECT min(chain) FROM audit_events
      UNION ALL
      SELECT (SELECT min(e.chain) FROM audit_events e WHERE e.chain > c.chain) FROM chains c WHERE c.chain IS NOT NULL
    )
    SELECT c.chain, first.seq, first.id
    FROM chains c
    CROSS JOIN LATERAL (
      SELECT e.seq, e.id FROM audit_events e WHERE e.chain = c.chain ORDER BY e.seq LIMIT 1
    ) first
    WHERE c.chain IS NOT NULL`.execute(db);
  return rows
    .filter((r) => !known.has(r.chain))
    .map((r) => ({ chain: r.chain, seq: Number(r.seq), id: r.id, reason: 'unknown_chain' as const }));
}
