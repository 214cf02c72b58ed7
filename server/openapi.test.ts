// The committed OpenAPI document (docs/openapi.json) and the web client generated from it must match
// the running server, so the web and the API cannot drift. Run `npm run openapi` after changing routes.
import { readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type AppInstance } from './app';
import { loadConfig } from './config';
import type { DatabaseHandle } from './db/connect';
import { freshDatabase } from './test/databases';

describe('OpenAPI contract', () => {
  let app: AppInstance;
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await freshDatabase('pglite');
    app = await buildApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), database, { logger: false });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('serves OpenAPI 3.1 at /api/openapi.json and the reference at /api/docs', async () => {
    const spec = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(spec.statusCode).toBe(200);
    expect(spec.json<{ openapi: string }>().openapi).toBe('3.1.0');
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('matches the committed docs/openapi.json', async () => {
    const committed: unknown = JSON.parse(
      readFileSync(new URL('../docs/openapi.json', import.meta.url), 'utf8'),
    );
    expect(JSON.parse(JSON.stringify(app.swagger()))).toEqual(committed);
  });

  it('has a generated web client that matches the committed document', async () => {
    const committed = readFileSync(new URL('../web/src/api/schema.gen.ts', import.meta.url), 'utf8');
    const generated = astToString(await openapiTS(new URL('../docs/openapi.json', import.meta.url)));
    const body = (text: string) => text.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trim();
    expect(body(committed)).toBe(body(generated));
  });
});
