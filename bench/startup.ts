// Start-up time of `rastro serve` on the embedded database: first run (creates, migrates and seeds
// ./data) and warm (existing data), measured to the first 200 from /healthz.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { round, type Row } from './table';

async function timeToHealthy(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/rastro.mjs', 'serve'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (response.ok) return (performance.now() - started) / 1000;
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 120_000) throw new Error('server did not become healthy in 120 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

export async function benchStartup(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rastro-bench-start-'));
  const port = 39_000 + Math.floor(Math.random() * 1000);
  try {
    const first = await timeToHealthy(join(dir, 'data'), port);
    const warm = await timeToHealthy(join(dir, 'data'), port);
    return [
      { run: 'first (create, migrate, seed demo)', 'seconds to /healthz': round(first, 2) },
      { run: 'warm (existing data)', 'seconds to /healthz': round(warm, 2) },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
