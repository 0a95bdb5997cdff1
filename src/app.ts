/**
 * The composition root: configuration, database, services, job runner and HTTP
 * routes are built here and nowhere else. Modules receive what they need as
 * explicit dependencies, so tests and the CLI build the same system.
 */
import fs from 'node:fs';
import type { Config } from './config.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import { openDatabase, openReportReader, type Database } from './platform/db/database.ts';
import { partitionMaintenance } from './platform/db/partitions.ts';
import { migrate } from './platform/db/migrator.ts';
import { createHttpServer, type App } from './platform/http/server.ts';
import { guardApiRoutes } from './platform/http/route-access.ts';
import { installRateLimits, limitOfRoute } from './platform/http/rate-limit.ts';
import { JobRunner } from './platform/jobs/job-runner.ts';
import { configureUploadChecks } from './platform/workers/upload-checks.ts';
import { createLogger, type Logger } from './platform/logger.ts';
import { createCommandRunner, type CommandRunner } from './platform/commands/command-runner.ts';
import { hasAnyAgency } from './modules/agencies/index.ts';
import { registerAgencyRoutes } from './modules/agencies/routes.ts';
import { auditAnchorJob, createAnchorPublisher } from './modules/audit/index.ts';
import { registerAuditRoutes } from './modules/audit/routes.ts';
import { registerCalendarRoutes } from './modules/calendar/routes.ts';
import { registerCatalogRoutes } from './modules/catalog/routes.ts';
import { deadlineScan } from './modules/dossiers/index.ts';
import { registerDossierRoutes } from './modules/dossiers/routes.ts';
import { actorOf } from './modules/identity/index.ts';
import { registerIdentityRoutes } from './modules/identity/routes.ts';
import { registerOperationsRoutes } from './modules/operations/routes.ts';
import { registerWorkflowRoutes } from './modules/workflow/routes.ts';
import { seedDemo, type DemoSummary } from './demo/seed-demo.ts';
import { notificationJobs } from './modules/notifications/index.ts';
import { readScanJob } from './modules/documents/index.ts';
import { registerDocumentRoutes } from './modules/documents/routes.ts';
import { signResultsJob } from './modules/signing/index.ts';
import { registerSigningRoutes } from './modules/signing/routes.ts';
import { registerVerifyPages } from './web/public/verify-page.ts';
import { htmlNotFound, registerWeb } from './web/index.ts';
import { WebSessions } from './platform/http/web-sessions.ts';
import { buildDocumentServices, buildServices, type Services } from './services.ts';

export { buildDocumentServices, buildServices, type CoreServices, type DocumentServices, type Services } from './services.ts';

