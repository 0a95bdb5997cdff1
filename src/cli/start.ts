/** `motcua start`: serves the API and runs the job worker (by default both roles in one process). */
import { loadConfig } from '../config.ts';
import { secretKeySource } from '../platform/crypto/secret-key.ts';
import type { AddressInfo } from 'node:net';
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
    let config = loadConfig(env);
    const started = Date.now();
    // Loaded here, not at the top: `motcua --help` and the other commands should not load the whole system.
    const { createApp } = await import('../app.ts');
    const { demoVneidAccounts } = await import('../modules/integrations/index.ts');
    const { DEMO_CLIENT_TOKEN, DEMO_PASSWORD, demoOfficers } = await import('../modules/identity/index.ts');
    const guards = await import('../production-guards.ts');
    // In production, refuse the development CA, the simulators, a missing key and demo data before touching anything.
    guards.assertNoProblems(guards.configProblems(config));
    // Read (or make) the key that seals secrets first: a damaged key file stops start-up with its message
    // instead of failing an officer's first two-factor sign-in.
    secretKeySource(config.secretKey)();
    // PORT=0: the OS picks the port now and it is held until the server takes it over, so the public URL
    // (redirect URIs, QR codes, the banner) names the real port from the start.
    const reserved = config.roles.web && config.port === 0 ? await reservePort(config.host) : undefined;
    if (reserved) config = loadConfig({ ...env, PORT: String(reserved.port) });
    const vneid = config.roles.web ? await startSimulator(config) : undefined;
    // The simulator listens where the OS put it (MOTCUA_VNEID_SIMULATOR_PORT=0 by default): the portal's issuer follows it.
    if (vneid && !env.MOTCUA_OIDC_ISSUER) config = { ...config, oidc: { ...config.oidc, issuer: vneid.issuer } };
    let app: Awaited<ReturnType<typeof createApp>>;
    try {
      app = await createApp(config);
    } catch (err) {
      await Promise.all([reserved?.close(), vneid?.close()]);
      throw err;
    }
    try {
      // A development database promoted to production keeps the demo logins: refuse it too.
      guards.assertNoProblems(await guards.databaseProblems({ db: app.database.db, authenticator: app.services.authenticator }, config));
    } catch (err) {
      await Promise.all([app.close(), reserved?.close(), vneid?.close()]);
      throw err;
    }
    await reserved?.close();
    if (config.roles.web) await app.http.listen({ port: config.port, host: config.host });
    if (config.roles.worker) app.runner.start();
    const address = app.http.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = config.publicUrl.replace(/:\d+$/, `:${port}`);
    const lines = [
      '',
      `motcua ${app.config.env} — ${app.database.kind === 'pglite' ? `cơ sở dữ liệu nhúng ${config.dataDir}` : 'PostgreSQL'} — sẵn sàng sau ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  API:      ${url}/api/v1/health/ready`,
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
      // Open requests get MOTCUA_SHUTDOWN_TIMEOUT_SECONDS, then their connections are closed (ADR 0020);
      // should anything else hang (a job, the database), the process still ends a little later.
      setTimeout(() => {
        app.logger.error({ signal }, 'shutdown did not finish in time: exiting');
        process.exit(1);
      }, config.shutdownTimeoutMs + 10_000).unref();
      await app.close();
      await vneid?.close();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
    return new Promise<number>(() => undefined);
  },
};

/** A free port on `host`, held by a bare listener until `close()`; nothing else can take it meanwhile. */
async function reservePort(host: string): Promise<{ port: number; close(): Promise<void> }> {
  const { createServer } = await import('node:net');
  const holder = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    holder.once('error', reject);
    holder.listen({ port: 0, host, exclusive: true }, () => resolve());
  });
  const { port } = holder.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return { port, close: () => (closed ??= new Promise<void>((resolve) => holder.close(() => resolve()))) };
}

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
