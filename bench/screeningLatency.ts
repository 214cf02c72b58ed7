// Single-structure screening through the API (POST /api/v1/screening, issue 3's p99 < 20 ms target):
// the real app on the embedded database, a signed-in regulator, requests sent one at a time through
// Fastify's inject (no network), for repeated inputs (cache hits) and structures never seen before.
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { connectDatabase } from '../server/db/connect';
import { migrate } from '../server/db/migrate';
import { seedChemicals } from '../server/db/seed/seedChemicals';
import { DEMO_PASSWORD } from '../server/db/seed/demoData';
import { seedDemo } from '../server/db/seed/seedDemo';
import { round, type Row } from './table';

const REQUESTS = Number(process.env.BENCH_SCREENING_REQUESTS ?? 2000);

const REPEATED: Record<string, string>[] = [
  { smiles: 'O=C1CCN(CCc2ccccc2)CC1' },
  { smiles: 'c1ccc(NC2CCNCC2)cc1' },
  { smiles: 'O=C1CCN(C(=O)OCc2ccccc2)CC1' },
  { smiles: 'CC(=O)Nc1ccc(O)cc1' },
  { cas: '39742-60-4' },
  { cas: '21409-26-7' },
  { name: '4-piperidone' },
  { name: 'norfentanyl' },
];

/**
 * A structure not seen before (unique for i < 2016): alkyl chains of three lengths on either a fentanyl-like
 * piperidin-4-amine core (one in four, the slow path through the transformation rules) or an aryl ester.
 */
function unique(i: number): Record<string, string> {
  const a = 'C'.repeat(1 + (i % 12));
  const b = 'C'.repeat(Math.floor(i / 12) % 12);
  const c = 'C'.repeat(1 + (Math.floor(i / 144) % 14));
  return i % 4 === 0
    ? { smiles: `${a}C(=O)N(c1ccc(${c})cc1)C1CCN(${b}c2ccccc2)CC1` }
    : { smiles: `${a}OC(=O)c1ccc(${c})cc1N${b}` };
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return {
    p50: round(at(50), 1),
    p90: round(at(90), 1),
    p99: round(at(99), 1),
    max: round(sorted[sorted.length - 1]!, 1),
  };
}

export async function benchScreeningLatency(): Promise<Row[]> {
  const database = await connectDatabase({ dataDir: 'memory://' });
  const app = await buildApp(
    loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_RATE_PER_MINUTE: '10000' }),
    database,
    {
      logger: false,
    },
  );
  try {
    await migrate(database.db);
    await seedChemicals(database.db);
    await seedDemo(database.db, { production: false });
    await app.ready();
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'diversion@dea.demo', password: DEMO_PASSWORD },
    });
    const cookie = `rastro_session=${login.cookies.find((c) => c.name === 'rastro_session')!.value}`;
    const csrf = login.json<{ csrfToken: string }>().csrfToken;
    const screen = async (payload: Record<string, string>) => {
      const started = performance.now();
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/screening',
        payload,
        headers: { cookie, 'x-csrf-token': csrf },
      });
      if (response.statusCode !== 200)
        throw new Error(`screening ${JSON.stringify(payload)} → ${response.statusCode} ${response.body}`);
      return performance.now() - started;
    };
    for (const input of REPEATED) await screen(input); // load RDKit and the reference, fill the cache
    const rows: Row[] = [];
    for (const [label, inputOf] of [
      ['repeated inputs (cache hits)', (i: number) => REPEATED[i % REPEATED.length]!],
      ['structures never seen before', unique],
    ] as const) {
      const samples: number[] = [];
      for (let i = 0; i < REQUESTS; i += 1) samples.push(await screen(inputOf(i)));
      rows.push({
        database: 'PGlite (embedded)',
        inputs: label,
        requests: REQUESTS,
        ...percentiles(samples),
      });
    }
    return rows.map((row) => ({ ...row, unit: 'ms' }));
  } finally {
    await app.close();
    await database.close();
  }
}
