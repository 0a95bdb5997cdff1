/** What the server-rendered pages are given: the same services the API uses, plus browser sessions. */
import type { Services } from '../services.ts';
import type { DocumentDeps } from '../modules/documents/index.ts';
import type { Config } from '../config.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/database.ts';
import type { WebSessions } from '../platform/http/web-sessions.ts';
import type { Logger } from '../platform/logger.ts';
import type { CommandRunner } from '../platform/commands/command-runner.ts';

export interface WebDeps {
  db: Db;
  clock: Clock;
  config: Config;
  logger: Logger;
  services: Services;
  sessions: WebSessions;
  /** Runs use cases (the same runner the API routes use). */
  commands: CommandRunner;
  /** Call after a command commits, so the job worker picks up its events at once. */
  afterCommit: () => void;
}

/** The documents module's dependencies (also enough for reading signed results), from the services the pages are given. */
export function documentDeps(deps: WebDeps): DocumentDeps {
  const s = deps.services;
  return { db: deps.db, clock: deps.clock, config: deps.config, agencies: s.agencies, procedures: s.procedures, audit: s.audit, files: s.files, signers: s.signers, ocr: s.ocr, dossiers: s.dossiers };
}
