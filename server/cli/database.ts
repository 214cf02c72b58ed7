// Opens the configured database for a CLI command and closes it afterwards.
import { loadConfig, type Config } from '../config';
import { connectDatabase, type DatabaseHandle } from '../db/connect';
import { migrate } from '../db/migrate';

export async function withDatabase<T>(
  work: (database: DatabaseHandle, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
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
