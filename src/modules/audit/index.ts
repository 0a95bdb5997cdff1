/** The audit module's public surface. */
export { createAuditLog } from './audit-log.ts';
export type { AuditContext, AuditLog, AuditProblem, AuditRecord, AuditVerification } from './audit-log.ts';
export { listEntityEntries, type NewAuditRow } from './audit.repo.ts';
