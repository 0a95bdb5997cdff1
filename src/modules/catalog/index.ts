/** The catalogue module's public surface. */
export { ProcedureStore, type LoadedVersion } from './procedure-store.ts';
export { validateFormData, visibleFields, conditionHolds } from './eform.ts';
export { engineUnit, legalLimitMinutes, legalLimitText } from './legal-limit.ts';
export { foldVietnamese, queryTokens } from './search-text.ts';
export { draftProcedureVersion } from './commands/draft-procedure-version.ts';
export { publishProcedureVersion } from './commands/publish-procedure-version.ts';
export * from './catalog.schemas.ts';
export { registerCatalogRoutes, type CatalogRouteDeps } from './http.ts';
export { presentProcedure, ProcedureView } from './catalog.presenter.ts';
