// The process-wide screener: RDKit loads once (core/chemicals loadRDKit), the reference list is read from the
// database on first use and rebuilt when a regulator changes the registry here, or when another process did
// (noticed within REFRESH_CHECK_MS through a cheap version query).
import { sql, type Kysely } from 'kysely';
import { createScreenerWith, loadRDKit, type RDKit, type Screener } from '../../../core/chemicals';
import type { Db } from '../../db/connect';
import { loadRegistryReference } from './reference';
import { registryDb, type RegistryDatabase } from './tables';

const REFRESH_CHECK_MS = 10_000;
// A replaced screener may still be in use by a request that fetched it just before; free it later.
const DISPOSE_AFTER_MS = 30_000;

interface Entry {
  screener: Screener;
  version: string;
  checkedAt: number;
}

interface State {
  current: Promise<Entry> | null;
  checking: Promise<void> | null;
}

const states = new WeakMap<Db, State>();

async function registryVersion(db: Kysely<RegistryDatabase>): Promise<string> {
  const { rows } = await sql<{ v: string }>`
    SELECT (SELECT count(*) FROM chemicals)::text || ':' ||
           (SELECT count(*) FROM chemical_listings)::text || ':' ||
           coalesce((SELECT max(recorded_at) FROM chemical_listings)::text, '') || ':' ||
           coalesce((SELECT max(created_at) FROM chemicals)::text, '') AS v`.execute(db);
  return rows[0]?.v ?? '';
}

async function build(db: Db, rd: RDKit): Promise<Entry> {
  const registry = registryDb(db);
  const version = await registryVersion(registry);
  const reference = await loadRegistryReference(registry);
  return { screener: createScreenerWith(rd, reference), version, checkedAt: Date.now() };
}

function stateOf(db: Db): State {
  let state = states.get(db);
  if (!state) {
    state = { current: null, checking: null };
    states.set(db, state);
  }
  return state;
}

function replace(state: State, next: Promise<Entry>) {
  const previous = state.current;
  state.current = next;
  next.then(
    async () => {
      const old = await previous?.catch(() => null);
      if (old) setTimeout(() => old.screener.dispose(), DISPOSE_AFTER_MS).unref();
    },
    () => {
      if (state.current === next) state.current = previous; // keep screening with the last good registry
    },
  );
}

/** The screener for this database's registry, built on first use. */
export async function screenerFor(db: Db): Promise<Screener> {
  const state = stateOf(db);
  if (!state.current) {
    const first = loadRDKit().then((rd) => build(db, rd));
    state.current = first;
    first.catch(() => {
      if (state.current === first) state.current = null; // retry on the next request
    });
  }
  const entry = await state.current;
  if (Date.now() - entry.checkedAt > REFRESH_CHECK_MS && !state.checking) {
    state.checking = (async () => {
      try {
        const version = await registryVersion(registryDb(db));
        entry.checkedAt = Date.now();
        if (version !== entry.version) await refreshScreener(db);
      } finally {
        state.checking = null;
      }
    })();
    await state.checking;
    return (await state.current).screener;
  }
  return entry.screener;
}

/** Rebuilds the screener from the database after a change to the registry; resolves when it is in place. */
export async function refreshScreener(db: Db): Promise<void> {
  const state = stateOf(db);
  if (!state.current) return; // not built yet: the first use reads the fresh registry
  const next = loadRDKit().then((rd) => build(db, rd));
  replace(state, next);
  await next;
}
