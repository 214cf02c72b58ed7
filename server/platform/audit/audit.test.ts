import { rmSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle, type Db } from '../../db/connect';
import { migrate } from '../../db/migrate';
import { DATABASE_KINDS, freshDatabase } from '../../test/databases';
import { runRastro } from '../../test/cli';
import { migratedDataDir, temporaryDataDir } from '../../test/dataDir';
import { auditOnly, inTransaction } from '../transaction';
import { appendOneAudit } from './append';
import { verifyAuditChain } from './index';

const context = { userId: null, agencyId: null, ip: '127.0.0.1', requestId: 'audit-test' };

async function writeAudited(db: Db, count: number, label: string) {
  for (let i = 0; i < count; i += 1) {
    await auditOnly(db, context, {
      action: 'test.write',
      recordType: 'test',
      recordId: `${label}-${i}`,
      details: { label, i, nested: { b: 2, a: [1, 'x'] } },
    });
  }
}

interface EventRow {
  id: string;
  chain: number;
  seq: string;
}
const rowsOfChain = async (db: Db, chain: number) =>
  (
    await sql<EventRow>`SELECT id, chain, seq FROM audit_events WHERE chain = ${chain} ORDER BY seq`.execute(
      db,
    )
  ).rows;

/** A chain with at least `min` rows (writing more audited rows until one exists). */
async function chainWithRows(db: Db, min: number): Promise<number> {
  for (let round = 0; round < 20; round += 1) {
    const result = await sql<{
      chain: number;
    }>`SELECT chain FROM audit_chains WHERE last_seq >= ${min} ORDER BY chain LIMIT 1`.execute(db);
    if (result.rows[0]) return result.rows[0].chain;
    await writeAudited(db, 16, `fill-${round}`);
  }
  throw new Error('no chain grew long enough');
}

