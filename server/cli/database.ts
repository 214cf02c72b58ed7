// Opens the configured database for a CLI command and closes it afterwards. Only the commands that make a database
// (db migrate, db seed) may start one in an empty embedded data folder: for any other, an empty folder means a wrong
// DATA_DIR, and a new empty database would only hide that behind a later "no such user".
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig, type Config } from '../config';
import { connectDatabase, type DatabaseHandle } from '../db/connect';
import { migrate } from '../db/migrate';

export class NoDatabaseError extends Error {
  constructor(dataDir: string) {
    super(
      `no database in ${resolve(dataDir)} (DATA_DIR): set DATA_DIR to the server's data folder, or create one with` +
        ' `rastro db migrate` or `rastro db seed`',
    );
    this.name = 'NoDatabaseError';
  }
}

/** PostgreSQL writes PG_VERSION into a data folder when it initialises it; PGlite keeps the same layout. */
export function embeddedDatabaseExists(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

export async function withDatabase<T>(
  work: (database: DatabaseHandle, config: Config) => Promise<T>,
  options: { mayCreate?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const embedded = !config.databaseUrl && !config.dataDir.startsWith('memory://');
  if (embedded && !options.mayCreate && !embeddedDatabaseExists(config.dataDir))
    throw new NoDatabaseError(config.dataDir);
  const database = await connectDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 4,
  });
  try {
    await migrate(database.db);
    return await work(database, config);
  } finally {
    await database.close();
  }
}
