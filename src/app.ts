/**
 * The composition root: configuration, database, services, job runner and HTTP
 * routes are built here and nowhere else. Modules receive what they need as
 * explicit dependencies, so tests and the CLI build the same system.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import { openDatabase, type Database } from './platform/db/database.ts';
import { migrate } from './platform/db/migrator.ts';
import { createHttpServer, type App } from './platform/http/server.ts';
import { JobRunner } from './platform/jobs/job-runner.ts';
import { createLogger, type Logger } from './platform/logger.ts';
import { secretKeySource, type SecretKeySource } from './platform/crypto/secret-key.ts';
import { AgencyDirectory, hasAnyAgency, registerAgencyRoutes } from './modules/agencies/index.ts';
import { createAuditLog, registerAuditRoutes, type AuditLog } from './modules/audit/index.ts';
import { CalendarService, registerCalendarRoutes } from './modules/calendar/index.ts';
import { ProcedureStore, registerCatalogRoutes } from './modules/catalog/index.ts';
import { deadlineScan, registerDossierRoutes, type DossierDeps } from './modules/dossiers/index.ts';
import { Authenticator, registerIdentityRoutes } from './modules/identity/index.ts';
import { registerOperationsRoutes } from './modules/operations/http.ts';
import { registerWorkflowRoutes, WorkflowStore } from './modules/workflow/index.ts';
import { seedDemo, type DemoSummary } from './demo/seed-demo.ts';
import { notificationJobs } from './modules/notifications/index.ts';
import { FileService, readScanJob, registerDocumentRoutes } from './modules/documents/index.ts';
import { createSigningKeys, registerSigningRoutes, signResultsJob, type SigningKeys } from './modules/signing/index.ts';
import { registerVerifyPages } from './web/public/verify-page.ts';
import { htmlNotFound, registerWeb } from './web/index.ts';
import { WebSessions } from './platform/http/web-sessions.ts';
import { checkFonts } from './platform/pdf/fonts.ts';
import { createOcrEngine, type OcrEngine } from './platform/ocr/index.ts';
import { createLocalFileStore, createS3FileStore, type FileStore } from './platform/storage/index.ts';

export const version = (JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface AppOptions {
  clock?: Clock;
  /** An already open database (tests); otherwise opened from the configuration. */
  database?: Database;
  logger?: Logger;
}

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
}

export interface Motcua {
  config: Config;
  database: Database;
  logger: Logger;
  clock: Clock;
  http: App;
  runner: JobRunner;
  services: Services;
  /** Browser sessions of the portal and the back office. */
  sessions: WebSessions;
  /** Present when this start loaded the demo data. */
  demo: DemoSummary | undefined;
  close(): Promise<void>;
}

export function databaseTarget(config: Config) {
  return config.database.kind === 'postgresql'
    ? { kind: 'postgresql' as const, url: config.database.url, poolMax: config.database.poolMax }
    : { kind: 'pglite' as const, dataDir: config.database.dataDir };
}

function fileStoreOf(config: Config): FileStore {
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
    signers: await createSigningKeys(config.signing, clock),
    ocr: config.ocrWorkers > 0 ? createOcrEngine({ workers: config.ocrWorkers }) : null,
  };
}

export function buildServices(database: Database, config: Config, clock: Clock): CoreServices {
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
    dossiers: { db, clock, config, agencies, procedures, workflows, calendars, audit },
    secretKey: secretKeySource(config.secretKey),
  };
}

export async function createApp(config: Config, opts: AppOptions = {}): Promise<Motcua> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const clock = opts.clock ?? systemClock;
  const database = opts.database ?? (await openDatabase(databaseTarget(config)));
  try {
    const applied = await migrate(database);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    const services: Services = { ...buildServices(database, config, clock), ...(await buildDocumentServices(database, config, clock)) };
    const wantDemo = config.demoData === 'always' || (config.demoData === 'auto' && config.env !== 'production');
    let demo: DemoSummary | undefined;
    if (wantDemo && !(await hasAnyAgency(database.db))) {
      if (config.env === 'production') throw new Error('Refusing to load demo data in production (MOTCUA_DEMO_DATA=always with MOTCUA_ENV=production).');
      demo = await seedDemo(database.db, services.agencies, logger);
    }
    await services.agencies.reload();

    const documentDeps = { db: database.db, clock, config, agencies: services.agencies, procedures: services.procedures, audit: services.audit, files: services.files, signers: services.signers, ocr: services.ocr, dossiers: services.dossiers };
    const jobs = [deadlineScan, signResultsJob(documentDeps), ...notificationJobs(documentDeps), ...(services.ocr ? [readScanJob({ files: services.files, ocr: services.ocr })] : [])];
    const runner = new JobRunner(database.db, clock, logger.child({ role: 'worker' }), jobs);
    const wakeJobs = (): void => runner.wake();
    const http = await createHttpServer({ logger, version, publicUrl: config.publicUrl, uploadMaxBytes: config.uploadMaxBytes, htmlNotFound });
    const sessions = new WebSessions(database.db, clock, { idleMinutes: config.web.sessionIdleMinutes, absoluteHours: config.web.sessionMaxHours, secure: config.publicUrl.startsWith('https:') });
    const deps = { db: database.db, clock, ...services };
    registerIdentityRoutes(http, { ...deps, loginPolicy: config.login });
    registerOperationsRoutes(http, { database, clock, version, audit: services.audit, wakeJobs });
    registerAgencyRoutes(http, { ...deps, onHoursChanged: () => services.calendars.invalidate() });
    registerCalendarRoutes(http, deps);
    registerCatalogRoutes(http, deps);
    registerWorkflowRoutes(http, deps);
    registerDossierRoutes(http, { ...services.dossiers, afterCommit: wakeJobs });
    registerAuditRoutes(http, deps);
    registerDocumentRoutes(http, { ...documentDeps, afterCommit: wakeJobs });
    registerSigningRoutes(http, { ...documentDeps, afterCommit: wakeJobs, uploadMaxBytes: config.uploadMaxBytes });
    registerVerifyPages(http, { ...documentDeps, uploadMaxBytes: config.uploadMaxBytes });
    await registerWeb(http, { db: database.db, clock, config, logger, services, sessions, afterCommit: wakeJobs });
    await http.ready();

    return {
      config,
      database,
      logger,
      clock,
      http,
      runner,
      services,
      sessions,
      demo,
      async close() {
        await runner.stop();
        await http.close();
        await services.ocr?.close();
        if (!opts.database) await database.close();
      },
    };
  } catch (err) {
    if (!opts.database) await database.close();
    throw err;
  }
}
