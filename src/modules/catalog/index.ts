/** The catalogue module's public surface. */
export { ProcedureStore, type LoadedVersion } from './procedure-store.ts';
export { validateFormData, visibleFields, conditionHolds } from './eform.ts';
export { engineUnit, legalLimitMinutes, legalLimitText } from './legal-limit.ts';
export { foldVietnamese, queryTokens } from './search-text.ts';
export { draftProcedureVersion } from './commands/draft-procedure-version.ts';
export { publishProcedureVersion } from './commands/publish-procedure-version.ts';
export * from './catalog.schemas.ts';
export { presentProcedure, ProcedureView } from './catalog.presenter.ts';
export { updateDraftVersion, type DraftEdit } from './commands/update-draft-version.ts';
export { listProceduresForAdmin } from './catalog-admin.repo.ts';
export { findProcedureByCode, findVersion, listVersions, versionAgencies, type VersionRow } from './catalog.repo.ts';
export { draftNextVersion } from './commands/draft-next-version.ts';
export { catalogueFacets, procedureSummaries, type CatalogueFacets } from './browse.repo.ts';
export { listFields, searchProcedures, type SearchHit } from './catalog.repo.ts';
export { LIFE_EVENTS, FEATURED_PROCEDURES, type LifeEventTag } from './life-events.ts';
