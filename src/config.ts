/**
 * The environment, parsed once. Nothing else in motcua reads `process.env`:
 * every setting has a name, a type, a default and a line in the README.
 */
import path from 'node:path';
import { z } from 'zod';
import { parseSecretKey, type SecretKeySetting } from './platform/crypto/secret-key.ts';
import type { RateLimitSettings } from './platform/http/rate-limit.ts';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** "<max>/<window>", the window in seconds, minutes or hours: "30/5m". */
const allowance = z
  .string()
  .trim()
  .regex(/^\d{1,7}\/\d{1,5}[smh]$/, 'must be <max>/<window> with the window in s, m or h, e.g. 30/5m')
  .transform((v) => {
    const [max, window] = v.split('/') as [string, string];
    const unit = { s: 1000, m: 60_000, h: 3_600_000 }[window.slice(-1) as 's' | 'm' | 'h'];
    return { max: Number(max), windowMs: Number(window.slice(0, -1)) * unit };
  })
  .pipe(z.object({ max: z.number().int().min(1), windowMs: z.number().int().min(1000) }));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  MOTCUA_DATA_DIR: z.string().min(1).default('./data'),
  MOTCUA_ENV: z.enum(['development', 'test', 'production']).optional(),
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MOTCUA_ROLES: z
    .string()
    .default('web,worker')
    .transform((s) => s.split(',').map((r) => r.trim()).filter(Boolean))
    .pipe(z.array(z.enum(['web', 'worker'])).min(1)),
  MOTCUA_PUBLIC_URL: z.url().optional(),
  MOTCUA_DEMO_DATA: z.enum(['auto', 'always', 'never']).default('auto'),
  MOTCUA_DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  MOTCUA_DOSSIER_CODE_FORMAT: z.enum(['TT01_2018', 'YYYYMMDD_SEQ7']).default('TT01_2018'),
  MOTCUA_ONLINE_CODE_AT: z.enum(['SUBMISSION', 'RECEIPT']).default('SUBMISSION'),
  MOTCUA_RESULT_CODE_STYLE: z.enum(['KQn', 'KQ(n)']).default('KQn'),
  MOTCUA_AGENCY_CODE_FALLBACK: z.enum(['mapping-only', 'mechanical']).default('mapping-only'),
  MOTCUA_CUTOFF_SHIFTS_START: bool.default(false),
  MOTCUA_DUE_TIME: z.enum(['CLOSE_OF_OFFICE', 'END_OF_DAY']).default('CLOSE_OF_OFFICE'),
  MOTCUA_SPLIT_EARLY: bool.default(true),
  MOTCUA_LATENESS_BASIS: z.enum(['CURRENT_DUE', 'ORIGINAL_DUE']).default('CURRENT_DUE'),
  MOTCUA_REFUSAL_SYNC_STATUS: z.enum(['9', '8']).default('9'),
  MOTCUA_WARN_AT: z
    .string()
    .default('0.7,0.9')
    .transform((s) => s.split(',').map(Number))
    .pipe(z.array(z.number().gt(0).lt(1)).min(1)),
  MOTCUA_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  MOTCUA_LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  MOTCUA_TOKEN_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(12),
  MOTCUA_AUDIT_CHAINS: z.coerce.number().int().min(1).max(64).default(16),
  MOTCUA_STORAGE: z.enum(['local', 's3']).default('local'),
  MOTCUA_S3_ENDPOINT: z.url().optional(),
  MOTCUA_S3_REGION: z.string().min(1).default('us-east-1'),
  MOTCUA_S3_BUCKET: z.string().min(3).optional(),
  MOTCUA_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  MOTCUA_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  MOTCUA_S3_PREFIX: z.string().default(''),
  MOTCUA_UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(500).default(20),
  MOTCUA_SIGNING: z.enum(['dev', 'p12', 'csc']).default('dev'),
  MOTCUA_SIGNING_P12_DIR: z.string().min(1).optional(),
  MOTCUA_SIGNING_P12_PASSWORD: z.string().optional(),
  MOTCUA_TRUST_LIST: z.string().min(1).optional(),
  MOTCUA_CSC_URL: z.url().optional(),
  MOTCUA_CSC_TOKEN: z.string().min(1).optional(),
  MOTCUA_FORM_REGULATION: z.enum(['TT01_2018', 'TT03_2025']).default('TT01_2018'),
  MOTCUA_DIGITISATION_CODE_STYLE: z.enum(['DOSSIER_SHn', 'AGENCY_DAY_SEQ']).default('DOSSIER_SHn'),
  MOTCUA_OCR_WORKERS: z.coerce.number().int().min(0).max(8).default(1),
  MOTCUA_HOTLINE: z.string().max(40).default(''),
  MOTCUA_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(30),
  MOTCUA_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  MOTCUA_OIDC_ISSUER: z.url().optional(),
  MOTCUA_OIDC_CLIENT_ID: z.string().min(1).max(200).default('motcua-portal'),
  MOTCUA_OIDC_CLIENT_SECRET: z.string().min(1).max(500).optional(),
  MOTCUA_VNEID_SIMULATOR: bool.optional(),
  // 0: the OS picks a free port, so two motcua on one machine never collide; the issuer URL follows the bound port.
  MOTCUA_VNEID_SIMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  // Heavy upload checks (PDF and office parsing) run in worker threads with these limits (ADR 0020).
  MOTCUA_UPLOAD_CHECK_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  MOTCUA_UPLOAD_CHECK_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(30),
  MOTCUA_UPLOAD_CHECK_MEMORY_MB: z.coerce.number().int().min(64).max(8192).default(512),
  // After SIGTERM, connections still open after this many seconds are closed (ADR 0020).
  MOTCUA_SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(0).max(3600).default(15),
  // PostgreSQL: how long a request waits for a connection, and for one statement, before failing fast (ADR 0024).
  MOTCUA_DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  MOTCUA_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(86_400_000).default(30_000),
  MOTCUA_AUDIT_ANCHOR_URL: z.url().optional(),
  MOTCUA_AUDIT_ANCHOR_TOKEN: z.string().min(1).optional(),
  MOTCUA_BACKUP_PASSPHRASE: z.string().min(12, 'MOTCUA_BACKUP_PASSPHRASE needs at least 12 characters').optional(),
  // A streaming replica for reports and dashboards (PostgreSQL only); DATABASE_REPLICA_URL is the same setting's other name.
  MOTCUA_REPLICA_URL: z.string().regex(/^postgres(ql)?:\/\//, 'MOTCUA_REPLICA_URL must start with postgres:// or postgresql://').optional(),
  DATABASE_REPLICA_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_REPLICA_URL must start with postgres:// or postgresql://').optional(),
  // Behind a reverse proxy: true (trust all), a hop count, or the proxies' addresses/CIDRs, comma-separated (ADR 0019).
  MOTCUA_TRUST_PROXY: z.string().trim().default('false'),
  // Rate limits (ADR 0019): each "<max>/<window>" with the window in s, m or h, e.g. 30/5m.
  MOTCUA_RATE_LIMIT_ENABLED: bool.default(true),
  MOTCUA_RATE_LIMIT_SIGN_IN: allowance.optional(),
  MOTCUA_RATE_LIMIT_ONE_TIME_CODE: allowance.optional(),
  MOTCUA_RATE_LIMIT_PUBLIC_LOOKUP: allowance.optional(),
  MOTCUA_RATE_LIMIT_VERIFY_UPLOAD: allowance.optional(),
  MOTCUA_RATE_LIMIT_FEEDBACK: allowance.optional(),
  MOTCUA_RATE_LIMIT_ASSISTANT: allowance.optional(),
  // A file holding the secret key (a mounted secret), read and never created: the alternative to MOTCUA_SECRET_KEY.
  MOTCUA_SECRET_KEY_FILE: z.string().min(1).optional(),
  MOTCUA_SECRET_KEY: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  env: 'development' | 'test' | 'production';
  publicUrl: string;
  logLevel: Env['LOG_LEVEL'];
  roles: { web: boolean; worker: boolean };
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgresql'; url: string; poolMax: number; timeouts: { connectMs: number; statementMs: number } };
  /** Reports and dashboards read here when set (a streaming replica; PostgreSQL only, else the primary). */
  reportReplicaUrl: string | undefined;
  dataDir: string;
  demoData: Env['MOTCUA_DEMO_DATA'];
  dossierCodeFormat: Env['MOTCUA_DOSSIER_CODE_FORMAT'];
  /**
   * When a dossier submitted on the portal or at a kiosk gets its code: at submission (as DVCQG
   * does, so the citizen leaves with a code to look up) or only at receipt by the desk.
   */
  onlineCodeAt: Env['MOTCUA_ONLINE_CODE_AT'];
  resultCodeStyle: Env['MOTCUA_RESULT_CODE_STYLE'];
  agencyCodeFallback: Env['MOTCUA_AGENCY_CODE_FALLBACK'];
  deadlines: {
    cutoffShiftsStart: boolean;
    dueTime: Env['MOTCUA_DUE_TIME'];
    splitEarly: boolean;
    latenessBasis: Env['MOTCUA_LATENESS_BASIS'];
    warnAt: number[];
  };
  refusalSyncStatus: 8 | 9;
  login: { maxFailures: number; lockMinutes: number; tokenTtlHours: number };
  auditChains: number;
  storage: { kind: 'local'; dir: string } | { kind: 's3'; endpoint?: string | undefined; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; prefix: string };
  uploadMaxBytes: number;
  /** Limits of the off-thread upload checks (ADR 0020). */
  uploadCheck: { workers: number; timeoutMs: number; memoryMb: number };
  /** How long shutdown waits for open requests before closing their connections. */
  shutdownTimeoutMs: number;
  signing:
    | { kind: 'dev'; dir: string }
    | { kind: 'p12'; dir: string; password: string; trustList: string }
    | { kind: 'csc'; url: string; token: string; trustList: string };
  formRegulation: Env['MOTCUA_FORM_REGULATION'];
  digitisationCodeStyle: Env['MOTCUA_DIGITISATION_CODE_STYLE'];
  /** 0 turns OCR off (digitisation then always asks the officer for the metadata). */
  ocrWorkers: number;
  /** Phone number printed on Form 02 for guidance. */
  hotline: string;
  web: { sessionIdleMinutes: number; sessionMaxHours: number };
  /**
   * The portal's identity provider (OpenID Connect, as VNeID level 2). Outside production the
   * simulated provider runs on its own port and is the default issuer.
   */
  oidc: { issuer: string; clientId: string; clientSecret: string | undefined; simulator: { enabled: boolean; port: number } };
  /** The key that seals secrets at rest (TOTP seeds): from MOTCUA_SECRET_KEY, or outside production `<data>/secret.key`. */
  secretKey: SecretKeySetting;
  /** Fastify's trustProxy: whose X-Forwarded-For to believe for the caller's address (rate limits, audit). */
  trustProxy: boolean | number | string[];
  /** Per-caller request limits by name (src/platform/http/rate-limit.ts). */
  rateLimits: RateLimitSettings;
  /** Where the daily audit anchor is also POSTed (ADR 0023); absent: kept in the file store only. */
  auditAnchor: { url: string; token: string } | undefined;
  /** Encrypts the keys in `motcua backup` and opens them in `motcua restore` (or --passphrase-file). */
  backupPassphrase: string | undefined;
}

