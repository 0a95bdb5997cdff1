// The action log is the truth about a dossier (DOMAIN §4.10): folding it with deriveState must give
// back the cached row, every column of it, and the log itself must be a gap-free chain of moves.
import { expect } from 'vitest';
import { deriveState } from '../../src/modules/dossiers/index.ts';
import * as dossierRepo from '../../src/modules/dossiers/dossier.repo.ts';
import type { TestApp } from '../support/test-app.ts';

export interface DerivableOptions {
  /**
   * Columns a periodic job may change without an action. Only the deadline-scan test passes
   * ['risk', 'updatedAt'], after running the scan; everywhere else every column must match.
   */
  ignore?: string[];
}

/** Asserts that the log reproduces the cached row; returns the row for further checks. */
export async function assertDerivable(t: TestApp, id: string, opts: DerivableOptions = {}) {
  const db = t.app.database.db;
  const row = await dossierRepo.findDossier(db, id);
  if (!row) throw new Error(`dossier ${id} not found`);
  const actions = await dossierRepo.listActions(db, id);

  expect(actions.map((a) => a.seq), 'the log is numbered 1..n without gaps').toEqual(actions.map((_, i) => i + 1));
  expect(row.actionCount, 'actionCount = length of the log').toBe(actions.length);
  for (let i = 1; i < actions.length; i++) {
    const [before, after] = [actions[i - 1]!, actions[i]!];
    expect(after.fromState, `action ${after.seq} starts where ${before.seq} ended`).toBe(before.toState);
    expect(after.fromStep, `action ${after.seq} step chain`).toBe(before.toStep);
  }
  expect(actions.at(-1)?.toState, 'last action leads to the current state').toBe(row.state);
  expect(actions.at(-1)?.toStep, 'last action leads to the current step').toBe(row.step);

  const derived = deriveState(actions) as Record<string, unknown>;
  const cached = row as Record<string, unknown>;
  expect(Object.keys(cached).filter((k) => !(k in derived)), 'columns the log never mentions').toEqual([]);
  const ignore = new Set(opts.ignore ?? []);
  for (const key of Object.keys(cached)) {
    if (ignore.has(key)) continue;
    expect(derived[key], `derived ${key}`).toEqual(cached[key]);
  }
  return row;
}
