// A second (third…) motcua process for the cross-process dossier-code test: it builds the app on the
// given PostgreSQL database with a clock fixed at the given instant, signs in as the provincial desk
// officer, then registers and receives N dossiers with the given concurrency, and prints one JSON line
// `{"codes":[…],"failures":[…]}` on stdout.
//
// Usage: node --import tsx test/quality/support/create-and-receive.ts <databaseUrl> <startInstant> <n> <concurrency> <submissionJson>
import { createApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { ManualClock } from '../../../src/platform/clock.ts';
import { createLogger } from '../../../src/platform/logger.ts';
import { DEMO_PASSWORD } from '../../../src/modules/identity/seed/demo-officers.ts';

const [url, start, n, concurrency, submission] = process.argv.slice(2);
if (!url || !start || !n || !concurrency || !submission) {
  process.stderr.write('usage: create-and-receive.ts <databaseUrl> <startInstant> <n> <concurrency> <submissionJson>\n');
  process.exit(2);
}

// The parent test's data folder (MOTCUA_DATA_DIR): its secret key opens the signing keys sealed in the database.
const dataDir = process.env.MOTCUA_DATA_DIR;
const app = await createApp(loadConfig({ DATABASE_URL: url, MOTCUA_ENV: 'test', LOG_LEVEL: 'silent', MOTCUA_DEMO_DATA: 'never', ...(dataDir ? { MOTCUA_DATA_DIR: dataDir } : {}) }), {
  clock: new ManualClock(start),
  logger: createLogger('silent'),
});
try {
  const call = async (method: 'POST', path: string, token: string | null, body: unknown) => {
    const res = await app.http.inject({ method, url: path, headers: token ? { authorization: `Bearer ${token}` } : {}, payload: body as object });
    return { status: res.statusCode, body: JSON.parse(res.body) as Record<string, unknown> };
  };
  const login = await call('POST', '/api/v1/auth/login', null, { username: 'motcua.tinh', password: DEMO_PASSWORD });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${JSON.stringify(login.body)}`);
  const token = login.body.token as string;

  const codes: string[] = [];
  const failures: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < Number(n)) {
      next++;
      const created = await call('POST', '/api/v1/dossiers', token, JSON.parse(submission));
      if (created.status !== 201) {
        failures.push(`create ${created.status} ${JSON.stringify(created.body).slice(0, 200)}`);
        continue;
      }
      const received = await call('POST', `/api/v1/dossiers/${String(created.body.id)}/receive`, token, {});
      if (received.status !== 200) failures.push(`receive ${received.status} ${JSON.stringify(received.body).slice(0, 200)}`);
      else codes.push(received.body.code as string);
    }
  };
  await Promise.all(Array.from({ length: Number(concurrency) }, worker));
  process.stdout.write(`${JSON.stringify({ codes, failures })}\n`);
} finally {
  await app.close();
}
