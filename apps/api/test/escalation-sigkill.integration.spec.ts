import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { OutboxRelayService } from '../src/modules/notifications/outbox-relay.service';
import { EscalationScanService } from '../src/modules/escalation/escalation-scan.service';
import {
  type EscalationApp,
  openTestDatabase,
  REDIS_URL,
  redisAvailable,
  redisPrefix,
  startEscalationApp,
  startSmtp,
  waitFor,
} from './escalation-harness';
import { oneOpenMeasure } from './escalation-fixtures';

const BATCH = 240;

describe('a worker process killed (SIGKILL) in the middle of a batch of sends', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let app: EscalationApp;
  let prefix: ReturnType<typeof redisPrefix>;
  const workers: ChildProcess[] = [];
  let skip = false;

  beforeAll(async () => {
    if (!(await redisAvailable())) {
      skip = true;
      return;
    }
    database = await openTestDatabase();
    smtp = await startSmtp();
    prefix = redisPrefix();
    // This process only decides and enqueues; the sending happens in child processes.
    app = await startEscalationApp({
      databaseUrl: database.url,
      backend: 'redis',
      prefix: prefix.prefix,
      smtpUrl: smtp.url,
      workers: false,
    });
  }, 120_000);
  afterAll(async () => {
    if (skip) return;
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await app?.close();
    await smtp?.close();
    await database?.drop();
    await prefix?.cleanup();
  });

  function startWorker(): Promise<ChildProcess> {
    const child = fork(join(__dirname, 'escalation-worker.process.ts'), [], {
      execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
      env: {
        ...process.env,
        // The workspace paths (@tiltak/…) live in the base config; the API compiles to CommonJS.
        TS_NODE_PROJECT: join(__dirname, '..', '..', '..', 'tsconfig.base.json'),
        TS_NODE_COMPILER_OPTIONS: JSON.stringify({
          module: 'commonjs',
          moduleResolution: 'node10',
        }),
        DATABASE_URL: database.url,
        REDIS_URL,
        SMTP_URL: smtp.url,
        AUTH_MODE: 'dev',
        WEB_DIST_DIR: '/nonexistent',
        QUEUE_PREFIX: prefix.prefix,
        ESCALATION_CRON: 'false',
        MAIL_CONCURRENCY: '8',
        QUEUE_JOB_LOCK_MS: '2000',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    workers.push(child);
    return new Promise((resolve, reject) => {
      child.once('message', () => resolve(child));
      child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
    });
  }

  it('loses no mail and sends none twice', async () => {
    if (skip) return;
    const f = await oneOpenMeasure(database.db, '2026-12-10');
    const [{ area_id }] = await database.db.query(`SELECT area_id FROM measure WHERE id = $1`, [
      f.measureId,
    ]);
    await database.db.query(`UPDATE measure SET status = 'done' WHERE id = $1`, [f.measureId]);
    await database.db.query(
      `INSERT INTO measure (case_id, area_id, title, responsible_user_id, deadline, status)
       SELECT $1, $2, 'Tiltak ' || g, $3, '2026-12-10', 'planned' FROM generate_series(1, ${BATCH}) g`,
      [f.caseId, area_id, f.users.responsible],
    );
    app.clock.setDay('2026-12-11');
    await app.app.get(EscalationScanService).scan();
    expect(await app.app.get(OutboxRelayService).relay()).toBe(BATCH);

    // Let the first worker send a while, then hold the server's replies so sends are in flight, and kill it.
    const first = await startWorker();
    await waitFor('the first sends', async () => smtp.received.length >= 60, 60_000);
    smtp.hold = true;
    await waitFor('sends in flight', async () => smtp.held() >= 4, 20_000);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    await waitFor('the killed sender to drop its connections', async () => smtp.heldOpen() === 0);
    smtp.release();
    const sentBeforeKill = smtp.received.length;
    expect(sentBeforeKill).toBeLessThan(BATCH);

    await startWorker();
    await waitFor(
      'every notification to be sent',
      async () =>
        (
          await database.db.query(
            `SELECT count(*)::int AS n FROM notification WHERE status = 'sent'`,
          )
        )[0].n === BATCH,
      90_000,
    );
    expect(smtp.abandoned).toBeGreaterThan(0);
    expect(smtp.received).toHaveLength(BATCH);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(BATCH);
  }, 180_000);
});
