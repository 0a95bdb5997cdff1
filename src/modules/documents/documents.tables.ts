/**
 * Files, digitisation and the citizen data warehouse (kho), DOMAIN §8.
 *
 * Bytes live in the FileStore under their SHA-256 and are never overwritten;
 * these tables hold what the bytes are, whose they are and where they came
 * from. A warehouse item is never edited in place: a revoked or replaced
 * result changes its status and keeps the row (Decree 45/2020).
 */
import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { dossierIdRef } from '../dossiers/table-refs.ts';

const tstz = (name: string) => timestamp(name, { withTimezone: true });

/** One row per distinct content; many dossier files and warehouse items may point at it. */
export const storedFiles = pgTable('stored_files', {
  sha256: text('sha256').primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  contentType: text('content_type').notNull(),
  kind: text('kind').notNull(),
  pages: integer('pages'),
  createdAt: tstz('created_at').notNull().defaultNow(),
});

export type FileSource = 'UPLOAD' | 'SCAN' | 'KHO' | 'ERESULT';

/** A file attached to a dossier component (or to the dossier as a whole when `componentCode` is null). */
export const dossierFiles = pgTable(
  'dossier_files',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(dossierIdRef),
    componentCode: text('component_code'),
    sha256: text('sha256')
      .notNull()
      .references(() => storedFiles.sha256),
    fileName: text('file_name').notNull(),
    source: text('source').$type<FileSource>().notNull(),
    /** The warehouse item this file was taken from (source KHO). */
    warehouseItemId: uuid('warehouse_item_id'),
    addedBy: text('added_by').notNull(),
    addedByName: text('added_by_name').notNull(),
    addedAt: tstz('added_at').notNull(),
    /** Set when a later file replaces this one for the same component (e.g. after a supplement). */
    supersededAt: tstz('superseded_at'),
  },
  (t) => [
    index('dossier_files_dossier_idx').on(t.dossierId, t.componentCode),
    check('dossier_files_source_chk', sql`${t.source} IN ('UPLOAD', 'SCAN', 'KHO', 'ERESULT')`),
  ],
);

export type DigitisationStatus = 'OCR_PENDING' | 'AWAITING_CONFIRMATION' | 'OCR_FAILED' | 'CONFIRMED';

export interface ProposedMetadata {
  documentType?: string | undefined;
  documentNumber?: string | undefined;
  issuer?: string | undefined;
  issuedOn?: string | undefined;
  validFrom?: string | undefined;
  validTo?: string | undefined;
  ownerIdType?: string | undefined;
  ownerId?: string | undefined;
}

/** The four steps of TT 01/2023 Art. 7 for one paper component: scan+sign, extract, code, store. */
export const digitisations = pgTable(
  'digitisations',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(dossierIdRef),
    componentCode: text('component_code').notNull(),
    /** The scan as received, and the same scan signed by the officer (the one that is kept). */
    sourceSha256: text('source_sha256')
      .notNull()
      .references(() => storedFiles.sha256),
    signedSha256: text('signed_sha256')
      .notNull()
      .references(() => storedFiles.sha256),
    signedBy: text('signed_by').notNull(),
    signedByName: text('signed_by_name').notNull(),
    signedAt: tstz('signed_at').notNull(),
    status: text('status').$type<DigitisationStatus>().notNull(),
    ocrText: text('ocr_text'),
    /** The OCR text folded (lower case, no diacritics) for accent-insensitive search; see ADR 0011. */
    ocrFolded: text('ocr_folded'),
    ocrConfidence: integer('ocr_confidence'),
    ocrFailure: text('ocr_failure'),
    /** What OCR proposed, field by field with confidence and source snippet. */
    proposal: jsonb('proposal').$type<Record<string, unknown>>(),
    /** What the officer confirmed. */
    metadata: jsonb('metadata').$type<ProposedMetadata>(),
    code: text('code').unique(),
    n: integer('n').notNull(),
    confirmedBy: text('confirmed_by'),
    confirmedAt: tstz('confirmed_at'),
    warehouseItemId: uuid('warehouse_item_id'),
  },
  (t) => [
    unique('digitisations_n_uq').on(t.dossierId, t.n),
    index('digitisations_dossier_idx').on(t.dossierId),
    check(
      'digitisations_status_chk',
      sql`${t.status} IN ('OCR_PENDING', 'AWAITING_CONFIRMATION', 'OCR_FAILED', 'CONFIRMED')`,
    ),
  ],
);

export type WarehouseKind = 'ERESULT' | 'DIGITISED' | 'CERTIFIED_COPY';
export type WarehouseStatus = 'VALID' | 'REPLACED' | 'REVOKED';

/** The owner's data warehouse: one row per document the state holds for a person or organisation. */
export const warehouseItems = pgTable(
  'warehouse_items',
  {
    id: uuid('id').primaryKey(),
    ownerIdType: text('owner_id_type').notNull(),
    ownerId: text('owner_id').notNull(),
    kind: text('kind').$type<WarehouseKind>().notNull(),
    /** Matches a catalogue component's `documentType` (e.g. "giay-phep-buu-chinh"). */
    documentType: text('document_type').notNull(),
    title: text('title').notNull(),
    documentNumber: text('document_number'),
    issuer: text('issuer'),
    issuedOn: date('issued_on', { mode: 'string' }),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    sha256: text('sha256')
      .notNull()
      .references(() => storedFiles.sha256),
    status: text('status').$type<WarehouseStatus>().notNull(),
    /** Provenance: which system, dossier, reference (result or digitisation code) and officer. */
    sourceSystem: text('source_system').notNull(),
    sourceDossierId: uuid('source_dossier_id'),
    sourceRef: text('source_ref').notNull(),
    createdBy: text('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: tstz('created_at').notNull(),
    statusChangedAt: tstz('status_changed_at'),
  },
  (t) => [
    index('warehouse_items_owner_idx').on(t.ownerIdType, t.ownerId, t.documentType),
    unique('warehouse_items_source_uq').on(t.sourceSystem, t.sourceRef),
    check('warehouse_items_kind_chk', sql`${t.kind} IN ('ERESULT', 'DIGITISED', 'CERTIFIED_COPY')`),
    check('warehouse_items_status_chk', sql`${t.status} IN ('VALID', 'REPLACED', 'REVOKED')`),
  ],
);
