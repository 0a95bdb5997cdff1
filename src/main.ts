/**
 * The motcua command line (`npx motcua <command>`, and `npm start`).
 * Every command has --help; usage errors exit with code 2, failures with 1.
 */
import { ConfigError } from './config.ts';
import { SecretKeyError } from './platform/crypto/secret-key.ts';
import { DataDirLockedError } from './platform/db/lock-file.ts';
import { formsCommand } from './cli/forms-command.ts';
import { backupCommand } from './cli/backup-command.ts';
import { restoreCommand } from './cli/restore-command.ts';
import { auditCommand, calendarCommand, clientCommand, jobsCommand, migrateCommand, seedCommand, userCommand } from './cli/admin-commands.ts';
import { parse, UsageError, type CommandSpec } from './cli/cli-kit.ts';
import { startCommand } from './cli/start.ts';

const commands: CommandSpec[] = [startCommand, migrateCommand, seedCommand, userCommand, clientCommand, calendarCommand, auditCommand, jobsCommand, formsCommand, backupCommand, restoreCommand];

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'motcua — Hệ thống thông tin giải quyết thủ tục hành chính',
    '',
    'Usage: motcua <command> [options]      (motcua <command> --help for details)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Configuration comes from environment variables; see README.md.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${overview()}\n`);
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) throw new UsageError(`Unknown command "${name}".\n\n${overview()}`);
  const { values, positionals } = parse(command, rest);
  if (values.help) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return command.run(values, positionals);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    if (err instanceof ConfigError || err instanceof DataDirLockedError || err instanceof SecretKeyError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
