/** A dossier's files, digitisations and per-component reuse flags, for whoever may see the dossier. */
import { NotFoundError } from '../../../platform/errors.ts';
import { findVisibleDossier, readDossier, readDossierComponents } from '../../dossiers/index.ts';
import type { Actor } from '../../identity/index.ts';
import type { DocumentDeps } from '../documents.deps.ts';
import { presentDigitisation, presentFile } from '../documents.presenter.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { findDigitisation, findDossierFile, listDigitisations, listDossierFiles as listFiles, type DossierFileRow } from '../documents.repo.ts';
import type { StoredRef } from '../file-service.ts';

export async function getDossierDocuments(deps: DocumentDeps, actor: Actor, idOrCode: string) {
  const { id } = await findVisibleDossier(deps.dossiers, actor, idOrCode);
  const db = deps.db;
  const dossier = (await readDossier(db, id))!;
  const [version, components, files, digitisations] = await Promise.all([
    deps.procedures.versionById(db, dossier.procedureVersionId),
    readDossierComponents(db, id),
    listFiles(db, id),
    listDigitisations(db, id),
  ]);
  const stored = new Map<string, StoredRef | undefined>();
  for (const f of files) if (!stored.has(f.sha256)) stored.set(f.sha256, await deps.files.describe(f.sha256));
  const spec = new Map((version?.version.details.components ?? []).map((c) => [c.code, c]));
  const confirmed = new Set(digitisations.filter((d) => d.status === 'CONFIRMED').map((d) => d.componentCode));
  const componentViews = components.map((c) => ({
    code: c.code,
    name: c.name,
    required: c.required,
    provided: c.provided,
    digitised: confirmed.has(c.code) || c.reused,
    reusedFromWarehouse: c.reused,
    acceptsReuse: spec.get(c.code)?.acceptsReuse ?? false,
    documentType: spec.get(c.code)?.documentType ?? null,
  }));
  return {
    dossierId: id,
    code: dossier.code,
    hasDigitisedComponents: componentViews.some((c) => c.digitised),
    components: componentViews,
    files: files.map((f) => presentFile(f, stored.get(f.sha256))),
    digitisations: digitisations.map(presentDigitisation),
  };
}

/** The bytes of one of the dossier's files, after the same visibility check as the dossier. */
export async function openDossierFile(deps: DocumentDeps, actor: Actor, idOrCode: string, fileId: string) {
  const { id } = await findVisibleDossier(deps.dossiers, actor, idOrCode);
  const file = await findDossierFile(deps.db, id, fileId);
  if (!file) throw new NotFoundError('documents.fileNotFound');
  const stored = await deps.files.describe(file.sha256);
  return { fileName: file.fileName, contentType: stored?.contentType ?? 'application/octet-stream', size: stored?.size, stream: await deps.files.open(file.sha256), dossierId: id };
}

/** The officer-signed scan of a digitisation. */
export async function openDigitisation(deps: DocumentDeps, actor: Actor, digitisationId: string) {
  const row = await findDigitisation(deps.db, digitisationId);
  if (!row) throw new NotFoundError('documents.digitisationNotFound');
  await findVisibleDossier(deps.dossiers, actor, row.dossierId).catch(() => {
    throw new NotFoundError('documents.digitisationNotFound');
  });
  const stored = await deps.files.describe(row.signedSha256);
  return { fileName: `${row.code ?? `so-hoa-${row.componentCode}`}.pdf`, contentType: 'application/pdf', size: stored?.size, stream: await deps.files.open(row.signedSha256), dossierId: row.dossierId };
}

/** Every file of a dossier, oldest first, superseded ones included (for readers that have checked the dossier is theirs to see). */
export function listDossierFiles(db: Executor, dossierId: string): Promise<DossierFileRow[]> {
  return listFiles(db, dossierId);
}

export type { DossierFileRow };
