// `rastro db seed` as an operator runs it on a new embedded database: the demo world with its synthetic tracing
// world (DEMO_AD_RECORDS, DEMO_TRACES), nothing on a second run, and the hand-made demo alone with DEMO_AD_RECORDS=0.
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRastro } from '../../test/cli';
import { temporaryDataDir } from '../../test/dataDir';

describe('rastro db seed', () => {
  it('loads the demo world with a synthetic tracing world into a new database, once', async () => {
    const dataDir = temporaryDataDir('rastro-demo-world-cli-');
    const env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_AD_RECORDS: '2000', DEMO_TRACES: '60' };
    try {
      const first = await runRastro(['db', 'seed'], env);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/^seeded \d+ agencies and \d+ users$/m);
      expect(first.stdout).toMatch(/^scale seed 1968: 200\d A&D records for \d+ guns/m);
      expect(first.stdout).toMatch(/^traced 60 seeded recoveries in [\d.]+ s: .*completed/m);
      const second = await runRastro(['db', 'seed'], env);
      expect(second.code, second.stderr).toBe(0);
      expect(second.stdout.trim()).toBe('database already has agencies; nothing seeded');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('loads the hand-made demo only with DEMO_AD_RECORDS=0', async () => {
    const dataDir = temporaryDataDir('rastro-demo-world-cli-');
    try {
      const result = await runRastro(['db', 'seed'], {
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        DEMO_AD_RECORDS: '0',
      });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.trim()).toMatch(/^seeded \d+ agencies and \d+ users$/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
