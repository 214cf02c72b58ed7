// Audited writes per second: each write inserts an alert and its hash-chained audit row in one
// transaction. Run with 1 and 8 concurrent writers, against 16 chains (the design) and 1 chain
// (what a single global chain would do), to show the chain does not turn writes into a queue.
import { sql } from 'kysely';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../server/db/connect';
import { migrate } from '../server/db/migrate';
import { seedDemo } from '../server/db/seed/seedDemo';
import { verifyAuditChain } from '../server/platform/audit';
import { inTransaction } from '../server/platform/transaction';
import { round, type Row } from './table';

const WRITES_PER_WRITER = Number(process.env.BENCH_AUDIT_WRITES ?? 400);

async function openBenchDatabase(): Promise<DatabaseHandle & { label: string }> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) {
    const database = await connectDatabase({ dataDir: 'memory://' });
    return { ...database, label: 'PGlite (embedded)' };
  }
  const name = `rastro_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await connectDatabase({ databaseUrl: target.toString(), poolSize: 16 });
  return {
    ...database,
    label: 'PostgreSQL server',
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

async function run(
  database: DatabaseHandle,
  writers: number,
  ownerAgencyId: string,
  userId: string,
  audited: boolean,
) {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let i = 0; i < WRITES_PER_WRITER; i += 1) {
        await inTransaction(
          database.db,
          { userId, agencyId: ownerAgencyId, ip: '127.0.0.1', requestId: `bench-${writer}-${i}` },
          async (tx, audit) => {
            const row = await tx
              .insertInto('alerts')
              .values({
                owner_agency_id: ownerAgencyId,
                distribution: 'agency',
                tlp: 'GREEN',
                title: `bench ${writer}/${i}`,
                body: 'audited write benchmark',
                created_by_user_id: userId,
              })
              .returning('id')
              .executeTakeFirstOrThrow();
            if (audited)
              await audit({ action: 'alert.create', recordType: 'alert', recordId: row.id, ownerAgencyId });
          },
        );
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return (writers * WRITES_PER_WRITER) / seconds;
}

/** 16 = the design; 1 = one global chain; 0 = the same writes without audit rows (the baseline). */
const CHAIN_SETUPS = [16, 1, 0] as const;

export async function benchAuditWrites(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const chains of CHAIN_SETUPS) {
    const database = await openBenchDatabase();
    try {
      await migrate(database.db);
      if (chains === 1) await sql`DELETE FROM audit_chains WHERE chain > 0`.execute(database.db);
      await seedDemo(database.db, { production: false });
      const user = await database.db
        .selectFrom('users')
        .select(['id', 'agency_id'])
        .where('email', '=', 'analista@fgr.demo')
        .executeTakeFirstOrThrow();
      for (const writers of database.kind === 'pglite' ? [1] : [1, 8]) {
        const perSecond = await run(database, writers, user.agency_id, user.id, chains > 0);
        rows.push({
          database: database.label,
          audit: chains === 0 ? 'none (baseline)' : `${chains} chain${chains > 1 ? 's' : ''}`,
          writers,
          writes: writers * WRITES_PER_WRITER,
          'writes/s': round(perSecond, 0),
        });
      }
      const check = await verifyAuditChain(database.db);
      if (check.firstBreak)
        throw new Error(`audit chain broken after benchmark: ${JSON.stringify(check.firstBreak)}`);
    } finally {
      await database.close();
    }
  }
  return rows;
}
