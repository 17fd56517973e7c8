import { resolve } from 'node:path';

export type AuthMode = 'dev' | 'oidc';

/** Everything the API reads from the environment, validated once at start-up. */
export interface AppConfig {
  port: number;
  /** Unset means: start the embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | null;
  /**
   * The role that owns the schema and runs the migrations (DATABASE_OWNER_URL); unset means
   * DATABASE_URL's role does both. The embedded run sets up its own two roles.
   */
  databaseOwnerUrl: string | null;
  dataDir: string;
  /** Port of the embedded PostgreSQL (used only without DATABASE_URL). */
  embeddedPgPort: number;
  /** Connections the app keeps open to PostgreSQL (node-postgres pool size). */
  databasePoolSize: number;
  /** Run pending migrations at start-up; false leaves them to a separate `--migrate-only` run. */
  runMigrations: boolean;
  redisUrl: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  authMode: AuthMode;
  /** Load the synthetic NTNU once into an empty database. */
  seedDemo: boolean;
  publicUrl: string;
  /** Absolute lifetime of a session. */
  sessionTtlHours: number;
  /** A session unused this long ends (user_session.last_seen_at). */
  sessionIdleMinutes: number;
  /** Dev login on an https PUBLIC_URL: refused unless this is set. */
  allowDevLogin: boolean;
  /** Set when authMode is oidc. */
  oidc: OidcConfig | null;
  /** Secure cookies need HTTPS; the embedded run on http://localhost turns it off. */
  secureCookies: boolean;
  webDistDir: string;
  /** Sign-in attempts (dev login, OIDC login and callback) per client IP and window. */
  rateLimitSignIn: number;
  /** State-changing requests per session (or per IP without one) and window. */
  rateLimitWrites: number;
  rateLimitWindowSeconds: number;
  /** Which proxies' X-Forwarded-* headers to believe: false, true, a hop count or addresses/CIDRs. */
  trustProxy: boolean | number | string[];
  /** Bearer token of the SCIM provisioning client (Entra ID); null turns /scim/v2 off (404). */
  scimToken: string | null;
  queue: QueueConfig;
}

/** The job queues (BullMQ on Redis, or the PostgreSQL outbox without it) and mail delivery. */
export interface QueueConfig {
  /** Redis key prefix of every queue: separates installations (and test runs) sharing one Redis. */
  queuePrefix: string;
  /** Run the processors in this process; API-only replicas turn it off and leave work to workers. */
  workers: boolean;
  /** Run the crons (scan every 10 minutes, relay every minute, digests at 07:00 Oslo) in this process. */
  cron: boolean;
  mailConcurrency: number;
  mailAttempts: number;
  /** First retry delay of a temporary SMTP failure; doubles each attempt. */
  mailRetryDelayMs: number;
  /** How long a job stays claimed by a worker that stopped answering before another worker takes it over. */
  jobLockMs: number;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  emailClaim: string;
  nameClaim: string;
  /** Shown on the sign-in button: "Sign in with <providerName>". */
  providerName: string;
  /** Create a person Tiltak does not know yet (with no roles) instead of refusing them. */
  autoCreateUsers: boolean;
  /** PUBLIC_URL + /api/auth/callback. */
  redirectUri: string;
}

export class ConfigError extends Error {}

/** node-postgres' own default; short-lived connections (migrations, tests, benches) keep it. */
export const DEFAULT_DATABASE_POOL_SIZE = 10;