function storageOf(e: Env, dataDir: string): Config['storage'] {
  if (e.MOTCUA_STORAGE === 'local') return { kind: 'local', dir: path.join(dataDir, 'files') };
  const { MOTCUA_S3_BUCKET: bucket, MOTCUA_S3_ACCESS_KEY_ID: accessKeyId, MOTCUA_S3_SECRET_ACCESS_KEY: secretAccessKey } = e;
  if (!bucket || !accessKeyId || !secretAccessKey) {
    throw new ConfigError('Cấu hình không hợp lệ: MOTCUA_STORAGE=s3 cần MOTCUA_S3_BUCKET, MOTCUA_S3_ACCESS_KEY_ID và MOTCUA_S3_SECRET_ACCESS_KEY.');
  }
  return { kind: 's3', endpoint: e.MOTCUA_S3_ENDPOINT, region: e.MOTCUA_S3_REGION, bucket, accessKeyId, secretAccessKey, prefix: e.MOTCUA_S3_PREFIX };
}

function signingOf(e: Env, dataDir: string): Config['signing'] {
  if (e.MOTCUA_SIGNING === 'dev') return { kind: 'dev', dir: path.join(dataDir, 'pki') };
  if (!e.MOTCUA_TRUST_LIST) throw new ConfigError(`Cấu hình không hợp lệ: MOTCUA_SIGNING=${e.MOTCUA_SIGNING} cần MOTCUA_TRUST_LIST (tệp PEM các chứng thư gốc tin cậy).`);
  if (e.MOTCUA_SIGNING === 'p12') {
    if (!e.MOTCUA_SIGNING_P12_DIR) throw new ConfigError('Cấu hình không hợp lệ: MOTCUA_SIGNING=p12 cần MOTCUA_SIGNING_P12_DIR.');
    return { kind: 'p12', dir: path.resolve(e.MOTCUA_SIGNING_P12_DIR), password: e.MOTCUA_SIGNING_P12_PASSWORD ?? '', trustList: path.resolve(e.MOTCUA_TRUST_LIST) };
  }
  if (!e.MOTCUA_CSC_URL || !e.MOTCUA_CSC_TOKEN) throw new ConfigError('Cấu hình không hợp lệ: MOTCUA_SIGNING=csc cần MOTCUA_CSC_URL và MOTCUA_CSC_TOKEN.');
  return { kind: 'csc', url: e.MOTCUA_CSC_URL, token: e.MOTCUA_CSC_TOKEN, trustList: path.resolve(e.MOTCUA_TRUST_LIST) };
}

