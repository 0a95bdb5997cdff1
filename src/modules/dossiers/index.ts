/** The dossiers module's public surface. */
export { registerDossierRoutes, type DossierRouteDeps } from './http.ts';
export { submitDossier } from './commands/submit-dossier.ts';
export { actOnDossier } from './commands/act-on-dossier.ts';
export { deriveState } from './derive-state.ts';
export { getDossier } from './queries/get-dossier.ts';
export { lookupPublic } from './queries/public-lookup.ts';
export { deadlineScan } from './jobs/deadline-scan.ts';
export type { DossierDeps } from './dossier.deps.ts';
export { ActionInput } from './action-inputs.ts';
export { SubmitDossierInput } from './dossier.schemas.ts';
export { maskName } from './dossier.presenter.ts';
export { DossierCommandResult, DossierSummary, DossierView, PublicDossierView } from './dossier.views.ts';
export { formatDossierCode, formatResultCode, DOSSIER_CODE_RE } from './dossier-code.ts';
export * as dossierRepo from './dossier.repo.ts';
export { lockDossierRow } from './dossier-commit.repo.ts';
export { canSee } from './dossier.policy.ts';
export { findVisibleDossier } from './queries/get-dossier.ts';
