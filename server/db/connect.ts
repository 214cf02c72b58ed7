// One connection module for both databases: PGlite (embedded, in-process) or a PostgreSQL server.
// Both are driven through node-postgres, so Kysely, transactions and COPY code see the same interface.
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './dataDirLock';
import { prepareMarkedStatements } from './preparedStatements';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The pg pool behind Kysely, for COPY and other driver-level work. */
  pool: pg.Pool;
  /** Set for the embedded database. */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** postgres:// URL; when absent the embedded database is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database, or 'memory://' for a throw-away one. */
  dataDir?: string;
  /** A PGlite data-dir dump to start from (tests use a migrated template to save start-up time). */
  loadDataDir?: Blob | File;
  poolSize?: number;
}

// bigint (int8) and numeric come back as strings by default; counts are safe as JS numbers here.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => value);

/**
 * Session settings sent when each connection starts. JIT compilation is off (decision 0017): Rastro's statements
 * run in milliseconds, and PostgreSQL compiled any whose estimated cost passed jit_above_cost for 30-70 ms, so a
 * trace's candidate look-up took 40 ms instead of 2. Options in the URL (`?options=-c jit=on`) come after, so win.
 */
export function serverOptions(databaseUrl: string): string {
  let fromUrl: string | null = null;
  try {
    fromUrl = new URL(databaseUrl).searchParams.get('options');
  } catch {
    // Not a URL pg would parse either; pg reports it on connect.
  }
  return ['-c jit=off', fromUrl].filter(Boolean).join(' ');
}

export async function connectDatabase(options: ConnectOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      options: serverOptions(options.databaseUrl),
    });
    // An idle connection dropped by the server (restart, failover, admin) must not crash the process:
    // the pool discards it and the next query opens a new one.
    pool.on('error', (error) => process.emitWarning(`idle database connection lost: ${error.message}`));
    prepareMarkedStatements(pool);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', pool, close: () => db.destroy() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { fuzzystrmatch } = await import('@electric-sql/pglite/contrib/fuzzystrmatch');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const dataDir = options.dataDir ?? 'memory://';
  let unlock = () => {};
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
    // One process per folder: a second one would corrupt it (dataDirLock.ts).
    unlock = lockDataDir(dataDir);
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      dataDir,
      extensions: { pg_trgm, fuzzystrmatch },
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
  } catch (error) {
    unlock();
    throw error;
  }
  // PGlite is one connection; the pool hands it out to one query or transaction at a time.
  const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
  prepareMarkedStatements(pool);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    pool,
    pglite,
    close: async () => {
      await db.destroy();
      await pglite.close();
      unlock();
    },
  };
}