export const version = (JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface AppOptions {
  clock?: Clock;
  /** An already open database (tests); otherwise opened from the configuration. */
  database?: Database;
  logger?: Logger;
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
  /** Runs use cases: one transaction, audit and outbox through the context (tests and the CLI use it too). */
  commands: CommandRunner;
  /** Present when this start loaded the demo data. */
  demo: DemoSummary | undefined;
  close(): Promise<void>;
}

export function databaseTarget(config: Config) {
  return config.database.kind === 'postgresql'
    ? { kind: 'postgresql' as const, url: config.database.url, poolMax: config.database.poolMax, timeouts: config.database.timeouts }
    : { kind: 'pglite' as const, dataDir: config.database.dataDir };
}

export async function createApp(config: Config, opts: AppOptions = {}): Promise<Motcua> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const clock = opts.clock ?? systemClock;
  const database = opts.database ?? (await openDatabase(databaseTarget(config)));
  // Reports and dashboards read from the streaming replica when one is configured (ADR 0026).
  const reports = openReportReader(database, config.reportReplicaUrl);
  try {
    const applied = await migrate(database);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    const services: Services = { ...buildServices(database, config, clock, reports.db), ...(await buildDocumentServices(database, config, clock)) };
    const wantDemo = config.demoData === 'always' || (config.demoData === 'auto' && config.env !== 'production');
    let demo: DemoSummary | undefined;
    const seedOnce = async (): Promise<void> => {
      if (await hasAnyAgency(database.db)) return;
      if (config.env === 'production') throw new Error('Refusing to load demo data in production (MOTCUA_DEMO_DATA=always with MOTCUA_ENV=production).');
      demo = await seedDemo(database.db, services.agencies, logger);
    };
    // Processes started together on an empty PostgreSQL database: one seeds while the others wait on
    // this lock (held by the raw transaction's connection), then find the agencies and skip.
    if (wantDemo && database.kind === 'postgresql') await database.rawTransaction(async (query) => void (await query('SELECT pg_advisory_xact_lock(1836020836)'), await seedOnce()));
    else if (wantDemo) await seedOnce();
    await services.agencies.reload();

    const documentDeps = { db: database.db, clock, config, agencies: services.agencies, procedures: services.procedures, audit: services.audit, files: services.files, signers: services.signers, ocr: services.ocr, dossiers: services.dossiers };
    const jobs = [deadlineScan, partitionMaintenance, signResultsJob(documentDeps), ...notificationJobs(documentDeps), auditAnchorJob({ store: services.files.store, secretKey: services.secretKey, publisher: config.auditAnchor ? createAnchorPublisher(config.auditAnchor) : undefined }), ...(services.ocr ? [readScanJob({ files: services.files, ocr: services.ocr, audit: services.audit })] : [])];
    const runner = new JobRunner(database.db, clock, logger.child({ role: 'worker' }), jobs);
    const wakeJobs = (): void => runner.wake();
    const commands = createCommandRunner({ db: database.db, clock, audit: services.audit, afterCommit: wakeJobs });
    // Heavy upload checks run in worker threads under these limits (ADR 0020); started now, not on the first upload.
    configureUploadChecks({ size: config.uploadCheck.workers, timeoutMs: config.uploadCheck.timeoutMs, memoryMb: config.uploadCheck.memoryMb });
    const http = await createHttpServer({ logger, version, publicUrl: config.publicUrl, uploadMaxBytes: config.uploadMaxBytes, shutdownTimeoutMs: config.shutdownTimeoutMs, htmlNotFound, trustProxy: config.trustProxy, hsts: config.env === 'production', isRateLimited: (method, url) => limitOfRoute(method, url) !== undefined });
    // Before any route: API routes need a caller unless marked public, and the limits of rate-limit.ts attach by URL (ADR 0019).
    guardApiRoutes(http, actorOf);
    await installRateLimits(http, { db: database.db, clock, settings: config.rateLimits });
    const sessions = new WebSessions(database.db, clock, { idleMinutes: config.web.sessionIdleMinutes, absoluteHours: config.web.sessionMaxHours, secure: config.publicUrl.startsWith('https:') });
    const deps = { db: database.db, clock, commands, ...services };
    registerIdentityRoutes(http, { ...deps, loginPolicy: config.login });
    registerOperationsRoutes(http, { database, clock, version, commands });
    registerAgencyRoutes(http, deps);
    registerCalendarRoutes(http, deps);
    registerCatalogRoutes(http, deps);
    registerWorkflowRoutes(http, deps);
    registerDossierRoutes(http, { ...services.dossiers, commands });
    registerAuditRoutes(http, deps);
    registerDocumentRoutes(http, { ...documentDeps, commands });
    registerSigningRoutes(http, { ...documentDeps, commands, uploadMaxBytes: config.uploadMaxBytes });
    registerVerifyPages(http, { ...documentDeps, uploadMaxBytes: config.uploadMaxBytes });
    await registerWeb(http, { db: database.db, clock, config, logger, services, sessions, commands, afterCommit: wakeJobs });
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
      commands,
      demo,
      async close() {
        await runner.stop();
        await http.close();
        await services.ocr?.close();
        await reports.close();
        if (!opts.database) await database.close();
      },
    };
  } catch (err) {
    await reports.close();
    if (!opts.database) await database.close();
    throw err;
  }
}
