import { resolve } from 'node:path';

export type AuthMode = 'dev' | 'oidc';

/** Everything the API reads from the environment, validated once at start-up. */
export interface AppConfig {
  port: number;
  /** Unset means: start the embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  redisUrl: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  authMode: AuthMode;
  /** Load the synthetic NTNU once into an empty database. */
  seedDemo: boolean;
  publicUrl: string;
  sessionTtlHours: number;
  /** Secure cookies need HTTPS; the embedded run on http://localhost turns it off. */
  secureCookies: boolean;
  webDistDir: string;
  /** Bearer token of the SCIM provisioning client (Entra ID); null turns /scim/v2 off (404). */
  scimToken: string | null;
}

export class ConfigError extends Error {}

export function envInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function envBool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
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

/** A guessable token would hand out every role in the institution: demand a long random one. */
function scimToken(env: NodeJS.ProcessEnv): string | null {
  const raw = env['SCIM_TOKEN'];
  if (raw === undefined || raw === '') return null;
  if (raw.length < 32 || /\s/.test(raw)) throw new ConfigError('SCIM_TOKEN must be at least 32 characters without spaces');
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const embedded = databaseUrl === null;
  const authMode = (env['AUTH_MODE'] || (embedded ? 'dev' : 'oidc')) as AuthMode;
  if (authMode !== 'dev' && authMode !== 'oidc') {
    throw new ConfigError(`AUTH_MODE must be dev or oidc, got "${authMode}"`);
  }
  const port = envInt(env, 'PORT', 3000, 0, 65535);
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  return {
    port,
    databaseUrl,
    dataDir: resolve(env['TILTAK_DATA_DIR'] || '.data'),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: env['MAIL_FROM'] || 'Tiltak <tiltak@tiltak.example>',
    authMode,
    seedDemo: envBool(env, 'SEED_DEMO', embedded),
    publicUrl,
    sessionTtlHours: envInt(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30),
    secureCookies: envBool(env, 'SECURE_COOKIES', publicUrl.startsWith('https:')),
    webDistDir: resolve(env['WEB_DIST_DIR'] || 'dist/apps/web/browser'),
    scimToken: scimToken(env),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
