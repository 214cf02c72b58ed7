// Starts Rastro: validates configuration, opens the database, migrates, seeds the demo world (with its synthetic
// tracing world) when the database is new (never in production), serves HTTP, and shuts down cleanly on SIGINT and
// SIGTERM.
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { connectDatabase } from './db/connect';
import { startEmbeddedAnalyze } from './db/embeddedAnalyze';
import { migrate } from './db/migrate';
import { seedChemicals } from './db/seed/seedChemicals';
import { seedDemoWorld } from './db/seed/demoWorld';
import { startExpiryScheduler } from './modules/notifications/expiryScheduler';

export async function startServer(config: Config) {
  const started = performance.now();
  const database = await connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const migrations = await migrate(database.db);
  // Reference data (the controlled-precursor registry) is loaded in production too; idempotent.
  await seedChemicals(database.db);
  const seed = config.seedDemo
    ? await seedDemoWorld(database, {
        production: config.nodeEnv === 'production',
        adRecords: config.demoAdRecords,
        traces: config.demoTraces,
      })
    : null;
  const app = await buildApp(config, database);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  app.log.info(
    {
      database: database.kind === 'pglite' ? `embedded (${config.dataDir})` : 'postgres',
      migrationsApplied: migrations.applied,
      demoSeeded: seed?.demo.seeded ?? false,
      ...(seed?.scale
        ? {
            demoTracing: {
              adRecords: seed.scale.adRecords,
              recoveries: seed.scale.recoveries,
              traces: seed.traces?.requested ?? 0,
            },
          }
        : {}),
      startupMs: Math.round(performance.now() - started),
    },
    `Rastro is listening at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`,
  );

  // Pre-export notifications past their dispatch date without an answer expire (audited as the system).
  const expiry = startExpiryScheduler(database.db, app.log);
  // The embedded database has no autovacuum to keep the planner's statistics current.
  const analyze = database.kind === 'pglite' ? startEmbeddedAnalyze(database.db, app.log) : null;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await expiry.stop();
    await analyze?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  return { app, database };
}

export async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  await startServer(config);
}
