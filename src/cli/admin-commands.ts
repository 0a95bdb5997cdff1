/** CLI commands for operators: migrate, seed, users, API clients, holidays, audit, dead jobs. */
import { loadConfig } from '../config.ts';
import { vnLocalDate } from '../platform/clock.ts';
import { openDatabase } from '../platform/db/database.ts';
import { migrate } from '../platform/db/migrator.ts';
import { createLogger } from '../platform/logger.ts';
import { listJobs, reviveDeadJob } from '../platform/jobs/jobs.repo.ts';
import { holidaysOf } from '../modules/calendar/index.ts';
import { CreateApiClientInput, CreateOfficerInput, createApiClient, createOfficer } from '../modules/identity/index.ts';
import { openSystem, roleAtAgency, UsageError, type CommandSpec } from './cli-kit.ts';

const say = (s: string): void => void process.stdout.write(`${s}\n`);

export const migrateCommand: CommandSpec = {
  name: 'migrate',
  summary: 'Apply pending database migrations',
  usage: 'motcua migrate\n\nApplies the SQL files of db/migrations that the database has not seen, in order.',
  options: {},
  async run() {
    const { databaseTarget } = await import('../app.ts');
    const database = await openDatabase(databaseTarget(loadConfig()));
    try {
      const applied = await migrate(database);
      say(applied.length ? `Đã áp dụng: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.');
      return 0;
    } finally {
      await database.close();
    }
  },
};

export const seedCommand: CommandSpec = {
  name: 'seed',
  summary: 'Load the demo data (Gia Lai agencies, calendar, catalogue, demo accounts)',
  usage: 'motcua seed\n\nLoads the demo data into an empty database. Refused in production.',
  options: {},
  async run() {
    const { config, database, services } = await openSystem();
    try {
      if (config.env === 'production') throw new UsageError('Demo data is never loaded in production.');
      const { seedDemo } = await import('../demo/seed-demo.ts');
      const summary = await seedDemo(database.db, services.agencies, createLogger('warn'));
      say(`Đã nạp ${summary.procedures} thủ tục và ${summary.officers.length} tài khoản mẫu (mật khẩu: ${summary.password}).`);
      return 0;
    } finally {
      await database.close();
    }
  },
};

export const userCommand: CommandSpec = {
  name: 'user',
  summary: 'Manage officer accounts: user create',
  usage: `motcua user create --username U --name "Full Name" --password P --role ROLE@AGENCY [--role …] [--title T]

Roles: DESK_OFFICER, SPECIALIST, DEPARTMENT_HEAD, LEADER, RECORDS_CLERK, SUPERVISOR, ADMIN, POSTAL_AGENT.
Each role is granted on the agency and its subtree, e.g. --role SPECIALIST@H21.10.`,
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    title: { type: 'string' },
    role: { type: 'string', multiple: true },
  },
  async run(values, positionals) {
    if (positionals[0] !== 'create') throw new UsageError(userCommand.usage);
    const input = CreateOfficerInput.safeParse({
      username: values.username,
      fullName: values.name,
      password: values.password,
      ...(values.title ? { title: values.title } : {}),
      grants: ((values.role as string[] | undefined) ?? []).map(roleAtAgency),
    });
    if (!input.success) throw new UsageError(`${input.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n')}\n\n${userCommand.usage}`);
    const { database, services, run } = await openSystem();
    try {
      const agencies = await services.agencies.reload();
      const created = await run((ctx) => createOfficer(ctx, { agencies, officer: input.data }));
      say(`Đã tạo tài khoản ${created.username} (${created.id}).`);
      return 0;
    } finally {
      await database.close();
    }
  },
};

export const clientCommand: CommandSpec = {
  name: 'client',
  summary: 'Manage API clients: client create (prints the token once)',
  usage: 'motcua client create --name "Client" --role INTEGRATION@H21 [--role …] [--days N]',
  options: { name: { type: 'string' }, role: { type: 'string', multiple: true }, days: { type: 'string' } },
  async run(values, positionals) {
    if (positionals[0] !== 'create') throw new UsageError(clientCommand.usage);
    const input = CreateApiClientInput.safeParse({
      name: values.name,
      grants: ((values.role as string[] | undefined) ?? []).map(roleAtAgency),
      ...(values.days ? { tokenDays: Number(values.days) } : {}),
    });
    if (!input.success) throw new UsageError(`${input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}\n\n${clientCommand.usage}`);
    const { database, services, run } = await openSystem();
    try {
      const agencies = await services.agencies.reload();
      const created = await run((ctx) => createApiClient(ctx, { agencies, client: input.data }));
      say(`Client ${created.id}\nToken (shown once): ${created.token}`);
      return 0;
    } finally {
      await database.close();
    }
  },
};

export const calendarCommand: CommandSpec = {
  name: 'calendar',
  summary: 'Working calendar: calendar holidays --year N',
  usage: `motcua calendar holidays [--year N] [--agency CODE] [--json]

Lists the holidays, substitute days and make-up working days of a year, from the
entered notice or, for years without one, computed from the Labour Code (lunar
dates at UTC+7).`,
  options: { year: { type: 'string' }, agency: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, positionals) {
    if (positionals[0] !== 'holidays') throw new UsageError(calendarCommand.usage);
    const year = values.year ? Number(values.year) : Number(vnLocalDate(new Date()).slice(0, 4));
    if (!Number.isInteger(year) || year < 1900 || year > 2199) throw new UsageError('--year must be between 1900 and 2199');
    const { database, services } = await openSystem();
    try {
      const agency = values.agency ? (await services.agencies.current()).resolve(String(values.agency))?.agency : undefined;
      if (values.agency && !agency) throw new UsageError(`Không tìm thấy cơ quan ${String(values.agency)}`);
      const list = holidaysOf(await services.calendars.forAgency(agency?.id), year);
      if (values.json) say(JSON.stringify(list, null, 2));
      else {
        const status = { OFFICIAL: 'theo thông báo chính thức', PROVISIONAL: 'tạm tính, chờ thông báo', COMPUTED: 'tính theo Bộ luật Lao động' }[list.status];
        say(`Năm ${year} (${status}) — Tết Nguyên đán: ${list.lunar.tet}, Giỗ Tổ Hùng Vương: ${list.lunar.hungKings}`);
        for (const d of list.days) say(`  ${d.date}  ${d.reason.padEnd(18)} ${d.label ?? ''}`);
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};

export const auditCommand: CommandSpec = {
  name: 'audit',
  summary: 'Audit log: audit verify | audit anchor',
  usage: `motcua audit verify
motcua audit anchor

verify  Recomputes every hash link of every configured chain (MOTCUA_AUDIT_CHAINS) and checks
        that the chains extend the last anchor; exits 1 if an entry was changed, removed or
        re-ordered, a chain is missing, or the anchor is altered or contradicted.
anchor  Publishes the chain heads now: a signed (HMAC), timestamped anchor file in the file
        store and, when MOTCUA_AUDIT_ANCHOR_URL and MOTCUA_AUDIT_ANCHOR_TOKEN are set, a POST to
        that party. The worker does the same once a day. Exits 1 if the party did not accept it.`,
  options: {},
  async run(_values, positionals) {
    if (positionals[0] !== 'verify' && positionals[0] !== 'anchor') throw new UsageError(auditCommand.usage);
    const { config, database, services } = await openSystem();
    const { fileStoreOf } = await import('../services.ts');
    const store = fileStoreOf(config);
    try {
      if (positionals[0] === 'anchor') {
        const { anchorAuditHeads, createAnchorPublisher } = await import('../modules/audit/index.ts');
        const now = new Date();
        const outcome = await anchorAuditHeads(
          { db: database.db, store, secretKey: services.secretKey, publisher: config.auditAnchor ? createAnchorPublisher(config.auditAnchor) : undefined },
          { slot: `cli@${now.toISOString()}`, at: now },
        );
        say(`Đã neo ${outcome.chains.filter((c) => c.seq > 0).length} chuỗi lúc ${outcome.createdAt.toISOString()}: tệp ${outcome.sha256}`);
        const p = outcome.publication;
        if (!p) say('Không cấu hình bên nhận ngoài (MOTCUA_AUDIT_ANCHOR_URL): tệp neo chỉ nằm trong kho tệp.');
        else if (p.delivered) say(`Đã gửi tới ${p.target} (HTTP ${p.status}).`);
        else say(`LỖI: ${p.target} không nhận tệp neo (HTTP ${p.status || 'không kết nối được'}).`);
        return !p || p.delivered ? 0 : 1;
      }
      const result = await services.audit.verify(database.db, { store, secretKey: services.secretKey });
      say(`${result.entries} mục nhật ký trong ${result.chains.length} chuỗi (cấu hình ${config.auditChains} chuỗi).`);
      for (const c of result.chains) say(`  chuỗi ${c.chain}: ${c.seq} mục, đầu chuỗi ${c.headHash}`);
      if (result.anchor) say(`Mốc neo cuối: ${result.anchor.createdAt} (${result.anchor.slot}), tệp ${result.anchor.sha256}`);
      else say('Chưa có mốc neo nào (motcua audit anchor).');
      if (result.ok) say('Toàn vẹn: không phát hiện sửa đổi.');
      else for (const p of result.problems) say(`  LỖI chuỗi ${p.chain} mục ${p.seq}: ${p.problem}${p.detail ? ` (${p.detail})` : ''}`);
      return result.ok ? 0 : 1;
    } finally {
      await database.close();
    }
  },
};

export const jobsCommand: CommandSpec = {
  name: 'jobs',
  summary: 'Background jobs: jobs dead | jobs retry <id>',
  usage: 'motcua jobs dead        list jobs that failed after all retries\nmotcua jobs retry <id>  give a dead job three more attempts',
  options: {},
  async run(_values, positionals) {
    const { database } = await openSystem();
    try {
      if (positionals[0] === 'dead') {
        const rows = await listJobs(database.db, 'dead', 200);
        if (rows.length === 0) say('Không có việc nào thất bại.');
        for (const r of rows) say(`${r.id}  ${r.attempts}/${r.maxAttempts}  ${r.lastError ?? ''}`);
        return 0;
      }
      if (positionals[0] === 'retry' && positionals[1]) {
        const ok = await reviveDeadJob(database.db, positionals[1], new Date());
        say(ok ? 'Đã xếp lại hàng đợi.' : 'Không tìm thấy việc thất bại với mã này.');
        return ok ? 0 : 1;
      }
      throw new UsageError(jobsCommand.usage);
    } finally {
      await database.close();
    }
  },
};
