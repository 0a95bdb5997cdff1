/** The public look-up by dossier code: no sign-in, status and dates only, the owner's name masked. */
import { NotFoundError } from '../../../platform/errors.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { presentPublic } from '../dossier.presenter.ts';
import { findPublicDossier } from '../dossier-reads.repo.ts';

export async function lookupPublic(deps: DossierDeps, code: string, locale: Locale) {
  const row = await findPublicDossier(deps.db, code);
  if (!row) throw new NotFoundError('dossier.notFound');
  const [version, agencies] = await Promise.all([deps.procedures.versionById(deps.db, row.procedureVersionId), deps.agencies.current()]);
  return presentPublic(row, version?.procedure.name ?? '', { locale, agencies, refusalSyncStatus: deps.config.refusalSyncStatus, now: deps.clock.now() });
}
