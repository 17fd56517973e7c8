import type { JobsOptions } from 'bullmq';

/** The BullMQ queues of deadline follow-up. Two queues, so slow SMTP never delays a scan. */
export const QUEUE = {
  escalation: 'escalation',
  mail: 'mail',
} as const;
export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

export const JOB = {
  /** Decide which ladder steps fell due and write them to the outbox. */
  deadlineScan: 'deadline-scan',
  /** Move pending outbox rows of immediate-mode recipients into the mail queue. */
  outboxRelay: 'outbox-relay',
  /** Gather the pending rows of digest-mode recipients into one mail each. */
  dailyDigest: 'daily-digest',
  /** Re-check, render and send one notification. */
  sendNotification: 'send-notification',
  /** Re-check, render and send one recipient's digest. */
  sendDigest: 'send-digest',
} as const;

export type DeadlineScanJob = { requestedBy?: string };
export type OutboxRelayJob = Record<string, never>;
export type DailyDigestJob = { date: string };
export type SendNotificationJob = { notificationId: string };
export type SendDigestJob = {
  recipientId: string;
  date: string;
  notificationIds: string[];
};

/** Scans are bucketed so that every replica's cron enqueues the same job id, and BullMQ keeps one. */
export const SCAN_BUCKET_MINUTES = 10;
export const RELAY_BUCKET_MINUTES = 1;

/** 'YYYY-MM-DDTHH:MM' of the bucket's start (UTC); no ':' because BullMQ refuses it in custom ids. */
export function bucketOf(now: Date, minutes: number): string {
  const ms = minutes * 60_000;
  return new Date(Math.floor(now.getTime() / ms) * ms).toISOString().slice(0, 16).replace(':', '');
}

export const jobId = {
  scan: (now: Date) => `scan-${bucketOf(now, SCAN_BUCKET_MINUTES)}`,
  relay: (now: Date) => `relay-${bucketOf(now, RELAY_BUCKET_MINUTES)}`,
  digest: (date: string) => `digest-${date}`,
  sendNotification: (notificationId: string) => `mail-${notificationId}`,
  sendDigest: (date: string, recipientId: string) => `digest-${date}-${recipientId}`,
};

/**
 * Completed jobs are kept for a day: while a job id is kept, adding it again is a no-op, which is
 * what makes the bucketed scan id enqueue once across replicas.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** SMTP 4xx and network errors are retried with backoff for about a day before a row counts as failed. */
export const MAIL_JOB_OPTIONS: JobsOptions = {
  attempts: 12,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export const RELAY_BATCH_SIZE = 500;