/** The VNeID simulator's client secret outside production (printed by `npm start`; never valid in production). */
export const SIMULATOR_CLIENT_SECRET = 'motcua-vneid-dev-secret';

function oidcOf(e: Env, env: Config['env']): Config['oidc'] {
  const simulatorOn = e.MOTCUA_VNEID_SIMULATOR ?? (env !== 'production' && !e.MOTCUA_OIDC_ISSUER);
  if (env === 'production' && !e.MOTCUA_OIDC_ISSUER) throw new ConfigError('MOTCUA_OIDC_ISSUER is required in production (the VNeID issuer URL).');
  if (env === 'production' && simulatorOn) throw new ConfigError('The VNeID simulator cannot run in production (MOTCUA_VNEID_SIMULATOR).');
  return {
    issuer: (e.MOTCUA_OIDC_ISSUER ?? `http://127.0.0.1:${e.MOTCUA_VNEID_SIMULATOR_PORT}`).replace(/\/$/, ''),
    clientId: e.MOTCUA_OIDC_CLIENT_ID,
    clientSecret: e.MOTCUA_OIDC_CLIENT_SECRET ?? (simulatorOn ? SIMULATOR_CLIENT_SECRET : undefined),
    simulator: { enabled: simulatorOn, port: e.MOTCUA_VNEID_SIMULATOR_PORT },
  };
}

