// Serial search through GET /api/v1/serials/search (recoveries, lost/stolen reports and traces, sized as the 10M-record
// seed makes them by serialSearchData.ts; A&D records are never searched): exact, normalized, wildcard (two unreadable characters, and a prefix with `*`) and fuzzy (one character
// wrong), BENCH_SEARCH_QUERIES each (default 1000), one at a time, as a Mexican investigator. Each search also runs
// discovery-without-disclosure and writes its audit row, as in production. Before each mode is measured, the server
// answers BENCH_SEARCH_WARMUP searches (default 2000) of other serials: a server that has been running. A freshly
// started Node process is slower for its first few thousand requests while V8 compiles the hot paths (exact p99
// 5.7–6.8 ms over its first 1,000, 3.7–4.4 ms after 2,000 others, on the 10M database); BENCH_SEARCH_WARMUP=20
// measures that fresh process.
import { sql } from 'kysely';
import { padSearchTables, searchTableTargets } from './serialSearchData';
import { type Row } from './table';
import { signedInApp } from './tracingApp';
import { openScaleDatabase, tableCounts } from './tracingDatabase';
import { percentiles, sampleRss } from './tracingMemory';

const QUERIES = Number(process.env.BENCH_SEARCH_QUERIES ?? 1000);
const WARMUP = Number(process.env.BENCH_SEARCH_WARMUP ?? 2000);

const SWAP: Record<string, string> = { A: 'R', '1': '7', '3': '8', K: 'X', '9': '4' };

const MODES: { label: string; mode: string; query: (serial: string) => string; target: string }[] = [
  { label: 'exact', mode: 'exact', query: (s) => s, target: '< 5 ms' },
  {
    label: 'normalized (lower case, dash)',
    mode: 'normalized',
    query: (s) => `${s.slice(0, 2)}-${s.slice(2)}`.toLowerCase(),
    target: '< 50 ms',
  },
  {
    label: 'wildcard: 2 unreadable (AB??34…)',
    mode: 'wildcard',
    query: (s) => `${s.slice(0, 4)}??${s.slice(6)}`,
    target: '< 50 ms',
  },
  {
    label: 'wildcard: prefix (ABC12*)',
    mode: 'wildcard',
    query: (s) => `${s.slice(0, 6)}*`,
    target: '< 50 ms',
  },
  {
    label: 'fuzzy: one character wrong',
    mode: 'fuzzy',
    query: (s) => {
      const i = 3 + (s.charCodeAt(4) % (s.length - 3));
      const c = s[i]!;
      return s.slice(0, i) + (SWAP[c] ?? (c === 'Z' ? 'Y' : 'Z')) + s.slice(i + 1);
    },
    target: '< 50 ms',
  },
];

export async function benchSerialSearch(): Promise<Row[]> {
  const database = await openScaleDatabase();
  await padSearchTables(database);
  const { app, headers } = await signedInApp(database, 'investigador@fge-son.demo');
  try {
    const counts = await tableCounts(database, ['recoveries', 'lost_stolen_reports', 'traces', 'ad_records']);
    // Measured serials and warm-up serials are disjoint: a measured search never finds its rows cached by a warm-up.
    const picked = async (table: 'recoveries' | 'lost_stolen_reports', share: number) => {
      const intact = table === 'recoveries' ? sql`WHERE serial_state = 'intact'` : sql``;
      const rows = (
        await sql<{ serial_plain: string }>`
          SELECT serial_plain FROM ${sql.table(table)} ${intact}
          ORDER BY md5(id::text) LIMIT ${Math.ceil((QUERIES + WARMUP) * share)}`.execute(database.db)
      ).rows.map((r) => r.serial_plain);
      const measuredCount = Math.ceil(QUERIES * share);
      return { measured: rows.slice(0, measuredCount), warmUp: rows.slice(measuredCount) };
    };
    const fromRecoveries = await picked('recoveries', 0.8);
    const fromReports = await picked('lost_stolen_reports', 0.2);
    const serials = [...fromRecoveries.measured, ...fromReports.measured];
    const warmUpSerials = [...fromRecoveries.warmUp, ...fromReports.warmUp];
    const rows: Row[] = [];
    const rss = sampleRss();
    const only = process.env.BENCH_SEARCH_MODES?.split(',');
    for (const spec of MODES.filter((m) => !only || only.includes(m.mode))) {
      const samples: number[] = [];
      let hits = 0;
      const search = async (q: string) => {
        const started = performance.now();
        const response = await app.inject({
          method: 'GET',
          url: `/api/v1/serials/search?q=${encodeURIComponent(q)}&mode=${spec.mode}`,
          headers,
        });
        const elapsed = performance.now() - started;
        if (response.statusCode !== 200)
          throw new Error(`search ${q} → ${response.statusCode} ${response.body}`);
        return { elapsed, body: response.json<{ matches: unknown[]; hidden: unknown[] }>() };
      };
      for (let i = 0; i < WARMUP; i++) await search(spec.query(warmUpSerials[i % warmUpSerials.length]!));
      for (let i = 0; i < QUERIES; i++) {
        const { elapsed, body } = await search(spec.query(serials[i % serials.length]!));
        samples.push(elapsed);
        hits += body.matches.length + body.hidden.length;
      }
      rows.push({
        database: database.label,
        mode: spec.label,
        'warm-up': WARMUP,
        queries: samples.length,
        'avg hits': Number((hits / samples.length).toFixed(1)),
        ...percentiles(samples),
        unit: 'ms',
        'target p99': spec.target,
      });
    }
    rss.stop();
    const tables = `${searchTableTargets().adEquivalent / 1e6}M-scale: recoveries ${counts.recoveries}, lost/stolen ${counts.lost_stolen_reports}, traces ${counts.traces} (ad_records ${counts.ad_records}, not searched)`;
    return rows.map((row) => ({ ...row, 'peak RSS MB': rss.peakMb(), rows: tables }));
  } finally {
    await app.close();
    await database.close();
  }
}
