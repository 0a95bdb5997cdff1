/**
 * A dossier's own rows, for the modules built on top of it (documents,
 * signing, notifications, drafts) once they have decided the caller may see
 * the dossier (the row types they render from are in dossier.rows.ts); the
 * SQL stays in this module's repos.
 */
import type { Executor } from '../../../platform/db/database.ts';
import { findDossier, listActions, listComponents, listResults, listSupplements, lockDossierRow } from '../dossier.repo.ts';
import type { ActionRow, ComponentRow, DossierRow, ResultRow, SupplementRow } from '../dossier.rows.ts';
import { findResultByCode, findResultById, findResultBySha } from '../results.repo.ts';
import { dossierIdInScope, latestActionOfTypes, latestSupplementRound, receivedBetween, recentOwnerAnswers } from '../shared-reads.repo.ts';

export function readDossier(db: Executor, id: string): Promise<DossierRow | undefined> {
  return findDossier(db, id);
}

/** The dossier row locked until the end of the transaction: changes to its files and results queue behind each other. */
export function readDossierForUpdate(tx: Executor, id: string): Promise<DossierRow | undefined> {
  return lockDossierRow(tx, id);
}

export function readDossierActions(db: Executor, dossierId: string): Promise<ActionRow[]> {
  return listActions(db, dossierId);
}

export function readDossierComponents(db: Executor, dossierId: string): Promise<ComponentRow[]> {
  return listComponents(db, dossierId);
}

export function readDossierSupplements(db: Executor, dossierId: string): Promise<SupplementRow[]> {
  return listSupplements(db, dossierId);
}

export function readDossierResults(db: Executor, dossierId: string): Promise<ResultRow[]> {
  return listResults(db, dossierId);
}

/** One result by its code, its id or the SHA-256 of its signed file. */
export function findResult(db: Executor, by: { code: string } | { id: string } | { sha256: string }): Promise<ResultRow | undefined> {
  if ('code' in by) return findResultByCode(db, by.code);
  if ('id' in by) return findResultById(db, by.id);
  return findResultBySha(db, by.sha256);
}

/** The newest action of these types taken at or before the instant (a message quotes its reason). */
export function latestActionOf(db: Executor, dossierId: string, types: string[], notAfter: Date) {
  return latestActionOfTypes(db, dossierId, types, notAfter);
}

/** The newest supplement round of the stage requested at or before the instant: what was asked and why. */
export function latestSupplementOf(db: Executor, dossierId: string, stage: 'INTAKE' | 'PROCESSING', notAfter: Date) {
  return latestSupplementRound(db, dossierId, stage, notAfter);
}

/** The owner's latest dossiers (newest first) with their answers: the source of "enter data once" prefill. */
export function ownerRecentAnswers(db: Executor, owner: { ownerIdType: string; ownerId: string }, limit = 10) {
  return recentOwnerAnswers(db, owner, limit);
}

/** Dossiers an agency received in [from, to), in order of receipt, at most `limit` (the tracking book, Form 06). */
export function dossiersReceivedBetween(db: Executor, agencyId: string, period: { from: Date; to: Date }, limit: number): Promise<DossierRow[]> {
  return receivedBetween(db, agencyId, period.from, period.to, limit);
}

/** A condition for another module's query: its dossier_id column names a dossier one of these agencies has a part in. */
export const dossierInScope = dossierIdInScope;
