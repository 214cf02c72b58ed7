import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('accepts an empty environment with the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      logLevel: 'info',
      seedDemo: true,
      demoAdRecords: 5000,
      demoTraces: 400,
      cookieSecure: false,
    });
  });

  it('sizes the demo tracing world from DEMO_AD_RECORDS and DEMO_TRACES (0: none)', () => {
    expect(loadConfig({ DEMO_AD_RECORDS: '0', DEMO_TRACES: '20' })).toMatchObject({
      demoAdRecords: 0,
      demoTraces: 20,
    });
  });

  it('reads production defaults: no demo seed, secure cookies', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://u:p@db:5432/rastro',
      PORT: '8080',
    });
    expect(config).toMatchObject({
      nodeEnv: 'production',
      port: 8080,
      databaseUrl: 'postgresql://u:p@db:5432/rastro',
      seedDemo: false,
      cookieSecure: true,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['DEMO_AD_RECORDS', '-1'],
    ['DEMO_AD_RECORDS', '200000'],
    ['DEMO_AD_RECORDS', 'many'],
    ['DEMO_TRACES', '2.5'],
    ['DEMO_TRACES', '20000'],
  ])('rejects %s=%s naming the variable', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^${name}=${JSON.stringify(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
    );
  });

  it.each(['mysql://localhost/rastro', 'localhost:5432', 'http://db'])(
    'rejects DATABASE_URL=%s with a clear message',
    (value) => {
      const problems = problemsOf({ DATABASE_URL: value });
      expect(problems).toEqual([`DATABASE_URL="${value}": must start with postgres:// or postgresql://`]);
    },
  );

  it.each(['verbose', 'INFO', ' '])('rejects LOG_LEVEL=%j', (value) => {
    const problems = problemsOf({ LOG_LEVEL: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^LOG_LEVEL=/);
  });

  it('treats empty variables as unset (as container runtimes leave them)', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '', DATABASE_URL: '' })).toMatchObject({
      port: 3000,
      logLevel: 'info',
      databaseUrl: undefined,
    });
  });

  it('refuses SEED_DEMO=true in production', () => {
    const problems = problemsOf({ NODE_ENV: 'production', SEED_DEMO: 'true' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^SEED_DEMO=true: .*NODE_ENV=production/);
  });

  it('reports every bad variable at once, one line each', () => {
    const problems = problemsOf({
      PORT: 'x',
      LOG_LEVEL: 'loud',
      NODE_ENV: 'staging',
      BODY_LIMIT_BYTES: '10',
    });
    expect(problems.map((p) => p.split('=')[0]).sort()).toEqual([
      'BODY_LIMIT_BYTES',
      'LOG_LEVEL',
      'NODE_ENV',
      'PORT',
    ]);
    try {
      loadConfig({ PORT: 'x' });
    } catch (error) {
      expect((error as Error).message).toContain('Invalid configuration');
      expect((error as Error).message).toContain('PORT="x"');
    }
  });

  it('accepts the test environment used by createTestApp, also with NODE_ENV=production', () => {
    expect(
      loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', LOGIN_RATE_PER_MINUTE: '10000' }).nodeEnv,
    ).toBe('production');
  });
});
