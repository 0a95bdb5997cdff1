// Unit and integration tests next to the code (src/**) plus cross-module tests (test/**).
// Each test file gets its own database cloned from a migrated, seeded template built once
// (PGlite by default; PostgreSQL when TEST_DATABASE_URL is set).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', './test/support/plain-summary-reporter.ts'],
    env: { TZ: 'UTC' },
  },
});