function envInt(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function envBool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.join(' or ')}`);
  }
  return raw;
}

function trustProxy(env: NodeJS.ProcessEnv): boolean | number | string[] {
  const raw = (env['TRUST_PROXY'] ?? '').trim();
  if (raw === '' || ['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  if (['true', 'yes'].includes(raw.toLowerCase())) return true;
  if (/^\d+$/.test(raw)) return envInt(env, 'TRUST_PROXY', 0, 0, 10);
  const list = raw
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  if (
    !list.every(
      (a) =>
        /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(a) ||
        ['loopback', 'linklocal', 'uniquelocal'].includes(a),
    )
  ) {
    throw new ConfigError(
      `TRUST_PROXY must be true, false, a hop count or a comma-separated list of proxy addresses, got "${raw}"`,
    );
  }
  return list;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function required(env: NodeJS.ProcessEnv, name: string): string {
  const raw = env[name]?.trim();
  if (!raw) throw new ConfigError(`${name} is required when AUTH_MODE=oidc`);
  return raw;
}

function claimName(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  if (!/^[\w:.-]{1,100}$/.test(raw))
    throw new ConfigError(`${name} must be a claim name (letters, digits, _ : . -), got "${raw}"`);
  return raw;
}

function loadOidcConfig(env: NodeJS.ProcessEnv, publicUrl: string): OidcConfig {
  const issuer = url(env, 'OIDC_ISSUER', ['http:', 'https:']);
  if (!issuer) throw new ConfigError('OIDC_ISSUER is required when AUTH_MODE=oidc');
  // Plain http only for an issuer on this machine (the development identity provider).
  if (new URL(issuer).protocol === 'http:' && !LOOPBACK.has(new URL(issuer).hostname)) {
    throw new ConfigError(
      `OIDC_ISSUER must start with https: unless it is on localhost, got "${issuer}"`,
    );
  }
  const scopes = (env['OIDC_SCOPES'] || 'openid email profile').trim().split(/\s+/);
  if (!scopes.includes('openid')) throw new ConfigError('OIDC_SCOPES must include openid');
  if (!scopes.every((s) => /^[\x21\x23-\x5b\x5d-\x7e]+$/.test(s)))
    throw new ConfigError('OIDC_SCOPES must be scope names separated by spaces');
  const providerName = (env['OIDC_PROVIDER_NAME'] || 'Feide').trim();
  if (providerName.length > 60)
    throw new ConfigError('OIDC_PROVIDER_NAME must be at most 60 characters');
  return {
    issuer,
    clientId: required(env, 'OIDC_CLIENT_ID'),
    clientSecret: required(env, 'OIDC_CLIENT_SECRET'),
    scopes: scopes.join(' '),
    emailClaim: claimName(env, 'OIDC_EMAIL_CLAIM', 'email'),
    nameClaim: claimName(env, 'OIDC_NAME_CLAIM', 'name'),
    providerName: providerName || 'Feide',
    autoCreateUsers: envBool(env, 'OIDC_AUTO_CREATE_USERS', true),
    redirectUri: `${publicUrl.replace(/\/+$/, '')}/api/auth/callback`,
  };
}

/** A guessable token would hand out every role in the institution: demand a long random one. */
function scimToken(env: NodeJS.ProcessEnv): string | null {
  const raw = env['SCIM_TOKEN'];
  if (raw === undefined || raw === '') return null;
  if (raw.length < 32 || /\s/.test(raw))
    throw new ConfigError('SCIM_TOKEN must be at least 32 characters without spaces');
  return raw;
}

function loadQueueConfig(env: NodeJS.ProcessEnv): QueueConfig {
  const queuePrefix = env['QUEUE_PREFIX'] || 'tiltak';
  if (!/^[\w.-]{1,100}$/.test(queuePrefix)) {
    throw new ConfigError(
      `QUEUE_PREFIX may hold letters, digits, '.', '_' and '-' only, got "${queuePrefix}"`,
    );
  }
  return {
    queuePrefix,
    workers: envBool(env, 'QUEUE_WORKERS', true),
    cron: envBool(env, 'ESCALATION_CRON', true),
    mailConcurrency: envInt(env, 'MAIL_CONCURRENCY', 4, 1, 100),
    mailAttempts: envInt(env, 'MAIL_ATTEMPTS', 12, 1, 100),
    mailRetryDelayMs: envInt(env, 'MAIL_RETRY_DELAY_MS', 30_000, 1, 3_600_000),
    jobLockMs: envInt(env, 'QUEUE_JOB_LOCK_MS', 30_000, 1_000, 600_000),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const embedded = databaseUrl === null;
  const databaseOwnerUrl = url(env, 'DATABASE_OWNER_URL', ['postgres:', 'postgresql:']);
  if (databaseOwnerUrl && embedded) {
    throw new ConfigError(
      'DATABASE_OWNER_URL needs DATABASE_URL (the embedded PostgreSQL creates its own roles)',
    );
  }
  const authMode = (env['AUTH_MODE'] || (embedded ? 'dev' : 'oidc')) as AuthMode;
  if (authMode !== 'dev' && authMode !== 'oidc') {
    throw new ConfigError(`AUTH_MODE must be dev or oidc, got "${authMode}"`);
  }
  const port = envInt(env, 'PORT', 3000, 0, 65535);
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  const allowDevLogin = envBool(env, 'ALLOW_DEV_LOGIN', false);
  if (authMode === 'dev' && publicUrl.startsWith('https:') && !allowDevLogin) {
    throw new ConfigError(
      'AUTH_MODE=dev lets anyone sign in as anyone: refused with an https PUBLIC_URL (a real installation). Set AUTH_MODE=oidc, or ALLOW_DEV_LOGIN=true for a demo',
    );
  }
  return {
    port,
    databaseUrl,
    databaseOwnerUrl,
    dataDir: resolve(env['TILTAK_DATA_DIR'] || '.data'),
    embeddedPgPort: envInt(env, 'EMBEDDED_PG_PORT', 54329, 1, 65535),
    databasePoolSize: envInt(env, 'DATABASE_POOL_SIZE', DEFAULT_DATABASE_POOL_SIZE, 1, 1000),
    runMigrations: envBool(env, 'MIGRATIONS_RUN', true),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: env['MAIL_FROM'] || 'Tiltak <tiltak@tiltak.example>',
    authMode,
    seedDemo: envBool(env, 'SEED_DEMO', embedded),
    publicUrl,
    sessionTtlHours: envInt(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30),
    sessionIdleMinutes: envInt(env, 'SESSION_IDLE_MINUTES', 60, 1, 24 * 60 * 30),
    allowDevLogin,
    oidc: authMode === 'oidc' ? loadOidcConfig(env, publicUrl) : null,
    secureCookies: envBool(env, 'SECURE_COOKIES', publicUrl.startsWith('https:')),
    webDistDir: resolve(env['WEB_DIST_DIR'] || 'dist/apps/web/browser'),
    rateLimitSignIn: envInt(env, 'RATE_LIMIT_SIGN_IN', 30, 1, 1_000_000),
    rateLimitWrites: envInt(env, 'RATE_LIMIT_WRITES', 300, 1, 1_000_000),
    rateLimitWindowSeconds: envInt(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 24 * 3600),
    trustProxy: trustProxy(env),
    scimToken: scimToken(env),
    queue: loadQueueConfig(env),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
