// `npm run bench [name...]`: runs the named benchmarks (all by default), prints a table for each and
// keeps the rows in bench/results/<name>.json. Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to
// measure on a PostgreSQL server as well as the embedded database.
import { benchAuditWrites } from './auditWrites';
import { benchScreeningLatency } from './screeningLatency';
import { benchStartup } from './startup';
import { printTable, saveResults, type Row } from './table';

const BENCHMARKS: Record<string, { title: string; run: () => Promise<Row[]> }> = {
  startup: { title: 'Start-up of `rastro serve` on the embedded database', run: benchStartup },
  'screening-latency': {
    title: 'POST /api/v1/screening latency, one request at a time (ms)',
    run: benchScreeningLatency,
  },
  'audit-writes': {
    title: 'Audited writes per second (alert insert + hash-chained audit row, one transaction each)',
    run: benchAuditWrites,
  },
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((name) => !BENCHMARKS[name]);
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
console.log(`Rastro benchmarks on ${process.version}, ${(await import('node:os')).cpus().length} cores`);
for (const name of wanted.length ? wanted : Object.keys(BENCHMARKS)) {
  const benchmark = BENCHMARKS[name]!;
  process.stderr.write(`running ${name}…\n`);
  const rows = await benchmark.run();
  printTable(benchmark.title, rows);
  saveResults(name, rows);
}
