/**
 * The dossiers module's public surface: its commands (use cases taking the
 * command context), its queries, the view and row types others render from,
 * and its job. Repos and tables stay private; other modules' foreign keys use
 * table-refs.ts.
 */
import './dossiers.messages.ts'; // registers the module's message texts before anything renders them

// Commands.
export { submitDossier } from './commands/submit-dossier.ts';
export { actOnDossier, type ActOnDossierInput, type ActResult } from './commands/act-on-dossier.ts';
export { startDeskIntake, type StartDeskIntakeInput } from './commands/start-desk-intake.ts';
export { saveDeskApplicant, type SaveDeskApplicantInput, type SaveDeskApplicantOutcome } from './commands/save-desk-applicant.ts';
export { lookUpDeskApplicant, type LookUpOutcome } from './commands/look-up-desk-applicant.ts';
export { decideDeskIntake, type DecideDeskIntakeInput, type DecideDeskIntakeOutcome } from './commands/decide-desk-intake.ts';
export { routeDeskIntake, type RouteDeskIntakeOutcome } from './commands/route-desk-intake.ts';
export { decideOnlineIntake, type DecideOnlineIntakeInput, type DecideOnlineIntakeOutcome } from './commands/decide-online-intake.ts';
export { completeSupplement, type CompleteSupplementInput, type CompleteSupplementOutcome } from './commands/complete-supplement.ts';
export { withdrawDossier } from './commands/withdraw-dossier.ts';
export { lockResultForChange, recordResultSignature, replaceIssuedResult, revokeIssuedResult, type ReplaceResultInput } from './commands/change-results.ts';
export { markComponentProvided } from './commands/mark-component-provided.ts';

// Queries.
export { findVisibleDossier, getDossier } from './queries/get-dossier.ts';
export { lookupPublic } from './queries/public-lookup.ts';
export { dossierPageFigures, type DossierPageFigures, type DossierPageView, type StepUse, type SupplementCompletion } from './queries/dossier-page.ts';
export { listOnlineIntake, type OnlineIntakeItem } from './queries/online-intake.ts';
export { deskHandlingToday, deskIntakeResult, deskIntakeView, deskOfOfficer, openDeskIntakes, type DeskIntakeResult, type DeskIntakeView } from './queries/desk-intake-view.ts';
export { findOwnedDossier, type DossierOwner } from './queries/owned-dossier.ts';
export { listOwnerDossiers, type OwnerDossierItem } from './queries/owner-dossiers.ts';
export { supplementRequest, supplementState, type SupplementRequest, type SupplementState } from './queries/supplement-request.ts';
export { procedureUsage } from './queries/procedure-usage.ts';
export { classifySearch, countOfficerQueues, officerQueues, queueKinds, queuePage, type OfficerQueues, type QueueKind, type QueuePageQuery, type QueueRow } from './queries/work-queues.ts';
export { overviewFigures, type OverviewFigures } from './queries/overview-figures.ts';
export { overviewDossiers, OVERVIEW_LIST_LIMIT, type OverviewListFilter } from './queries/overview-list.ts';
export { overviewRoles, overviewScope } from './queries/overview-scope.ts';
export {
  readDossier,
  readDossierForUpdate,
  readDossierActions,
  readDossierComponents,
  readDossierSupplements,
  readDossierResults,
  findResult,
  latestActionOf,
  latestSupplementOf,
  ownerRecentAnswers,
  dossiersReceivedBetween,
  dossierInScope,
} from './queries/dossier-records.ts';

// Jobs.
export { deadlineScan } from './jobs/deadline-scan.ts';

// Rules others apply, view types and schemas.
export { canSee } from './dossier.policy.ts';
export { deriveState } from './derive-state.ts';
export { maskName } from './dossier.presenter.ts';
export type { DossierCommandCtx, DossierDeps, DossierPapers } from './dossier.deps.ts';
export type { ActionRow, ComponentRow, DeskIntakeRow, DossierRow, ResultRow, SupplementRow } from './dossier.rows.ts';
export { ActionInput } from './action-inputs.ts';
export { Applicant, SubmitDossierInput } from './dossier.schemas.ts';
export { DossierCommandResult, DossierSummary, DossierView, PublicDossierView } from './dossier.views.ts';
export { overviewMeasures, type OverviewCounts, type OverviewListRow, type OverviewMeasure } from './overview.views.ts';
export { formatDossierCode, formatResultCode, DOSSIER_CODE_RE } from './dossier-code.ts';
