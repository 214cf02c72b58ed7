// An embedded database in a folder on disk (for CLI tests), started from the migrated template that
// databases.ts keeps, on tmpfs when there is one: initdb and fsync on a real disk cost seconds.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDatabase, type DatabaseHandle } from '../db/connect';
import { loadMigrations } from '../db/migrate';
import { freshDatabase } from './databases';

function templatePath(): string {
  const key = createHash('sha256')
    .update(
      loadMigrations()
        .map((m) => m.checksum)
        .join(','),
    )
    .digest('hex')
    .slice(0, 16);
  return join(tmpdir(), `rastro-pglite-template-${key}.tar`);
}

export function temporaryDataDir(prefix: string): string {
  return mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), prefix));
}

/** Opens a migrated embedded database stored in `dataDir` (which must be empty). */
export async function migratedDataDir(dataDir: string): Promise<DatabaseHandle> {
  if (!existsSync(templatePath())) await (await freshDatabase('pglite')).close();
  return connectDatabase({ dataDir, loadDataDir: new Blob([readFileSync(templatePath())]) });
}
