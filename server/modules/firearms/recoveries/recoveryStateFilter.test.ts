// The recoveries list's state filter on every test database: a state typed by name finds the recoveries stored
// with its code and the other way round, whatever the case and accents (users type "Sonora", the forms store SON).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../../test/databases';
import { createTestApp, type TestApp } from '../../../test/testApp';
import { INVESTIGATOR, recoveryRecorder, userClients } from '../../traces/testFixtures';

describe.each(DATABASE_KINDS)('recovery state filter on %s', (kind) => {
  let t: TestApp;
  const as = userClients(() => t);
  const recover = recoveryRecorder(as, 'FGE/SON/STATE');
  const ids = { code: '', name: '', lower: '', leon: '', nogales: '' };

  const listed = async (query: string) => {
    const response = await (await as(INVESTIGATOR)).get(`/api/v1/recoveries?limit=200&${query}`);
    expect(response.statusCode, response.body).toBe(200);
    const mine = new Set(Object.values(ids));
    return response
      .json<{ items: { id: string }[] }>()
      .items.map((i) => i.id)
      .filter((id) => mine.has(id))
      .sort();
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    ids.code = await recover({ recoveryState: 'SON' });
    ids.name = await recover({ recoveryState: 'Sonora' });
    ids.lower = await recover({ recoveryState: ' sonora ' });
    ids.leon = await recover({ recoveryState: 'Nuevo León' });
    ids.nogales = await recover({ recoveryState: 'Nogales' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds a Mexican state by its code or its name, in any case, with or without accents', async () => {
    const sonora = [ids.code, ids.name, ids.lower].sort();
    for (const state of ['SON', 'Sonora', 'sonora', 'SONORA'])
      expect(await listed(`state=${state}`), state).toEqual(sonora);
    for (const state of ['NL', 'nl', 'Nuevo%20Le%C3%B3n', 'Nuevo%20Leon', 'NUEVO%20LEON'])
      expect(await listed(`state=${state}`), state).toEqual([ids.leon]);
    expect(await listed('state=NL&country=MX')).toEqual([ids.leon]);
    expect(await listed('state=NL&country=CA')).toEqual([]);
  });

  it('matches a place the table does not know as typed, case-insensitively', async () => {
    expect(await listed('state=nogales')).toEqual([ids.nogales]);
    expect(await listed('state=Texas')).toEqual([]);
  });
});
