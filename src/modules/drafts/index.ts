/** The drafts module's public surface: citizens' unfinished online submissions. */
export { startDraft, type StartDraftInput } from './commands/start-draft.ts';
export { saveDraft } from './commands/save-draft.ts';
export { deleteDraft } from './commands/delete-draft.ts';
export { submitDraft, type SubmitDraftDeps, type SubmitDraftInput, type SubmittedDraft } from './commands/submit-draft.ts';
export { prefillFor, identityPrefill, type IdentityClaims, type Prefill, type PrefillSource } from './queries/prefill.ts';
export { findOwnedDraft, listOpenDrafts, findOpenDraft, type DraftRow } from './queries/owned-drafts.ts';
export { DraftComponent, DraftComponents, type DraftChanges, type DraftOwner } from './drafts.schemas.ts';
