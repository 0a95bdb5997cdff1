/** The catalogue module's public surface. */
import './catalog.messages.ts'; // registers the module's message texts before anything renders them
export { ProcedureStore, type LoadedVersion } from './procedure-store.ts';
export type { CatalogDeps } from './catalog.deps.ts';
export { validateFormData, visibleFields, conditionHolds } from './eform.ts';
export { engineUnit, legalLimitMinutes, legalLimitText } from './legal-limit.ts';
export { foldVietnamese, queryTokens } from './search-text.ts';
export * from './catalog.schemas.ts';
export { presentProcedure, ProcedureView } from './catalog.presenter.ts';
export { LIFE_EVENTS, FEATURED_PROCEDURES, type LifeEventTag } from './life-events.ts';
// Commands
export { draftProcedureVersion } from './commands/draft-procedure-version.ts';
export { draftNextVersion } from './commands/draft-next-version.ts';
export { publishProcedureVersion, type PublishVersionDeps, type PublishVersionInput } from './commands/publish-procedure-version.ts';
export { publishVersionWithWorkflow } from './commands/publish-version-with-workflow.ts';
export { saveVersionEform } from './commands/save-version-eform.ts';
export { setVersionWorkflow, type VersionWorkflowInput } from './commands/set-version-workflow.ts';
export { seedDemoCatalogue } from './commands/seed-demo-catalogue.ts';
// Queries
export { searchProcedures, listFields, type SearchFilter, type SearchHit } from './queries/search-procedures.ts';
export { catalogueFacets, procedureSummaries, type CatalogueFacets } from './queries/browse-catalogue.ts';
export { listProceduresForAdmin, procedureVersions, versionForAdmin, type AdminVersionView, type ProcedureVersionsView } from './queries/procedures-for-admin.ts';
export { checkVersionWorkflow } from './queries/check-version-workflow.ts';
