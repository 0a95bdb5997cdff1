/**
 * The audit log's rows for a caller that writes them inside its own single
 * statement (the dossier commit, ADR 0005): the rows are still built by
 * `AuditLog.rows` and encoded by this codec, so the audit module alone says
 * what an entry is and how its columns are stored.
 */
import { tableCodec } from '../../platform/db/table-codec.ts';
import { auditLog } from './audit.tables.ts';

export type NewAuditRow = typeof auditLog.$inferInsert;

export const auditLogCodec = tableCodec(auditLog, 'audit_log');
