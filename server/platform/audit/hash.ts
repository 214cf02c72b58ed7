// The hash of one audit row: SHA-256 over the previous row's hash and the row's canonical JSON.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedAuditFields {
  chain: number;
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorAgencyId: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  ownerAgencyId: string | null;
  ip: string | null;
  requestId: string | null;
  details: unknown;
}

/** JSON with object keys sorted, so the same value hashes the same after a jsonb round trip. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The canonical JSON of a row's fields after chain and seq, comma-joined: the row's body is
 * `[chain,seq,<tail>]`. Split out so the database can hash a row whose chain and seq it picks itself
 * (appendOneAudit): integers print the same in JSON and in PostgreSQL.
 */
export function auditRowTail(row: Omit<HashedAuditFields, 'chain' | 'seq'>): string {
  return [
    row.at.toISOString(),
    row.actorUserId,
    row.actorAgencyId,
    row.action,
    row.recordType,
    row.recordId,
    row.ownerAgencyId,
    row.ip,
    row.requestId,
    row.details,
  ]
    .map(canonicalJson)
    .join(',');
}

export function auditRowHash(prevHash: string, row: HashedAuditFields): string {
  const body = `[${row.chain},${row.seq},${auditRowTail(row)}]`;
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
