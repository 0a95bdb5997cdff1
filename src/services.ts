/**
 * The services every part of the system shares (directories, stores, the audit
 * log, files, signing keys, OCR), built once by the composition root. Kept
 * apart from app.ts so the web layer can name their types without importing
 * the composition root that imports it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import type { Clock } from './platform/clock.ts';
import type { Database, Db } from './platform/db/database.ts';
import { secretKeySource, type SecretKeySource } from './platform/crypto/secret-key.ts';
import { checkFonts } from './platform/pdf/fonts.ts';
import { createOcrEngine, type OcrEngine } from './platform/ocr/index.ts';
import { createLocalFileStore, createS3FileStore, type FileStore } from './platform/storage/index.ts';
import { AgencyDirectory } from './modules/agencies/index.ts';
import { createAuditLog, type AuditLog } from './modules/audit/index.ts';
import { CalendarService } from './modules/calendar/index.ts';
import { ProcedureStore } from './modules/catalog/index.ts';
import type { DossierDeps } from './modules/dossiers/index.ts';
import { Authenticator } from './modules/identity/index.ts';
import { WorkflowStore } from './modules/workflow/index.ts';
import { FileService, listDossierFiles, validItemsOfTypes } from './modules/documents/index.ts';
import { createSigningKeys, type SigningKeys } from './modules/signing/index.ts';

export interface DocumentServices {
  files: FileService;
  signers: SigningKeys;
  ocr: OcrEngine | null;
}

export type Services = CoreServices & DocumentServices;

export interface CoreServices {
  agencies: AgencyDirectory;
  procedures: ProcedureStore;
  workflows: WorkflowStore;
  calendars: CalendarService;
  audit: AuditLog;
  authenticator: Authenticator;
  dossiers: DossierDeps;
  /** Seals and opens secrets at rest; a key file is read or made on first use only. */
  secretKey: SecretKeySource;
  /** Where reports and dashboards read: a read-only streaming replica when configured, else the primary (ADR 0026). */
  reports: Db;
}

/** The configured file store alone (the CLI's backup, restore and audit commands need no signing keys or OCR). */
export function fileStoreOf(config: Config): FileStore {
  const s = config.storage;
  if (s.kind === 'local') return createLocalFileStore(s.dir);
  return createS3FileStore({ ...(s.endpoint ? { endpoint: s.endpoint } : {}), region: s.region, bucket: s.bucket, accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey, forcePathStyle: Boolean(s.endpoint), prefix: s.prefix });
}

/** The document machinery: storage, signing keys and OCR. Missing fonts or keys stop start-up here, with a clear message. */
export async function buildDocumentServices(database: Database, config: Config, clock: Clock): Promise<DocumentServices> {
  checkFonts();
  const tmpDir = path.join(config.dataDir, 'tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  return {
    files: new FileService(database.db, fileStoreOf(config), tmpDir),
    // The development PKI lives in the database, its private keys sealed under the secret key (ADR 0022).
    signers: await createSigningKeys(config.signing, clock, { db: database.db, secretKey: secretKeySource(config.secretKey) }),
    ocr: config.ocrWorkers > 0 ? createOcrEngine({ workers: config.ocrWorkers }) : null,
  };
}

export function buildServices(database: Database, config: Config, clock: Clock, reports?: Db): CoreServices {
  const db = database.db;
  const agencies = new AgencyDirectory(db, { mechanicalFallback: config.agencyCodeFallback === 'mechanical' });
  const procedures = new ProcedureStore();
  const workflows = new WorkflowStore();
  const calendars = new CalendarService(db, agencies, config.deadlines);
  const audit = createAuditLog(config.auditChains);
  const authenticator = new Authenticator(db, clock, agencies);
  return {
    agencies,
    procedures,
    workflows,
    calendars,
    audit,
    authenticator,
    dossiers: { db, clock, config, agencies, procedures, workflows, calendars, audit, papers: { listDossierFiles, validItemsOfTypes } },
    secretKey: secretKeySource(config.secretKey),
    reports: reports ?? db,
  };
}

