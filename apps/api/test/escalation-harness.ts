import { randomBytes } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import IORedis from 'ioredis';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock';
import { loadConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { dataSourceOptions } from '../src/database/data-source-options';
import { QUEUE } from '../src/modules/queues/queue.constants';
import { JobQueues } from '../src/modules/queues/job-queues.service';
import { type Client, loginAs, TEST_ENV } from './api-harness';
import { createTestDatabase } from './test-database';

export const REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';

/** A clock the test moves; "now" is noon in Oslo on the chosen day, or another UTC time of day. */
export class TestClock extends Clock {
  private current = new Date('2026-11-26T11:00:00Z');
  override now(): Date {
    return this.current;
  }
  setDay(date: string, utcTime = '11:00'): void {
    this.current = new Date(`${date}T${utcTime}:00Z`);
  }
  setInstant(iso: string): void {
    this.current = new Date(iso);
  }
}

/** True when Redis answers. Without it Redis tests are skipped loudly, except under CI=true where they must run. */
export async function redisAvailable(): Promise<boolean> {
  const redis = new IORedis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return true;
  } catch (error) {
    if (process.env['CI'] === 'true')
      throw new Error(
        `Redis at ${REDIS_URL} does not answer, and CI=true requires it: ${(error as Error).message}`,
      );
    console.warn(
      `\n\n*** Redis at ${REDIS_URL} does not answer: SKIPPING the Redis-backed escalation tests ***\n\n`,
    );
    return false;
  } finally {
    redis.disconnect();
  }
}

