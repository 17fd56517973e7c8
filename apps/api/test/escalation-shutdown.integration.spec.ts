import { DeadlineScanCron } from '../src/modules/escalation/deadline-scan.cron';
import { openTestDatabase, startEscalationApp, startSmtp, waitFor } from './escalation-harness';
import { notificationsOf, oneOpenMeasure } from './escalation-fixtures';

describe('graceful shutdown', () => {
  it('lets a send in progress finish and record its outcome before the app closes', async () => {
    const database = await openTestDatabase();
    const smtp = await startSmtp();
    try {
      const f = await oneOpenMeasure(database.db, '2026-12-10');
      const app = await startEscalationApp({
        databaseUrl: database.url,
        backend: 'postgres',
        smtpUrl: smtp.url,
      });
      smtp.hold = true;
      app.clock.setDay('2026-12-11');
      await app.app.get(DeadlineScanCron).enqueueScan();
      await waitFor('a send in flight', async () => smtp.held() === 1);

      let closed = false;
      const closing = app.close().then(() => (closed = true));
      await new Promise((r) => setTimeout(r, 300));
      expect(closed).toBe(false);
      smtp.release();
      await closing;

      expect(smtp.received).toHaveLength(1);
      expect(
        (await notificationsOf(database.db, f.measureId)).map((r) => [r.step_key, r.status]),
      ).toEqual([['overdue', 'sent']]);
    } finally {
      await smtp.close();
      await database.drop();
    }
  });
});