function auditAnchorOf(e: Env): Config['auditAnchor'] {
  if (!e.MOTCUA_AUDIT_ANCHOR_URL && !e.MOTCUA_AUDIT_ANCHOR_TOKEN) return undefined;
  if (!e.MOTCUA_AUDIT_ANCHOR_URL || !e.MOTCUA_AUDIT_ANCHOR_TOKEN) throw new ConfigError('Cấu hình không hợp lệ: MOTCUA_AUDIT_ANCHOR_URL và MOTCUA_AUDIT_ANCHOR_TOKEN phải được đặt cùng nhau (both or neither).');
  return { url: e.MOTCUA_AUDIT_ANCHOR_URL, token: e.MOTCUA_AUDIT_ANCHOR_TOKEN };
}

function secretKeyOf(e: Env, env: Config['env'], dataDir: string): SecretKeySetting {
  if (e.MOTCUA_SECRET_KEY_FILE !== undefined) {
    if (e.MOTCUA_SECRET_KEY !== undefined) throw new ConfigError('Cấu hình không hợp lệ: chỉ đặt một trong MOTCUA_SECRET_KEY và MOTCUA_SECRET_KEY_FILE (set one of them, not both).');
    // A named key file is the operator's: read as it is, never made (a missing file is an error, not a new key).
    return { kind: 'file', path: path.resolve(e.MOTCUA_SECRET_KEY_FILE), create: false };
  }
  if (e.MOTCUA_SECRET_KEY === undefined) {
    // A key file next to the data would travel with every backup of it: production names its key explicitly.
    if (env === 'production') throw new ConfigError('Cấu hình không hợp lệ: MOTCUA_SECRET_KEY (hoặc MOTCUA_SECRET_KEY_FILE) là bắt buộc khi chạy thật (MOTCUA_SECRET_KEY or MOTCUA_SECRET_KEY_FILE is required in production: 32 random bytes as 64 hex digits or base64).');
    return { kind: 'file', path: path.join(dataDir, 'secret.key') };
  }
  const key = parseSecretKey(e.MOTCUA_SECRET_KEY);
  // The message never repeats the value: it is a secret even when malformed.
  if (!key) throw new ConfigError('Cấu hình không hợp lệ: MOTCUA_SECRET_KEY phải là 32 byte viết bằng 64 chữ số hex hoặc base64 (MOTCUA_SECRET_KEY must be 32 bytes as 64 hex digits or base64).');
  return { kind: 'value', key };
}

