/** The audit module's public surface. */
export { createAuditLog } from './audit-log.ts';
export type { AuditContext, AuditLog, AuditProblem, AuditRecord, AuditVerification } from './audit-log.ts';
export { entityAuditEntries, type AuditEntryView } from './queries/entity-entries.ts';
export { auditLogCodec, type NewAuditRow } from './audit-codec.ts';
