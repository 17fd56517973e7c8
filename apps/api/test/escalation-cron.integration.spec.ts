import { DeadlineScanCron } from '../src/modules/escalation/deadline-scan.cron';
import { EscalationProcessor } from '../src/modules/escalation/escalation.processor';
import {
  drain,
  type EscalationApp,
  openTestDatabase,
  redisAvailable,
  redisPrefix,
  startEscalationApp,
  TestClock,
} from './escalation-harness';
import { oneOpenMeasure } from './escalation-fixtures';

describe.each(['postgres', 'redis'] as const)(
  'two API processes running the cron on the %s backend',
  (backend) => {
    let database: Awaited<ReturnType<typeof openTestDatabase>>;
    let apps: EscalationApp[] = [];
    let cleanupRedis = async () => undefined as void;
    let skip = false;

    beforeAll(async () => {
      if (backend === 'redis' && !(await redisAvailable())) {
        skip = true;
        return;
      }
      database = await openTestDatabase();
      await oneOpenMeasure(database.db, '2026-12-10');
      const prefix = redisPrefix();
      cleanupRedis = prefix.cleanup;
      apps = [
        await startEscalationApp({
          databaseUrl: database.url,
          backend,
          prefix: prefix.prefix,
          clock: new TestClock(),
        }),
        await startEscalationApp({
          databaseUrl: database.url,
          backend,
          prefix: prefix.prefix,
          clock: new TestClock(),
        }),
      ];
    });
    afterAll(async () => {
      if (skip) return;
      for (const app of apps) await app.close();
      await database?.drop();
      await cleanupRedis();
    });

    const scansRun = () => apps.reduce((n, a) => n + a.app.get(EscalationProcessor).scansRun, 0);

    async function tick(utcTime: string): Promise<(string | null)[]> {
      for (const app of apps) app.clock.setDay('2026-12-11', utcTime);
      const ids = await Promise.all(apps.map((a) => a.app.get(DeadlineScanCron).enqueueScan()));
      await drain(apps, database.db);
      return ids;
    }

    it('enqueues one scan per 10-minute bucket, however many processes tick', async () => {
      if (skip) return;
      expect(await tick('11:00')).toEqual(['scan-2026-12-11T1100', 'scan-2026-12-11T1100']);
      expect(scansRun()).toBe(1);
      // Later ticks in the same bucket (a slow replica) find the job already there.
      expect(await tick('11:09')).toEqual(['scan-2026-12-11T1100', 'scan-2026-12-11T1100']);
      expect(scansRun()).toBe(1);
      expect(await tick('11:10')).toEqual(['scan-2026-12-11T1110', 'scan-2026-12-11T1110']);
      expect(scansRun()).toBe(2);
      const [{ n }] = await database.db.query(`SELECT count(*)::int AS n FROM notification`);
      expect(n).toBe(1);
    });
  },
);
