import { DeadlineScanCron } from '../src/modules/escalation/deadline-scan.cron';
import { EscalationProcessor } from '../src/modules/escalation/escalation.processor';
import {
  drain,
  type EscalationApp,
  openTestDatabase,
  redisAvailable,
  redisPrefix,
  startEscalationApp,
  startRedisProxy,
  startSmtp,
} from './escalation-harness';
import { oneOpenMeasure } from './escalation-fixtures';

describe('Redis unreachable while the API keeps working', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let proxy: Awaited<ReturnType<typeof startRedisProxy>>;
  let app: EscalationApp;
  let cleanupRedis = async () => undefined as void;
  let skip = false;

  beforeAll(async () => {
    if (!(await redisAvailable())) {
      skip = true;
      return;
    }
    database = await openTestDatabase();
    smtp = await startSmtp();
    proxy = await startRedisProxy();
    const prefix = redisPrefix();
    cleanupRedis = prefix.cleanup;
    app = await startEscalationApp({
      databaseUrl: database.url,
      backend: 'redis',
      prefix: prefix.prefix,
      smtpUrl: smtp.url,
      redisUrl: proxy.url,
    });
  });
  afterAll(async () => {
    if (skip) return;
    await app?.close();
    await proxy?.close();
    await smtp?.close();
    await database?.drop();
    await cleanupRedis();
  });

  it('accepts writes and decisions during the outage and delivers everything once afterwards', async () => {
    if (skip) return;
    const f = await oneOpenMeasure(database.db, '2026-12-10');
    // A few more overdue measures for the same people, so there is a batch to deliver.
    const [{ area_id }] = await database.db.query(`SELECT area_id FROM measure WHERE id = $1`, [
      f.measureId,
    ]);
    await database.db.query(
      `INSERT INTO measure (case_id, area_id, title, responsible_user_id, deadline, status)
       SELECT $1, $2, 'Tiltak ' || g, $3, DATE '2026-12-01' + g, 'planned' FROM generate_series(1, 9) g`,
      [f.caseId, area_id, f.users.responsible],
    );
    app.clock.setDay('2027-01-08');

    await proxy.down();
    const leader = await app.login('leder.idi@tiltak.example');
    const { body: m } = await leader.get(`/api/measures/${f.measureId}`);
    expect(
      (
        await leader.patch(`/api/measures/${f.measureId}`, {
          version: m.version,
          description: 'Skrevet mens Redis var nede',
        })
      ).status,
    ).toBe(200);

    const admin = await app.login('admin@tiltak.example');
    const run = await admin.post('/api/escalations/run');
    expect(run.status).toBe(200);
    const decided = Object.values(run.body.created as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(decided).toBe(30); // 10 measures × (overdue, line manager, HR/HSE)
    expect(run.body.queued).toBe(0);
    expect(run.body.relayError).toEqual(expect.any(String));
    const [{ pending }] = await database.db.query(
      `SELECT count(*)::int AS pending FROM notification WHERE status = 'pending'`,
    );
    expect(pending).toBe(30);
    // The cron cannot enqueue either: it logs and tries again next tick.
    expect(await app.app.get(DeadlineScanCron).enqueueRelay()).toBeNull();

    await proxy.up();
    app.clock.setDay('2027-01-08', '12:00');
    await waitForEnqueue(() => app.app.get(DeadlineScanCron).enqueueRelay());
    await drain([app], database.db, 30_000);
    expect(smtp.received).toHaveLength(30);
    expect(new Set(smtp.received.map((r) => r.messageId)).size).toBe(30);
    const statuses = await database.db.query(
      `SELECT status, count(*)::int AS n FROM notification GROUP BY status`,
    );
    expect(statuses).toEqual([{ status: 'sent', n: 30 }]);
    expect(app.app.get(EscalationProcessor).scansRun).toBe(0);
  });
});

/** Right after Redis returns, the producer connection may still be reconnecting. */
async function waitForEnqueue(enqueue: () => Promise<string | null>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await enqueue()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Could not enqueue after Redis returned');
}
