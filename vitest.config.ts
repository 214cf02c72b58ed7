import { defineConfig } from 'vitest/config';

// One runner for every test: pure core tests, server integration tests (PGlite always,
// PostgreSQL too when TEST_DATABASE_URL is set) and browser tests in Chromium.
export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'server/**/*.test.ts', 'e2e/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
  },
});
