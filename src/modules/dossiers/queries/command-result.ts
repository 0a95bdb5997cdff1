/**
 * What a write answers: the dossier's new summary and version, computed from
 * the row already in hand — no extra queries on the write path, and small
 * enough to be stored as the idempotent replay.
 */
import type { Executor } from '../../../platform/db/database.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { presentSummary } from '../dossier.presenter.ts';
import type { DossierRow } from '../dossier.repo.ts';

export async function commandResult(db: Executor, deps: DossierDeps, row: DossierRow, seq: number, locale: Locale) {
  const [version, agencies] = await Promise.all([deps.procedures.versionById(db, row.procedureVersionId), deps.agencies.current()]);
  const ctx = { locale, agencies, refusalSyncStatus: deps.config.refusalSyncStatus, now: deps.clock.now() };
  return {
    ...presentSummary(row, ctx, version?.procedure.name),
    version: row.actionCount,
    seq,
    paymentState: row.paymentState,
    deliveryState: row.deliveryState,
  };
}