async function withTriggerDisabled(db: Db, work: () => Promise<void>) {
  await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(db);
  try {
    await work();
  } finally {
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`.execute(db);
  }
}

describe.each(DATABASE_KINDS)('audit trail on %s', (kind) => {
  let database: DatabaseHandle;
  let db: Db;
  beforeAll(async () => {
    database = await freshDatabase(kind);
    db = database.db;
    await writeAudited(db, 60, 'base');
  });
  afterAll(async () => {
    await database?.close();
  });

  it('audited writes produce a chain that verifies, and the change and its audit row land together or not at all', async () => {
    const report = await verifyAuditChain(db);
    expect(report.firstBreak).toBeNull();
    expect(report.chains).toBe(16);
    expect(report.rowsChecked).toBe(60);

    await expect(
      inTransaction(db, context, async (tx, audit) => {
        await tx
          .insertInto('agencies')
          .values({ code: 'ROLLBACK-1', name: 'Rolled back', country: 'CA', kind: 'police' })
          .execute();
        await audit({ action: 'agency.create', recordType: 'agency' });
        throw new Error('fail after the audit row');
      }),
    ).rejects.toThrow('fail after the audit row');
    expect(await db.selectFrom('agencies').select('id').where('code', '=', 'ROLLBACK-1').execute()).toEqual(
      [],
    );
    expect((await verifyAuditChain(db)).rowsChecked).toBe(60);
  });

  it('a lone audit row is hashed by the database exactly as verify recomputes it (quotes, newlines, accents, CJK, emoji)', async () => {
    const before = await verifyAuditChain(db);
    expect(
      await appendOneAudit(db, context, {
        action: 'serial.search',
        recordType: 'trace',
        recordId: "O'Brien\n--; DROP TABLE traces",
        ownerAgencyId: null,
        details: { q: 'Ñandú 漢字 🔫 "quoted" \\ back', z: [null, true, 1.5], a: { y: 'ç', b: [] } },
      }),
    ).toBe(true);
    const after = await verifyAuditChain(db);
    expect(after.firstBreak).toBeNull();
    expect(after.rowsChecked).toBe(before.rowsChecked + 1);
    const [row] = (
      await sql<{ details: unknown; record_id: string }>`
        SELECT details, record_id FROM audit_events WHERE action = 'serial.search'`.execute(db)
    ).rows;
    expect(row!.record_id).toBe("O'Brien\n--; DROP TABLE traces");
    expect(row!.details).toEqual({
      q: 'Ñandú 漢字 🔫 "quoted" \\ back',
      z: [null, true, 1.5],
      a: { y: 'ç', b: [] },
    });
  });

  it.skipIf(kind === 'pglite')(
    'with every chain head held by other writers, the one-statement append writes nothing and auditOnly waits its turn',
    async () => {
      const before = (await verifyAuditChain(db)).rowsChecked;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const lockedAll = new Promise<void>((resolve) => (locked = resolve));
      const holder = db.transaction().execute(async (tx) => {
        await sql`SELECT chain FROM audit_chains FOR UPDATE`.execute(tx);
        locked();
        await held;
      });
      await lockedAll;
      expect(await appendOneAudit(db, context, { action: 'test.busy' })).toBe(false);
      const waiting = auditOnly(db, context, { action: 'test.waited' });
      const settled = await Promise.race([waiting.then(() => 'done'), delay(200).then(() => 'waiting')]);
      expect(settled).toBe('waiting');
      release();
      await holder;
      await waiting;
      const after = await verifyAuditChain(db);
      expect(after.firstBreak).toBeNull();
      expect(after.rowsChecked).toBe(before + 1);
      const actions = await sql<{ action: string }>`
        SELECT action FROM audit_events WHERE action IN ('test.busy', 'test.waited')`.execute(db);
      expect(actions.rows.map((r) => r.action)).toEqual(['test.waited']);
    },
  );

  it('the append-only trigger blocks UPDATE and DELETE', async () => {
    const [row] = (
      await sql<EventRow>`SELECT id, chain, seq FROM audit_events ORDER BY id LIMIT 1`.execute(db)
    ).rows;
    await expect(sql`UPDATE audit_events SET action = 'x' WHERE id = ${row!.id}`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_events WHERE id = ${row!.id}`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });

  it('an edited row is named: chain, seq, id, hash mismatch', async () => {
    const chain = await chainWithRows(db, 3);
    const target = (await rowsOfChain(db, chain))[1]!;
    const original = (
      await sql<{
        details: unknown;
        action: string;
      }>`SELECT details, action FROM audit_events WHERE id = ${target.id}`.execute(db)
    ).rows[0]!;
    await withTriggerDisabled(db, async () => {
      await sql`UPDATE audit_events SET details = jsonb_set(details, '{label}', '"forged"') WHERE id = ${target.id}`.execute(
        db,
      );
    });
    expect((await verifyAuditChain(db)).firstBreak).toEqual({
      chain,
      seq: Number(target.seq),
      id: target.id,
      reason: 'hash_mismatch',
    });

    // Restoring the original content (jsonb may reorder keys) makes it verify again.
    await withTriggerDisabled(db, async () => {
      await sql`UPDATE audit_events SET details = ${JSON.stringify(original.details)}::jsonb WHERE id = ${target.id}`.execute(
        db,
      );
    });
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();

    await withTriggerDisabled(db, async () => {
      await sql`UPDATE audit_events SET action = 'session.logout' WHERE id = ${target.id}`.execute(db);
    });
    expect((await verifyAuditChain(db)).firstBreak).toEqual({
      chain,
      seq: Number(target.seq),
      id: target.id,
      reason: 'hash_mismatch',
    });
    await withTriggerDisabled(db, async () => {
      await sql`UPDATE audit_events SET action = ${original.action} WHERE id = ${target.id}`.execute(db);
    });
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });

  it('a deleted middle row is named by the row after the gap; a deleted last row by the chain head', async () => {
    const chain = await chainWithRows(db, 3);
    const rows = await rowsOfChain(db, chain);
    const [middle, next] = [rows[1]!, rows[2]!];
    const saved = (
      await sql<Record<string, unknown>>`SELECT * FROM audit_events WHERE id = ${middle.id}`.execute(db)
    ).rows[0]!;
    await withTriggerDisabled(db, async () => {
      await sql`DELETE FROM audit_events WHERE id = ${middle.id}`.execute(db);
    });
    expect((await verifyAuditChain(db)).firstBreak).toEqual({
      chain,
      seq: Number(next.seq),
      id: next.id,
      reason: 'sequence_gap',
    });
    await sql`INSERT INTO audit_events SELECT * FROM jsonb_populate_record(null::audit_events, ${JSON.stringify(saved)}::jsonb)`.execute(
      db,
    );
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();

    const last = rows[rows.length - 1]!;
    await withTriggerDisabled(db, async () => {
      await sql`DELETE FROM audit_events WHERE id = ${last.id}`.execute(db);
    });
    expect((await verifyAuditChain(db)).firstBreak).toEqual({
      chain,
      seq: Number(last.seq),
      id: null,
      reason: 'head_mismatch',
    });
  });

  it('8 concurrent writers × 20 audited transactions and 20 lone audited reads keep every chain verifiable', async () => {
    // Start from an intact trail: re-fit the chain head the previous test broke.
    await sql`
      UPDATE audit_chains c SET last_seq = coalesce(e.seq, 0), last_hash = coalesce(e.hash, repeat('0', 64))
      FROM audit_chains h LEFT JOIN LATERAL (SELECT seq, hash FROM audit_events WHERE chain = h.chain ORDER BY seq DESC LIMIT 1) e ON true
      WHERE c.chain = h.chain`.execute(db);
    const before = await verifyAuditChain(db);
    expect(before.firstBreak).toBeNull();

    await Promise.all(
      Array.from({ length: 8 }, (_, writer) =>
        (async () => {
          for (let i = 0; i < 20; i += 1) {
            await auditOnly(db, context, { action: 'test.read', details: { writer, i } });
            await inTransaction(db, context, async (tx, audit) => {
              await tx
                .insertInto('agencies')
                .values({ code: `W${writer}-${i}`, name: `Writer ${writer}`, country: 'US', kind: 'police' })
                .execute();
              await audit(
                { action: 'agency.create', recordType: 'agency', details: { writer, i } },
                { action: 'test.second', details: { writer, i } },
              );
            });
          }
        })(),
      ),
    );
    const after = await verifyAuditChain(db);
    expect(after.firstBreak).toBeNull();
    expect(after.rowsChecked).toBe(before.rowsChecked + 8 * 20 * 3);
    // Both rows of one transaction sit next to each other on one chain.
    const pairs = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_events a JOIN audit_events b ON b.chain = a.chain AND b.seq = a.seq + 1
      WHERE a.action = 'agency.create' AND b.action = 'test.second' AND a.details = b.details`.execute(db);
    expect(pairs.rows[0]!.n).toBe(160);
  });

  it('a row written on a chain that has no head is named (unknown chain), and the trail verifies once it is gone', async () => {
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
    const chain = await chainWithRows(db, 1);
    const copy = (await rowsOfChain(db, chain))[0]!;
    // A copy of a real row moved to chain 99: no walk reads it, and no foreign key refuses it (decision 0002).
    const inserted = await sql<{ id: string }>`
      INSERT INTO audit_events (chain, seq, at, actor_user_id, actor_agency_id, action, record_type, record_id,
        owner_agency_id, ip, request_id, details, prev_hash, hash)
      SELECT 99, 1, at, actor_user_id, actor_agency_id, action, record_type, record_id, owner_agency_id, ip,
        request_id, details, prev_hash, hash
      FROM audit_events WHERE id = ${copy.id}
      RETURNING id`.execute(db);
    const orphan = inserted.rows[0]!.id;
    expect((await verifyAuditChain(db)).firstBreak).toEqual({
      chain: 99,
      seq: 1,
      id: orphan,
      reason: 'unknown_chain',
    });
    await withTriggerDisabled(db, async () => {
      await sql`DELETE FROM audit_events WHERE id = ${orphan}`.execute(db);
    });
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });
});

const runCli = (args: string[], env: Record<string, string>) => runRastro(args, env, 60_000);

describe('rastro audit verify (CLI) on an embedded data dir', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = temporaryDataDir('rastro-audit-cli-');
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exits 0 when intact and 1 naming the row when a row was edited', async () => {
    const database = await migratedDataDir(dataDir);
    expect((await migrate(database.db)).applied).toEqual([]);
    await writeAudited(database.db, 12, 'cli');
    await database.close();
    const env = { DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'silent' };

    const intact = await runCli(['audit', 'verify'], env);
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toContain('audit trail intact: 12 rows in 16 chains');

    const again = await connectDatabase({ dataDir });
    const target = (
      await sql<EventRow>`SELECT id, chain, seq FROM audit_events WHERE seq = 1 ORDER BY id DESC LIMIT 1`.execute(
        again.db,
      )
    ).rows[0]!;
    await withTriggerDisabled(again.db, async () => {
      await sql`UPDATE audit_events SET ip = '10.6.6.6' WHERE id = ${target.id}`.execute(again.db);
    });
    await again.close();

    const broken = await runCli(['audit', 'verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(
      `BROKEN: audit chain ${target.chain} at sequence ${target.seq} (audit_events.id ${target.id}): hash mismatch`,
    );
  });
});
