// Assertions shared by the integration tests: problem+json documents and "nothing was written" checks.
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Db } from '../db/connect';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: { field: string; code: string; message: string }[];
}

/** Asserts an RFC 9457 problem document with the given status and type slug (e.g. 'csrf-failed'). */
export function expectProblem(response: LightMyRequestResponse, status: number, type: string): ProblemBody {
  expect(response.headers['content-type'], response.body).toMatch(/^application\/problem\+json/);
  expect(response.statusCode, response.body).toBe(status);
  const body = response.json<ProblemBody>();
  expect(body.type).toBe(`https://rastro.example/problems/${type}`);
  expect(body.status).toBe(status);
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(response.body).not.toMatch(/\bat .+\.(ts|js):\d+/); // never a stack trace
  return body;
}

/** Asserts a 422 naming exactly these fields (in any order, each at least once). */
export function expectFieldErrors(response: LightMyRequestResponse, fields: string[]): ProblemBody {
  const body = expectProblem(response, 422, 'validation');
  expect(body.errors, response.body).toBeDefined();
  const named = new Set(body.errors!.map((e) => e.field));
  for (const field of fields) expect([...named], response.body).toContain(field);
  return body;
}

const tablesByDb = new WeakMap<Db, string[]>();

/** Row counts of every application table (audit_events included), to prove a rejected request wrote nothing. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  let tables = tablesByDb.get(db);
  if (!tables) {
    const result = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
    tables = result.rows.map((r) => r.table_name);
    tablesByDb.set(db, tables);
  }
  const counts = await sql<{ name: string; n: string }>`${sql.join(
    tables.map((name) => sql`SELECT ${name}::text AS name, count(*)::text AS n FROM ${sql.table(name)}`),
    sql` UNION ALL `,
  )}`.execute(db);
  return Object.fromEntries(counts.rows.map((r) => [r.name, Number(r.n)]));
}

/** Row counts plus a fingerprint of the rows that can change in place (users, agencies, alerts...). */
export async function databaseState(db: Db): Promise<{ counts: Record<string, number>; content: string }> {
  const counts = await rowCounts(db);
  const result = await sql<{ digest: string }>`
    SELECT md5(coalesce((SELECT string_agg(t::text, '|' ORDER BY t.id) FROM agencies t), '') ||
               coalesce((SELECT string_agg(row(t.id, t.email, t.display_name, t.role, t.locale, t.disabled, t.totp_enabled, t.totp_secret, t.locked_until, t.failed_logins)::text, '|' ORDER BY t.id) FROM users t), '') ||
               coalesce((SELECT string_agg(t::text, '|' ORDER BY t.id) FROM alerts t), '') ||
               coalesce((SELECT string_agg(t::text, '|' ORDER BY t.id) FROM sharing_groups t), '') ||
               coalesce((SELECT string_agg(t::text, '|' ORDER BY t.id) FROM access_requests t), '') ||
               coalesce((SELECT string_agg(row(t.id, t.revoked_at, t.scopes)::text, '|' ORDER BY t.id) FROM api_tokens t), '')) AS digest`.execute(
    db,
  );
  return { counts, content: result.rows[0]!.digest };
}

export async function auditCount(db: Db, action?: string): Promise<number> {
  let query = db.selectFrom('audit_events').select(db.fn.countAll<string>().as('n'));
  if (action) query = query.where('action', '=', action);
  return Number((await query.executeTakeFirstOrThrow()).n);
}
