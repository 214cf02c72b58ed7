// `npm run bench [name...]`: runs the named benchmarks (all by default), prints a table for each and
// keeps the rows in bench/results/<name>.json. Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to
// measure on a PostgreSQL server as well as the embedded database.
import { benchAdImport } from './adImport';
import { benchAuditWrites } from './auditWrites';
import { benchManifest10k, benchManifestMemory, benchScreeningThroughput } from './manifestScreening';
import { benchScreeningLatency } from './screeningLatency';
import { benchStartup } from './startup';
import { benchSerialSearch } from './serialSearch';
import { printTable, saveResults, type Row } from './table';
import { benchTraceBatch } from './tracingBatch';
import { benchTraceLatency } from './tracingLatency';

const BENCHMARKS: Record<string, { title: string; run: () => Promise<Row[]> }> = {
  startup: { title: 'Start-up of `rastro serve` on the embedded database', run: benchStartup },
  'screening-latency': {
    title: 'POST /api/v1/screening latency, one request at a time (ms)',
    run: benchScreeningLatency,
  },
  'ad-import': {
    title: 'A&D CSV upload through the import route (COPY into staging, set-based upsert)',
    run: benchAdImport,
  },
  'trace-latency': {
    title: 'A fully connected trace via POST /api/v1/traces, request to completed result with indicators',
    run: benchTraceLatency,
  },
  'trace-batch': {
    title: 'Traces in batch via POST /api/v1/traces/batch (up to 1,000 firearms per request)',
    run: benchTraceBatch,
  },
  'serial-search': {
    title: 'GET /api/v1/serials/search, one query at a time (recoveries, lost/stolen reports, traces)',
    run: benchSerialSearch,
  },
  'manifest-10k': {
    title:
      'Manifest of 10,000 lines (mixed SMILES, CAS, names; many repeats) through POST /api/v1/manifests/screen',
    run: benchManifest10k,
  },
  'screening-throughput': {
    title:
      'Unique structures screened per second on one core (enumerated substituents on realistic scaffolds)',
    run: benchScreeningThroughput,
  },
  'manifest-100k-memory': {
    title: 'Streaming a 100,000-line manifest: peak RSS of the screening process',
    run: benchManifestMemory,
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