function trustProxyOf(v: string): Config['trustProxy'] {
  if (/^(false|0|no|)$/i.test(v)) return false;
  if (/^(true|yes)$/i.test(v)) return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

function rateLimitsOf(e: Env, env: Config['env']): RateLimitSettings {
  // Tests sign in hundreds of times from one address: outside a test's own MOTCUA_RATE_LIMIT_* the limits do not bite there.
  const d = (max: number, windowMs: number) => (env === 'test' ? { max: 1_000_000, windowMs } : { max, windowMs });
  return {
    enabled: e.MOTCUA_RATE_LIMIT_ENABLED,
    limits: {
      signIn: e.MOTCUA_RATE_LIMIT_SIGN_IN ?? d(30, 5 * 60_000),
      oneTimeCode: e.MOTCUA_RATE_LIMIT_ONE_TIME_CODE ?? d(20, 5 * 60_000),
      publicLookup: e.MOTCUA_RATE_LIMIT_PUBLIC_LOOKUP ?? d(60, 60_000),
      verifyUpload: e.MOTCUA_RATE_LIMIT_VERIFY_UPLOAD ?? d(10, 60_000),
      feedback: e.MOTCUA_RATE_LIMIT_FEEDBACK ?? d(10, 10 * 60_000),
      assistant: e.MOTCUA_RATE_LIMIT_ASSISTANT ?? d(30, 60_000),
    },
  };
}

export class ConfigError extends Error {}

/** Parses an environment (defaults to `process.env`) into a typed configuration. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ (invalid configuration):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const env =
    e.MOTCUA_ENV ?? (e.NODE_ENV === 'production' ? 'production' : e.NODE_ENV === 'test' ? 'test' : 'development');
  const dataDir = path.resolve(e.MOTCUA_DATA_DIR);
  const shownHost = e.HOST === '0.0.0.0' || e.HOST === '::' ? 'localhost' : e.HOST;
  return {
    port: e.PORT,
    host: e.HOST,
    env,
    publicUrl: (e.MOTCUA_PUBLIC_URL ?? `http://${shownHost}:${e.PORT}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    roles: { web: e.MOTCUA_ROLES.includes('web'), worker: e.MOTCUA_ROLES.includes('worker') },
    reportReplicaUrl: e.DATABASE_URL ? (e.MOTCUA_REPLICA_URL ?? e.DATABASE_REPLICA_URL) : undefined,
    database: e.DATABASE_URL
      ? { kind: 'postgresql', url: e.DATABASE_URL, poolMax: e.MOTCUA_DB_POOL_MAX, timeouts: { connectMs: e.MOTCUA_DB_CONNECT_TIMEOUT_MS, statementMs: e.MOTCUA_DB_STATEMENT_TIMEOUT_MS } }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    dataDir,
    demoData: e.MOTCUA_DEMO_DATA,
    dossierCodeFormat: e.MOTCUA_DOSSIER_CODE_FORMAT,
    onlineCodeAt: e.MOTCUA_ONLINE_CODE_AT,
    resultCodeStyle: e.MOTCUA_RESULT_CODE_STYLE,
    agencyCodeFallback: e.MOTCUA_AGENCY_CODE_FALLBACK,
    deadlines: {
      cutoffShiftsStart: e.MOTCUA_CUTOFF_SHIFTS_START,
      dueTime: e.MOTCUA_DUE_TIME,
      splitEarly: e.MOTCUA_SPLIT_EARLY,
      latenessBasis: e.MOTCUA_LATENESS_BASIS,
      warnAt: [...e.MOTCUA_WARN_AT].sort((a, b) => a - b),
    },
    refusalSyncStatus: e.MOTCUA_REFUSAL_SYNC_STATUS === '8' ? 8 : 9,
    login: {
      maxFailures: e.MOTCUA_LOGIN_MAX_FAILURES,
      lockMinutes: e.MOTCUA_LOGIN_LOCK_MINUTES,
      tokenTtlHours: e.MOTCUA_TOKEN_TTL_HOURS,
    },
    auditChains: e.MOTCUA_AUDIT_CHAINS,
    storage: storageOf(e, dataDir),
    uploadMaxBytes: e.MOTCUA_UPLOAD_MAX_MB * 1024 * 1024,
    uploadCheck: { workers: e.MOTCUA_UPLOAD_CHECK_WORKERS, timeoutMs: e.MOTCUA_UPLOAD_CHECK_TIMEOUT_SECONDS * 1000, memoryMb: e.MOTCUA_UPLOAD_CHECK_MEMORY_MB },
    shutdownTimeoutMs: e.MOTCUA_SHUTDOWN_TIMEOUT_SECONDS * 1000,
    signing: signingOf(e, dataDir),
    formRegulation: e.MOTCUA_FORM_REGULATION,
    digitisationCodeStyle: e.MOTCUA_DIGITISATION_CODE_STYLE,
    ocrWorkers: e.MOTCUA_OCR_WORKERS,
    hotline: e.MOTCUA_HOTLINE,
    web: { sessionIdleMinutes: e.MOTCUA_SESSION_IDLE_MINUTES, sessionMaxHours: e.MOTCUA_SESSION_MAX_HOURS },
    oidc: oidcOf(e, env),
    secretKey: secretKeyOf(e, env, dataDir),
    trustProxy: trustProxyOf(e.MOTCUA_TRUST_PROXY),
    rateLimits: rateLimitsOf(e, env),
    auditAnchor: auditAnchorOf(e),
    backupPassphrase: e.MOTCUA_BACKUP_PASSPHRASE,
  };
}
