/** Small helpers shared by CLI commands: option parsing with --help, and opening the configured system. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadConfig, type Config } from '../config.ts';
import { systemClock } from '../platform/clock.ts';
import { createCommandRunner } from '../platform/commands/command-runner.ts';
import { openDatabase, type Database } from '../platform/db/database.ts';
import { migrate } from '../platform/db/migrator.ts';
import type { Ctx } from '../modules/identity/index.ts';

export class UsageError extends Error {}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, unknown>, positionals: string[]): Promise<number>;
}

export function parse(spec: CommandSpec, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: { ...spec.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${spec.usage}`);
  }
}

/**
 * Opens the configured database and migrates it; the caller closes it. `run`
 * runs a use case as the API does (one transaction, audit entries), acting as
 * the system named "cli" in grants and the audit trail.
 */
export async function openSystem(config: Config = loadConfig()) {
  // The composition root is loaded when a command needs the system, so `--help` stays quick.
  const { buildServices, databaseTarget } = await import('../app.ts');
  const { systemActor } = await import('../modules/identity/index.ts');
  const database: Database = await openDatabase(databaseTarget(config));
  await migrate(database);
  const services = buildServices(database, config, systemClock);
  const commands = createCommandRunner({ db: database.db, clock: systemClock, audit: services.audit });
  const run = <T>(useCase: (ctx: Ctx) => Promise<T>): Promise<T> => commands.run({ actor: { ...systemActor, id: 'cli' } }, useCase);
  return { config, database, services, run };
}

export function roleAtAgency(value: string): { role: string; agencyCode: string } {
  const m = /^([A-Z_]+)@([0-9A-Za-z.]+)$/.exec(value);
  if (!m) throw new UsageError(`"${value}" is not ROLE@AGENCY (for example SPECIALIST@H21.10)`);
  return { role: m[1]!, agencyCode: m[2]! };
}
