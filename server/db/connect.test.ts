// Each server connection starts with Rastro's session settings (JIT off, decision 0017), and a URL's own options
// still win.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connectDatabase, serverOptions } from './connect';

describe('server session options', () => {
  it('turns JIT off and appends the URL options after it', () => {
    expect(serverOptions('postgres://u:p@db.example:5432/rastro')).toBe('-c jit=off');
    expect(serverOptions('postgres://u:p@db.example/rastro?options=-c%20work_mem%3D8MB')).toBe(
      '-c jit=off -c work_mem=8MB',
    );
    expect(serverOptions('postgres://u:p@%2Fvar%2Frun%2Fpostgresql:5432/rastro')).toBe('-c jit=off');
    expect(serverOptions('not a url')).toBe('-c jit=off');
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'reach the server on every pooled connection',
    async () => {
      const url = new URL(process.env.TEST_DATABASE_URL!);
      const check = async (databaseUrl: string) => {
        const database = await connectDatabase({ databaseUrl, poolSize: 2 });
        try {
          // Two connections at once: both got the settings, not only the first.
          return await Promise.all(
            [1, 2].map(async () =>
              database.db.connection().execute(async (connection) => {
                const { rows } = await sql<{ jit: string; work_mem: string }>`
                SELECT current_setting('jit') AS jit, current_setting('work_mem') AS work_mem, pg_sleep(0.05)`.execute(
                  connection,
                );
                return rows[0]!;
              }),
            ),
          );
        } finally {
          await database.close();
        }
      };
      for (const row of await check(url.toString())) expect(row.jit).toBe('off');
      url.searchParams.set('options', '-c jit=on -c work_mem=8MB');
      for (const row of await check(url.toString()))
        expect(row).toMatchObject({ jit: 'on', work_mem: '8MB' });
    },
  );
});
