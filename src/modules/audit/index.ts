/** The audit module's public surface. */
export { createAuditLog } from './audit-log.ts';
export type { AnchorDeps, AuditContext, AuditLog, AuditProblem, AuditRecord, AuditVerification } from './audit-log.ts';
export { entityAuditEntries, type AuditEntryView } from './queries/entity-entries.ts';
export { auditChainHeads, type ChainHeadView } from './queries/chain-heads.ts';
export { auditAnchorList, type AnchorView } from './queries/anchor-list.ts';
export { auditLogCodec, type NewAuditRow } from './audit-codec.ts';
export { anchorAuditHeads, AnchorNotDeliveredError, type AnchorOutcome, type AnchorWriterDeps } from './anchor-audit-heads.ts';
export { createAnchorPublisher, type AnchorPublisher } from './anchor-publisher.ts';
export { checkAnchorFile, type AnchorCheck } from './audit-anchor.ts';
export { auditAnchorJob, ANCHOR_EVERY_MS } from './jobs/anchor-heads-job.ts';
