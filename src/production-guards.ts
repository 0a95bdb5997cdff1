/**
 * What motcua refuses to start with in production (MOTCUA_ENV=production): the
 * pieces that make `npm start` work out of the box are the ones that must never
 * serve citizens — the development CA (anyone with the database and the secret
 * key can sign "results"), the simulators (anyone can sign in as anyone), a key
 * file made next to the data (it travels with every copy of the data), demo
 * data, and the demo accounts whose password the README prints.
 *
 * Every problem is listed at once, each naming the setting or the account to fix,
 * so an operator fixes a configuration in one pass instead of one restart per
 * problem. Outside production nothing here applies.
 */
import { ConfigError, SIMULATOR_CLIENT_SECRET, type Config } from './config.ts';
import type { Db } from './platform/db/database.ts';
import type { Authenticator } from './modules/identity/index.ts';
import { DEMO_CLIENT_TOKEN, openDemoLogins } from './modules/identity/index.ts';

export class ProductionGuardError extends ConfigError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `motcua không khởi động ở chế độ chạy thật (MOTCUA_ENV=production) vì (refusing to start in production because):\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.problems = problems;
    this.name = 'ProductionGuardError';
  }
}

/** Problems visible in the configuration alone (checked before the database is opened). */
export function configProblems(config: Config): string[] {
  if (config.env !== 'production') return [];
  const problems: string[] = [];
  if (config.signing.kind === 'dev') {
    problems.push('MOTCUA_SIGNING=dev: CA phát triển không được dùng thật — đặt MOTCUA_SIGNING=p12 hoặc csc cùng MOTCUA_TRUST_LIST (the development CA; use p12 or csc with a trust list).');
  }
  if (config.oidc.simulator.enabled) {
    problems.push('MOTCUA_VNEID_SIMULATOR: VNeID mô phỏng cho phép đăng nhập thành bất kỳ ai — tắt nó và đặt MOTCUA_OIDC_ISSUER (the VNeID simulator lets anyone sign in as anyone).');
  }
  if (config.oidc.clientSecret === SIMULATOR_CLIENT_SECRET) {
    problems.push('MOTCUA_OIDC_CLIENT_SECRET là mật khẩu công khai của VNeID mô phỏng — dùng mật khẩu do VNeID cấp (the simulator’s published client secret).');
  }
  if (config.secretKey.kind === 'file' && config.secretKey.create !== false) {
    problems.push('MOTCUA_SECRET_KEY: thiếu khóa bí mật; tệp <data>/secret.key không dùng khi chạy thật — đặt MOTCUA_SECRET_KEY hoặc MOTCUA_SECRET_KEY_FILE (no secret key configured).');
  }
  if (config.demoData === 'always') {
    problems.push('MOTCUA_DEMO_DATA=always: dữ liệu mẫu không được nạp khi chạy thật — đặt MOTCUA_DEMO_DATA=never (demo data is for development).');
  }
  return problems;
}

/** Problems found in the database: a development database promoted to production keeps the demo logins. */
export async function databaseProblems(deps: { db: Db; authenticator: Pick<Authenticator, 'authenticate'> }, config: Pick<Config, 'env'>): Promise<string[]> {
  if (config.env !== 'production') return [];
  const problems: string[] = [];
  const open = await openDemoLogins(deps.db);
  if (open.length > 0) {
    problems.push(
      `Tài khoản mẫu vẫn đăng nhập được bằng mật khẩu mẫu: ${open.join(', ')} — đổi mật khẩu hoặc khóa các tài khoản này (\`motcua user\`), ` +
        `(demo accounts still open with the published demo password: change their passwords or deactivate them).`,
    );
  }
  if (await deps.authenticator.authenticate(DEMO_CLIENT_TOKEN)) {
    problems.push('Mã truy cập mẫu của Cổng DVC quốc gia mô phỏng vẫn còn hiệu lực — thu hồi ứng dụng "demo" (the demo API client token still works: revoke that client).');
  }
  return problems;
}

/** Throws ProductionGuardError naming every problem; does nothing outside production. */
export function assertNoProblems(problems: string[]): void {
  if (problems.length > 0) throw new ProductionGuardError(problems);
}
