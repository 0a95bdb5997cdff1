// Vitest for the mutation run (npm run test:mutation, stryker.config.ts): only the pure unit tests
// that sit next to the legal engines. No globalSetup — the engines touch no database, and building
// the template database for every one of Stryker's test runs would cost minutes for nothing.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/modules/calendar/engine/**/*.test.ts',
      'src/modules/identity/identifiers/**/*.test.ts',
      'src/modules/dossiers/dossier-code.test.ts',
      'src/modules/dossiers/working-time.test.ts',
    ],
    // Stryker instruments the code for coverage, and the machine is shared: the property tests need room.
    testTimeout: 30_000,
    env: { TZ: 'UTC' },
  },
});
