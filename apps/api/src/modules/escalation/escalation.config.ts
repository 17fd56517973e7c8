import { ConfigError } from '../../config/app-config';

/**
 * Queue and mail settings beyond AppConfig (which has REDIS_URL, SMTP_URL, MAIL_FROM, PUBLIC_URL).
 * Validated once, when the app module is built.
 */
export interface EscalationConfig {
  /** Redis key prefix of every queue: separates installations (and test runs) sharing one Redis. */
  queuePrefix: string;
  /** Run the processors in this process; API-only replicas turn it off and leave work to workers. */
  workers: boolean;
  /** Run the crons (scan every 10 minutes, relay every minute, daily digest) in this process. */
  cron: boolean;
  mailConcurrency: number;
  mailAttempts: number;
  /** First retry delay of a temporary SMTP failure; doubles each attempt. */
  mailRetryDelayMs: number;
  /** Local hour (Europe/Oslo) at which daily digests go out. */
  digestHour: number;
}

export const ESCALATION_CONFIG = Symbol('ESCALATION_CONFIG');

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function loadEscalationConfig(env: NodeJS.ProcessEnv = process.env): EscalationConfig {
  const queuePrefix = env['QUEUE_PREFIX'] || 'tiltak';
  if (!/^[\w.-]{1,100}$/.test(queuePrefix)) {
    throw new ConfigError(`QUEUE_PREFIX may hold letters, digits, '.', '_' and '-' only, got "${queuePrefix}"`);
  }
  return {
    queuePrefix,
    workers: bool(env, 'QUEUE_WORKERS', true),
    cron: bool(env, 'ESCALATION_CRON', true),
    mailConcurrency: int(env, 'MAIL_CONCURRENCY', 4, 1, 100),
    mailAttempts: int(env, 'MAIL_ATTEMPTS', 12, 1, 100),
    mailRetryDelayMs: int(env, 'MAIL_RETRY_DELAY_MS', 30_000, 1, 3_600_000),
    digestHour: int(env, 'DIGEST_HOUR', 7, 0, 23),
  };
}
