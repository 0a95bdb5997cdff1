/** `motcua start`: serves the API and runs the job worker (by default both roles in one process). */
import { loadConfig } from '../config.ts';
import { secretKeySource } from '../platform/crypto/secret-key.ts';
import type { CommandSpec } from './cli-kit.ts';
import type { VneidSimulator } from '../modules/integrations/index.ts';

export const startCommand: CommandSpec = {
  name: 'start',
  summary: 'Start motcua (API and worker) on the configured database',
  usage: `motcua start [--port N] [--host H]

Starts the web role and/or the worker role (MOTCUA_ROLES, default both) on the
embedded database in MOTCUA_DATA_DIR, or on DATABASE_URL. Migrations run first;
on an empty database the demo data is loaded (MOTCUA_DEMO_DATA=auto).`,
  options: { port: { type: 'string' }, host: { type: 'string' } },
  async run(values) {
    const env = { ...process.env };
    if (typeof values.port === 'string') env.PORT = values.port;
    if (typeof values.host === 'string') env.HOST = values.host;
    const config = loadConfig(env);
    const started = Date.now();
    // Loaded here, not at the top: `motcua --help` and the other commands should not load the whole system.
    const { createApp } = await import('../app.ts');
    const { demoVneidAccounts } = await import('../modules/integrations/index.ts');
    const { DEMO_CLIENT_TOKEN, DEMO_PASSWORD, demoOfficers } = await import('../modules/identity/index.ts');
    // Read (or make) the key that seals secrets first: a damaged key file stops start-up with its message
    // instead of failing an officer's first two-factor sign-in.
    secretKeySource(config.secretKey)();
    const app = await createApp(config);
    const vneid = config.roles.web ? await startSimulator(config) : undefined;
    if (config.roles.web) await app.http.listen({ port: config.port, host: config.host });
    if (config.roles.worker) app.runner.start();
    const address = app.http.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = config.publicUrl.replace(/:\d+$/, `:${port}`);
    const lines = [
      '',
      `motcua ${app.config.env} — ${app.database.kind === 'pglite' ? `cơ sở dữ liệu nhúng ${config.dataDir}` : 'PostgreSQL'} — sẵn sàng sau ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  API:      ${url}/api/v1/health`,
      `  OpenAPI:  ${url}/api/v1/openapi.json`,
      `  Tra cứu:  ${url}/api/v1/procedures?q=cap%20giay%20phep%20in`,
      `Cổng dịch vụ công: ${url}/`,
      `Cán bộ: ${url}/can-bo`,
    ];
    if (vneid) {
      const roles = { LEGAL_REPRESENTATIVE: 'đại diện theo pháp luật', AUTHORISED: 'được ủy quyền' } as const;
      lines.push(
        '',
        `VNeID mô phỏng: ${vneid.issuer} — công dân mẫu (chọn trên trang đăng nhập, không cần mật khẩu):`,
        ...demoVneidAccounts.map(
          (a) => `  ${a.name.padEnd(16)} ${a.personal_id}${a.organisations.map((o) => `  ${roles[o.role]} ${o.name} (MST ${o.tax_code})`).join('')}`,
        ),
      );
    }
    if (config.env !== 'production') {
      lines.push(
        '',
        `Tài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}) — đăng nhập: POST ${url}/api/v1/auth/login`,
        ...demoOfficers.map((o) => `  ${o.username.padEnd(18)} ${o.grants.map((g) => `${g.role}@${g.agencyCode}`).join(', ')}`),
        `Mã truy cập của Cổng DVC quốc gia mô phỏng (vai trò INTEGRATION): ${DEMO_CLIENT_TOKEN}`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n\n`);
    let stopping = false;
    const stop = async (signal: string): Promise<void> => {
      if (stopping) return;
      stopping = true;
      app.logger.info({ signal }, 'stopping');
      await app.close();
      await vneid?.close();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
    return new Promise<number>(() => undefined);
  },
};

/** The simulated VNeID on the configured issuer's host and port, with the portal registered as its client. */
async function startSimulator(config: ReturnType<typeof loadConfig>): Promise<VneidSimulator | undefined> {
  const { oidc, publicUrl } = config;
  if (!oidc.simulator.enabled || !oidc.clientSecret) return undefined;
  const { startVneidSimulator } = await import('../modules/integrations/index.ts');
  return startVneidSimulator({
    port: oidc.simulator.port,
    host: new URL(oidc.issuer).hostname,
    clients: [{ clientId: oidc.clientId, clientSecret: oidc.clientSecret, redirectUris: [`${publicUrl}/dang-nhap/callback`], name: 'Cổng dịch vụ công tỉnh Gia Lai' }],
  });
}
