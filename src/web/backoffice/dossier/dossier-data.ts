/**
 * Everything the officer's dossier page shows: the dossier's own figures (the
 * dossiers module's page query: the audited full view, time left, step
 * budgets, opinions, supplement completions, assignees, agencies, the e-form,
 * signed results) and its files and digitisations (the documents module's).
 */
import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../../platform/i18n/index.ts';
import { getDossierDocuments } from '../../../modules/documents/index.ts';
import { dossierPageFigures, type DossierPageFigures } from '../../../modules/dossiers/index.ts';
import { documentDeps, type WebDeps } from '../../web-deps.ts';
import type { Officer } from '../officer-session.ts';

export type { DossierPageView, StepUse, SupplementCompletion } from '../../../modules/dossiers/index.ts';
export type DossierDocuments = Awaited<ReturnType<typeof getDossierDocuments>>;

export interface DossierPageData extends DossierPageFigures {
  documents: DossierDocuments;
}

export async function loadDossierPage(deps: WebDeps, request: FastifyRequest, officer: Officer, idOrCode: string, locale: Locale): Promise<DossierPageData> {
  const figures = await dossierPageFigures(deps.services.dossiers, officer.actor, idOrCode, locale, request.id);
  const documents = await getDossierDocuments(documentDeps(deps), officer.actor, figures.view.id);
  return { ...figures, documents };
}
