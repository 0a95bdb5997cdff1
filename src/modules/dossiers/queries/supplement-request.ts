/**
 * What a supplement request asks of the applicant right now: the open round
 * (its items and reason), the components it names, and which of those already
 * have a replacement uploaded since the request — the "changed components" the
 * completion records for the officer — and the e-form answers it asks to
 * correct, with the answers as they stand so the applicant edits them rather
 * than retypes.
 */
import type { Executor } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Component, FormField } from '../../catalog/index.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { openSupplement } from '../dossier.repo.ts';
import type { DossierRow, SupplementRow } from '../dossier.rows.ts';
import { findOwnedDossier, type DossierOwner } from './owned-dossier.ts';

export interface SupplementState {
  actionType: 'complete_supplement' | 'complete_intake_supplement';
  round: SupplementRow;
  /** The catalogue components the request names, in the order asked. */
  asked: Component[];
  /** File name uploaded since the request, per asked component code. */
  uploaded: Map<string, string>;
  /** The e-form questions the request asks to correct (items with a fieldKey), in the order asked. */
  fields: FormField[];
  /** Every question of the e-form, to name one a correction affects that was not asked. */
  questions: FormField[];
  /** The dossier's answers as they stand. */
  answers: Record<string, unknown>;
}

/** The owner's dossier and what its open request asks. */
export interface SupplementRequest {
  dossier: DossierRow;
  state: SupplementState;
}

/** The open request, or 409 when the dossier is not waiting for the applicant. */
export async function supplementState(deps: DossierDeps, row: DossierRow, db: Executor = deps.db): Promise<SupplementState> {
  const stage = row.state === 'SUPPLEMENT_REQUESTED' ? 'PROCESSING' : row.state === 'INTAKE_SUPPLEMENT' ? 'INTAKE' : null;
  const round = stage ? await openSupplement(db, row.id, stage) : undefined;
  if (!stage || !round) throw new AppError(409, 'dossier.notWaitingForSupplement');
  const version = await deps.procedures.versionById(db, row.procedureVersionId);
  const catalogue = new Map((version?.version.details.components ?? []).map((c) => [c.code, c]));
  const codes = [...new Set(round.items.map((i) => i.componentCode).filter((c): c is string => !!c))];
  const asked = codes.map((c) => catalogue.get(c)).filter((c): c is Component => !!c);
  const questions = (version?.version.eformSchema.pages ?? []).flatMap((p) => p.fields);
  const keys = [...new Set(round.items.map((i) => i.fieldKey).filter((k): k is string => !!k))];
  const fields = keys.map((k) => questions.find((f) => f.name === k)).filter((f): f is FormField => !!f);
  const uploaded = new Map<string, string>();
  for (const f of await deps.papers.listDossierFiles(db, row.id)) {
    if (f.componentCode && codes.includes(f.componentCode) && f.supersededAt === null && f.addedAt >= round.requestedAt) uploaded.set(f.componentCode, f.fileName);
  }
  return { actionType: stage === 'PROCESSING' ? 'complete_supplement' : 'complete_intake_supplement', round, asked, uploaded, fields, questions, answers: row.formData };
}

/** The owner's dossier (404 when it is not theirs) and its open request (409 when none is open). */
export async function supplementRequest(deps: DossierDeps, owner: DossierOwner, dossierId: string): Promise<SupplementRequest> {
  const dossier = await findOwnedDossier(deps.db, owner, dossierId);
  return { dossier, state: await supplementState(deps, dossier) };
}
