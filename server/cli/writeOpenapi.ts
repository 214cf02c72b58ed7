// Writes the OpenAPI document the server serves to docs/openapi.json, the committed contract the web
// client is generated from. A test checks the committed copy matches the running server.
import { writeFileSync } from 'node:fs';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { migrate } from '../db/migrate';

const database = await connectDatabase({ dataDir: 'memory://' });
// The app reads its reference-table additions at build time.
await migrate(database.db);
const app = await buildApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), database, {
  logger: false,
});
await app.ready();
const spec = app.swagger();
writeFileSync(new URL('../../docs/openapi.json', import.meta.url), `${JSON.stringify(spec, null, 2)}\n`);
await app.close();
await database.close();
console.log(`wrote docs/openapi.json (${Object.keys(spec.paths ?? {}).length} paths)`);