/** A Redis key prefix for one test, and the removal of everything under it. */
export function redisPrefix(): {
  prefix: string;
  cleanup: () => Promise<void>;
} {
  const prefix = `tiltak-test-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  return {
    prefix,
    async cleanup() {
      const redis = new IORedis(REDIS_URL, { maxRetriesPerRequest: 1 });
      try {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
          if (keys.length) await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      } finally {
        redis.disconnect();
      }
    },
  };
}

export interface ReceivedMail {
  to: string;
  messageId: string;
  raw: string;
  /** The raw message with quoted-printable undone, for reading the bodies. */
  text: string;
}

function decodeQuotedPrintable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes = joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** A real SMTP server in-process, counting what it accepts; `reply` decides per message (e.g. 451 for a while). */
export async function startSmtp(): Promise<{
  url: string;
  received: ReceivedMail[];
  reply: {
    data?: (to: string) => number | null;
    rcpt?: (to: string) => number | null;
  };
  refusals: number;
  /** While set, complete messages wait for their "250 OK" (the sender is mid-send) until released. */
  hold: boolean;
  held(): number;
  /** Held messages whose sender is still connected. */
  heldOpen(): number;
  release(): void;
  /** Messages whose sender vanished before the server accepted them: not delivered, as in a real MTA. */
  abandoned: number;
  close(): Promise<void>;
}> {
  const state = {
    received: [] as ReceivedMail[],
    reply: {} as {
      data?: (to: string) => number | null;
      rcpt?: (to: string) => number | null;
    },
    refusals: 0,
    hold: false,
    abandoned: 0,
  };
  const holding = new Map<string, () => void>();
  const closed = new Set<string>();
  const smtpError = (code: number) =>
    Object.assign(new Error(code >= 500 ? 'Mailbox unavailable' : 'Try again later'), {
      responseCode: code,
    });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onClose(session) {
      closed.add(session.id);
    },
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const code = state.reply.rcpt?.(address.address) ?? null;
      if (code) {
        state.refusals++;
        return callback(smtpError(code));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const to = session.envelope.rcptTo.map((r) => r.address).join(',');
        const code = state.reply.data?.(to) ?? null;
        if (code) {
          state.refusals++;
          return callback(smtpError(code));
        }
        const messageId = /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '';
        const accept = () => {
          if (closed.has(session.id)) {
            state.abandoned++;
            return;
          }
          state.received.push({
            to,
            messageId,
            raw,
            text: decodeQuotedPrintable(raw),
          });
          callback();
        };
        if (state.hold) holding.set(session.id, accept);
        else accept();
      });
    },
  });
  // A sender killed mid-conversation resets its connection (read ECONNRESET): what a real MTA shrugs off.
  // Without a listener the server would rethrow it into the test process.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return Object.assign(state, {
    url: `smtp://127.0.0.1:${port}`,
    held: () => holding.size,
    heldOpen: () => [...holding.keys()].filter((id) => !closed.has(id)).length,
    release() {
      state.hold = false;
      for (const accept of holding.values()) accept();
      holding.clear();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

export interface EscalationApp {
  app: NestFastifyApplication;
  clock: TestClock;
  login(email: string): Promise<Client>;
  close(): Promise<void>;
}

/**
 * The whole app in-process on a given database, with the chosen queue backend, a movable clock, the
 * crons off (tests call them) and short mail retry delays.
 */
export async function startEscalationApp(opts: {
  databaseUrl: string;
  backend: 'redis' | 'postgres';
  prefix?: string;
  smtpUrl?: string;
  clock?: TestClock;
  /** Another Redis address, e.g. a proxy the test can cut. */
  redisUrl?: string;
  /** false: this app only decides and enqueues; workers run elsewhere. */
  workers?: boolean;
}): Promise<EscalationApp> {
  const clock = opts.clock ?? new TestClock();
  const config = loadConfig({
    ...TEST_ENV,
    AUTH_MODE: 'dev',
    DATABASE_URL: opts.databaseUrl,
    WEB_DIST_DIR: '/nonexistent',
    PUBLIC_URL: 'https://tiltak.test',
    // Mail links need an https address; dev login there must be allowed explicitly.
    ALLOW_DEV_LOGIN: 'true',
    QUEUE_PREFIX: opts.prefix ?? 'unused',
    ESCALATION_CRON: 'false',
    MAIL_RETRY_DELAY_MS: '100',
    MAIL_ATTEMPTS: '8',
    QUEUE_WORKERS: String(opts.workers ?? true),
    ...(opts.backend === 'redis' ? { REDIS_URL: opts.redisUrl ?? REDIS_URL } : {}),
    ...(opts.smtpUrl ? { SMTP_URL: opts.smtpUrl } : {}),
  });
  const app = await createApp(config, opts.databaseUrl, {
    logger: process.env['TEST_LOG'] ? undefined : false,
    clock,
  });
  return {
    app,
    clock,
    login: (email) => loginAs(app, email),
    close: () => app.close(),
  };
}

export async function openTestDatabase(): Promise<{
  url: string;
  db: DataSource;
  drop(): Promise<void>;
}> {
  const database = await createTestDatabase();
  // The test's own connection (fixtures, inspection) is the owner's; the app's (`url`) is the app role's.
  const db = await new DataSource(dataSourceOptions(database.ownerUrl)).initialize();
  return {
    url: database.url,
    db,
    async drop() {
      await db.destroy();
      await database.drop();
    },
  };
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 45_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Until both queues are empty (nothing waiting, active or delayed) and no outbox row is pending or queued. */
export async function drain(
  apps: EscalationApp[],
  db: DataSource,
  timeoutMs = 45_000,
): Promise<void> {
  const queues = apps[0].app.get(JobQueues);
  await waitFor(
    'the queues and the outbox to drain',
    async () => {
      for (const name of Object.values(QUEUE)) {
        const c = await queues
          .queue(name)
          .getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        if (Object.values(c).some((n) => n > 0)) return false;
      }
      const [{ open }] = await db.query(
        `SELECT count(*)::int AS open FROM notification WHERE status IN ('pending', 'queued')`,
      );
      return open === 0;
    },
    timeoutMs,
  );
}

/** A TCP proxy in front of Redis that the test can cut and restore: a Redis outage without touching Redis. */
export async function startRedisProxy(): Promise<{
  url: string;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}> {
  const target = new URL(REDIS_URL);
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      if (server) return resolve();
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 6379), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('error', () => undefined);
          s.on('close', () => sockets.delete(s));
        }
        client.pipe(upstream).pipe(client);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  const down = async () => {
    const s = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await listen();
  return {
    url: `redis://127.0.0.1:${port}${target.pathname}`,
    down,
    up: listen,
    close: down,
  };
}
