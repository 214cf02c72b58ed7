// The `rastro` command line: serve, database, users, tokens and audit tools.
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config';
import { main as serve } from '../main';
import { migrate } from '../db/migrate';
import { vacuumTables } from '../db/vacuum';
import { seedChemicals } from '../db/seed/seedChemicals';
import { seedDemo } from '../db/seed/seedDemo';
import { syntheticPart } from '../db/seed/demoWorld';
import { seedScaleFromCli, traceSeededFromCli } from '../db/seed/scale/cli';
import { verifyAuditChain } from '../platform/audit';
import { AGENCY_KINDS } from '../modules/agencies/schemas';
import { createToken } from '../modules/tokens/commands/createToken';
import { notificationCommands } from '../modules/notifications/cli';
import { withDatabase } from './database';
import { progressBar } from './progress';
import { screenManifestCli } from './screenManifest';
import { createUserFromCli, createUserOptions } from './users';

/** The commands that may start a database in an empty data folder (the others refuse: cli/database.ts). */
const CREATES_DATABASE = { mayCreate: true };

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function buildCli(): Command {
  const program = new Command('rastro')
    .description('Rastro: crime-gun tracing, precursor-chemical control and sovereign sharing (MX · US · CA)')
    .showHelpAfterError();

  program
    .command('serve')
    .description('start the server (PORT, HOST, DATABASE_URL, DATA_DIR... from the environment)')
    .action(async () => serve());

  const db = program.command('db').description('database tools');
  db.command('migrate')
    .description('apply pending migrations (also done at start-up)')
    .action(() =>
      withDatabase(async (database) => {
        const report = await migrate(database.db);
        console.log(
          report.applied.length
            ? `applied: ${report.applied.join(', ')}`
            : `up to date (${report.alreadyApplied} migrations)`,
        );
      }, CREATES_DATABASE),
    );
  db.command('seed')
    .description(
      'load the demo agencies, users, sharing groups, alerts and a small synthetic tracing world into an empty database',
    )
    .option(
      '--scale <records>',
      'make this many synthetic A&D records in realistic chains (default DEMO_AD_RECORDS, 5000)',
      positiveInt,
    )
    .option('--seed <n>', 'random seed of --scale (same seed, same data)', positiveInt, 1968)
    .option(
      '--traces <n>',
      'then request traces of this many seeded recoveries, each by its recovering agency (real chain walks; default DEMO_TRACES without --scale)',
      positiveInt,
    )
    .action((options: { scale?: number; seed: number; traces?: number }) =>
      withDatabase(async (database, config) => {
        await seedChemicals(database.db);
        const report = await seedDemo(database.db, { production: config.nodeEnv === 'production' });
        console.log(
          report.seeded
            ? `seeded ${report.agencies} agencies and ${report.users} users`
            : 'database already has agencies; nothing seeded',
        );
        // Without --scale, a new demo database gets the synthetic tracing world a first `rastro serve` gives it
        // (DEMO_AD_RECORDS, DEMO_TRACES; server/db/seed/demoWorld.ts).
        const part =
          options.scale === undefined
            ? syntheticPart(report.seeded, config.demoAdRecords, config.demoTraces)
            : { adRecords: options.scale, traces: 0 };
        if (part.adRecords) await seedScaleFromCli(database, part.adRecords, options.seed);
        const traces = options.traces ?? part.traces;
        if (traces) await traceSeededFromCli(database, traces);
      }, CREATES_DATABASE),
    );

  db.command('vacuum')
    .description(
      'reclaim dead rows and refresh statistics of every table (the embedded database has no autovacuum; stop the server first)',
    )
    .action(() =>
      withDatabase(async (database) => {
        const bar = progressBar('vacuum');
        const tables = await vacuumTables(database.db, (done, total) => bar.update(done, total));
        bar.done();
        const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
        // The tables worth a line: small ones only gain their free-space and visibility maps.
        for (const t of tables.filter((t) => t.bytesBefore >= 1_048_576 || t.ms >= 1000))
          console.log(`${t.table}: ${mb(t.bytesBefore)} → ${mb(t.bytesAfter)} MB in ${t.ms} ms`);
        const before = tables.reduce((sum, t) => sum + t.bytesBefore, 0);
        const after = tables.reduce((sum, t) => sum + t.bytesAfter, 0);
        console.log(`vacuumed ${tables.length} tables: ${mb(before)} → ${mb(after)} MB`);
      }),
    );

  const users = program.command('users').description('user accounts');
  users
    .command('create')
    .description('create a user (and its agency when --agency-name and --country are given)')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name')
    .requiredOption(
      '--role <role>',
      'analyst | investigator | tracing_officer | regulator | agency_admin | auditor | system_admin',
    )
    .requiredOption('--agency <code>', 'agency code, e.g. MX-FGR')
    .option('--agency-name <name>', 'create the agency with this name if it does not exist')
    .option('--country <country>', 'MX | US | CA, for a new agency')
    .option('--kind <kind>', `kind of a new agency: ${AGENCY_KINDS.join(' | ')} (default secretariat)`)
    .option('--locale <locale>', 'en | es | fr', 'en')
    .option(
      '--password-stdin',
      'read the password from standard input (otherwise one is generated and printed once)',
    )
    .action(async (options: Record<string, string | boolean | undefined>) => {
      const password = options.passwordStdin ? await readStdin() : undefined;
      const parsed = createUserOptions.safeParse({ ...options, password });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`);
        process.exitCode = 2;
        return;
      }
      await withDatabase(async (database) => {
        const result = await createUserFromCli(database, parsed.data);
        console.log(`created user ${parsed.data.email} (${result.userId})`);
        if (result.password) console.log(`password (shown once): ${result.password}`);
      });
    });

  const tokens = program.command('tokens').description('API tokens');
  tokens
    .command('create')
    .description('create an API token for a user; prints it once')
    .requiredOption('--user <email>', 'the user the token acts as')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--scopes <scopes>', 'comma-separated: read,write', 'read')
    .option('--expires-days <days>', 'days until it expires (1-365)', positiveInt, 90)
    .action(async (options: { user: string; name: string; scopes: string; expiresDays: number }) => {
      const scopes = options.scopes.split(',').map((s) => s.trim());
      const wrong = [
        ...(scopes.some((s) => s !== 'read' && s !== 'write') ? ['--scopes must be read and/or write'] : []),
        ...(options.expiresDays > 365 ? ['--expires-days must be at most 365'] : []),
      ];
      if (wrong.length) {
        for (const message of wrong) console.error(message);
        process.exitCode = 2;
        return;
      }
      await withDatabase(async (database) => {
        const user = await database.db
          .selectFrom('users')
          .select(['id', 'agency_id'])
          .where('email', '=', options.user.toLowerCase())
          .executeTakeFirst();
        if (!user) throw new Error(`no user with email ${options.user}`);
        const { token, row } = await createToken(
          database.db,
          { userId: user.id, agencyId: user.agency_id, ip: null, requestId: 'cli' },
          {
            userId: user.id,
            agencyId: user.agency_id,
            name: options.name,
            scopes: scopes as ('read' | 'write')[],
            expiresInDays: options.expiresDays,
          },
        );
        console.log(`token (shown once): ${token}`);
        console.log(`expires ${row.expires_at.toISOString()}, scopes ${row.scopes.join(',')}`);
      });
    });

  program
    .command('screen')
    .description(
      'screen a shipment manifest (CSV or XLSX); report to --out or stdout, summary on stderr; exit 1 if any line has errors, 2 if the file cannot be read',
    )
    .argument('<manifest>', 'manifest.csv or manifest.xlsx')
    .option('--format <format>', 'csv | json', 'csv')
    .option('--out <file>', 'write the report here instead of stdout')
    .option('--agency <code>', 'use this agency’s watch list and consignee history, e.g. US-CBP')
    .option('--record', 'add the quantities to the agency’s consignee history (needs --agency)')
    .option('--locale <locale>', 'en | es | fr', 'en')
    .action(async (manifest: string, options: Parameters<typeof screenManifestCli>[1]) => {
      process.exitCode = await screenManifestCli(manifest, options);
    });

  const audit = program.command('audit').description('audit trail');
  audit
    .command('verify')
    .description('recompute the hash chains and report the first broken link (exit 1 if any)')
    .action(() =>
      withDatabase(async (database) => {
        const bar = progressBar('verifying audit trail');
        const report = await verifyAuditChain(database.db, (done, total) => bar.update(done, total));
        bar.done();
        if (report.firstBreak) {
          const b = report.firstBreak;
          console.error(
            `BROKEN: audit chain ${b.chain} at sequence ${b.seq}${b.id ? ` (audit_events.id ${b.id})` : ''}: ${b.reason.replaceAll('_', ' ')}`,
          );
          process.exitCode = 1;
        } else {
          console.log(`audit trail intact: ${report.rowsChecked} rows in ${report.chains} chains`);
        }
      }),
    );
  program.addCommand(notificationCommands());
  return program;
}

export async function runCli(argv: string[]) {
  try {
    loadConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
