import { ConfigError, envBool as bool, envInt as int } from '../../config/app-config';

/**
 * Queue and mail settings beyond AppConfig (which has REDIS_URL, SMTP_URL, MAIL_FROM, PUBLIC_URL).
 * Validated once, when the app module is built.
 */
export interface EscalationConfig {
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

export const ESCALATION_CONFIG = Symbol('ESCALATION_CONFIG');

export function loadEscalationConfig(env: NodeJS.ProcessEnv = process.env): EscalationConfig {
  const queuePrefix = env['QUEUE_PREFIX'] || 'tiltak';
  if (!/^[\w.-]{1,100}$/.test(queuePrefix)) {
    throw new ConfigError(
      `QUEUE_PREFIX may hold letters, digits, '.', '_' and '-' only, got "${queuePrefix}"`,
    );
  }
  return {
    queuePrefix,
    workers: bool(env, 'QUEUE_WORKERS', true),
    cron: bool(env, 'ESCALATION_CRON', true),
    mailConcurrency: int(env, 'MAIL_CONCURRENCY', 4, 1, 100),
    mailAttempts: int(env, 'MAIL_ATTEMPTS', 12, 1, 100),
    mailRetryDelayMs: int(env, 'MAIL_RETRY_DELAY_MS', 30_000, 1, 3_600_000),
    jobLockMs: int(env, 'QUEUE_JOB_LOCK_MS', 30_000, 1_000, 600_000),
  };
}
