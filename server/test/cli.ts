// Runs the real `bin/rastro.mjs` in a child process, as an operator would, against an embedded data dir (never the
// DATABASE_URL of the test run).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runRastro(
  args: string[],
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<CliResult> {
  const { DATABASE_URL: _omit, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/rastro.mjs', ...args],
      { cwd: ROOT, env: { ...inherited, NODE_ENV: 'test', ...env }, timeout: timeoutMs },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}
