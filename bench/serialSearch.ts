// Serial search through GET /api/v1/serials/search (recoveries, lost/stolen reports and traces, sized as the 10M-record
// seed makes them by serialSearchData.ts; A&D records are never searched): exact, normalized, wildcard (two unreadable characters, and a prefix with `*`) and fuzzy (one character
// wrong), BENCH_SEARCH_QUERIES each (default 1000), one at a time, as a Mexican investigator. Each search also runs
// discovery-without-disclosure and writes its audit row, as in production.
import { sql } from 'kysely';
import { padSearchTables, searchTableTargets } from './serialSearchData';
import { type Row } from './table';
import { signedInApp } from './tracingApp';
import { openScaleDatabase, tableCounts } from './tracingDatabase';
import { percentiles, sampleRss } from './tracingMemory';

const QUERIES = Number(process.env.BENCH_SEARCH_QUERIES ?? 1000);

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
    const serials = (
      await sql<{ serial_plain: string }>`
        (SELECT serial_plain FROM recoveries WHERE serial_state = 'intact' ORDER BY md5(id::text) LIMIT ${Math.ceil(QUERIES * 0.8)})
        UNION ALL
        (SELECT serial_plain FROM lost_stolen_reports ORDER BY md5(id::text) LIMIT ${Math.ceil(QUERIES * 0.2)})`.execute(
        database.db,
      )
    ).rows.map((r) => r.serial_plain);
    const rows: Row[] = [];
    const rss = sampleRss();
    const only = process.env.BENCH_SEARCH_MODES?.split(',');
    for (const spec of MODES.filter((m) => !only || only.includes(m.mode))) {
      const samples: number[] = [];
      let hits = 0;
      for (let i = 0; i < QUERIES + 20; i++) {
        const q = spec.query(serials[i % serials.length]!);
        const started = performance.now();
        const response = await app.inject({
          method: 'GET',
          url: `/api/v1/serials/search?q=${encodeURIComponent(q)}&mode=${spec.mode}`,
          headers,
        });
        const elapsed = performance.now() - started;
        if (response.statusCode !== 200)
          throw new Error(`search ${q} → ${response.statusCode} ${response.body}`);
        const body = response.json<{ matches: unknown[]; hidden: unknown[] }>();
        if (i < 20) continue; // warm-up
        samples.push(elapsed);
        hits += body.matches.length + body.hidden.length;
      }
      rows.push({
        database: database.label,
        mode: spec.label,
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
