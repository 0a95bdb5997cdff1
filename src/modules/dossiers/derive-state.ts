/**
 * The dossier's state is derived from its action log: every action records the
 * fields it changed, so folding the log from the submission reproduces the
 * cached row (tests check this on every lifecycle path). The one exception is
 * the `risk` flag (and `updated_at`) that the deadline scan sets between
 * actions: a flag about time passing, not a step of the case.
 */
import type { ActionRow, DossierRow } from './dossier.rows.ts';

const dateFields = new Set([
  'submittedAt', 'intakeDueAt', 'receivedAt', 'transferDueAt', 'originalDueAt', 'currentDueAt',
  'stepStartedAt', 'stepDueAt', 'pausedSince', 'finishedAt', 'returnedAt', 'queueDueAt', 'warnAt', 'alertAt',
  'createdAt', 'updatedAt',
]);

export function serialiseChanges(changes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
}

function reviveChanges(changes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(changes).map(([k, v]) => [k, dateFields.has(k) && typeof v === 'string' ? new Date(v) : v]),
  );
}

/** Folds the log. Returns the fields of the dossier row that the log determines. */
export function deriveState(actions: ActionRow[]): Partial<DossierRow> {
  let state: Partial<DossierRow> = {};
  for (const a of actions) {
    const changes = (a.payload as { changes?: Record<string, unknown> }).changes ?? {};
    state = { ...state, ...reviveChanges(changes), actionCount: a.seq, updatedAt: a.at };
  }
  return state;
}
