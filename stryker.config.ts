/**
 * Mutation testing of the legal engines (docs/mutation-testing.md): `npm run test:mutation`.
 * Stryker changes the code of the files in `mutate` one small edit at a time and runs their
 * colocated unit tests (vitest.mutation.config.ts); an edit no test notices is a survivor — a rule
 * that could silently change. test/mutation/check-mutation-score.ts then fails the run when a
 * listed file is below 90 % (logic mutants) or 80 % (all mutants).
 *
 * Loaded through tsx (see the package.json script), because the lint setup type-checks every
 * JavaScript file at the root and a .ts config is covered by tsconfig.json.
 */
import type { PartialStrykerOptions } from '@stryker-mutator/api/core';

/** The files whose rules decide a citizen's due date, an identifier's validity, and so on. Add new legal engines here (the checker reads this list) and their unit tests to vitest.mutation.config.ts. */
export const MUTATED_FILES = [
  'src/modules/calendar/engine/due-date.ts',
  'src/modules/calendar/engine/working-calendar.ts',
  'src/modules/identity/identifiers/personal-id.ts',
  'src/modules/identity/identifiers/tax-code.ts',
  'src/modules/dossiers/dossier-code.ts',
  'src/modules/dossiers/working-time.ts',
];

const config: PartialStrykerOptions = {
  mutate: MUTATED_FILES,
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // Every mutant runs, explanation text included: the total score counts them all. The checker
  // leaves the explanation-text mutants out of the logic score (test/mutation/explanation-text.ts
  // says which and why); equivalent mutants are disabled where they are, with a comment.

  // Each mutant runs only the tests that reach it: the run stays in minutes on two cores.
  coverageAnalysis: 'perTest',
  // The sandbox copy lives under tmp/, which git, tsc, eslint and vitest's main config all ignore,
  // so others' checks never pick up the copied sources while a run is going.
  tempDirName: 'tmp/stryker',
  ignorePatterns: ['/*', '!/src', '!/package.json', '!/tsconfig.json', '!/vitest.mutation.config.ts'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Incremental: the results of the last full run are kept in the repository, and a run re-tests only
  // the mutants whose code or covering tests changed since — so CI's run takes seconds when the
  // engines are untouched and minutes when they change (issue 22's budget). `npm run
  // test:mutation -- --force` (or deleting the file) re-runs everything; commit the updated file.
  incremental: true,
  incrementalFile: 'test/mutation/incremental.json',
  // The floors are per file and enforced by the checker, which runs after Stryker and prints the
  // table; Stryker's single overall threshold would stop the script before it.
  thresholds: { high: 90, low: 80, break: null },
  // At a desk one runner, to leave a core to others on a shared machine; in CI the machine is ours.
  concurrency: process.env.CI ? 2 : 1,
  timeoutMS: 10_000,
  cleanTempDir: 'always',
};

export default config;
