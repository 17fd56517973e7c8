import {
  drain,
  type EscalationApp,
  openTestDatabase,
  redisAvailable,
  redisPrefix,
  startEscalationApp,
  startSmtp,
  TestClock,
} from './escalation-harness';
import { type LadderFixture, notificationsOf, oneOpenMeasure } from './escalation-fixtures';
import { DeadlineScanCron } from '../src/modules/escalation/deadline-scan.cron';

// Deadline Thursday 2026-12-10, default ladder in calendar days: reminder 12-03, overdue 12-11,
// line manager 12-24, HR/HSE 2027-01-07.
const DEADLINE = '2026-12-10';
const TIMELINE: [day: string, expected: { step: string; to: string }[]][] = [
  ['2026-12-02', []],
  ['2026-12-03', [{ step: 'reminder', to: 'ansatt.idi@tiltak.example' }]],
  ['2026-12-10', []],
  ['2026-12-11', [{ step: 'overdue', to: 'ansatt.idi@tiltak.example' }]],
  ['2026-12-23', []],
  ['2026-12-24', [{ step: 'line_manager', to: 'leder.idi@tiltak.example' }]],
  ['2027-01-06', []],
  ['2027-01-07', [{ step: 'hr', to: 'hms.ie@tiltak.example' }]],
  ['2027-01-08', []],
  ['2027-02-01', []],
];

describe.each(['postgres', 'redis'] as const)(
  'escalation ladder on the %s queue backend',
  (backend) => {
    let database: Awaited<ReturnType<typeof openTestDatabase>>;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    let app: EscalationApp;
    let fixture: LadderFixture;
    let cleanupRedis = async () => undefined as void;
    let skip = false;

    beforeAll(async () => {
      if (backend === 'redis' && !(await redisAvailable())) {
        skip = true;
        return;
      }
      database = await openTestDatabase();
      smtp = await startSmtp();
      const prefix = redisPrefix();
      cleanupRedis = prefix.cleanup;
      fixture = await oneOpenMeasure(database.db, DEADLINE);
      app = await startEscalationApp({
        databaseUrl: database.url,
        backend,
        prefix: prefix.prefix,
        smtpUrl: smtp.url,
        clock: new TestClock(),
      });
    });

    afterAll(async () => {
      if (skip) return;
      await app?.close();
      await smtp?.close();
      await database?.drop();
      await cleanupRedis();
    });

    it('sends reminder, overdue notice, line-manager and HR/HSE escalations on their days, each once, to the right people', async () => {
      if (skip) return;
      const cron = app.app.get(DeadlineScanCron);
      let sentBefore = 0;
      for (const [day, expected] of TIMELINE) {
        app.clock.setDay(day);
        expect(await cron.enqueueScan()).toBe(`scan-${day}T1100`);
        await drain([app], database.db);
        const fresh = smtp.received.slice(sentBefore);
        sentBefore = smtp.received.length;
        expect({ day, to: fresh.map((m) => m.to).sort() }).toEqual({
          day,
          to: expected.map((e) => e.to).sort(),
        });
      }
      const rows = await notificationsOf(database.db, fixture.measureId);
      expect(rows.map((r) => [r.step_key, r.email, r.status, r.delivered_via])).toEqual([
        ['reminder', 'ansatt.idi@tiltak.example', 'sent', 'smtp'],
        ['overdue', 'ansatt.idi@tiltak.example', 'sent', 'smtp'],
        ['line_manager', 'leder.idi@tiltak.example', 'sent', 'smtp'],
        ['hr', 'hms.ie@tiltak.example', 'sent', 'smtp'],
      ]);
      expect(rows[0].dedupe_key).toBe(
        `measure:${fixture.measureId}:v1:reminder:${fixture.users.responsible}`,
      );
      // Every mail distinct at the SMTP server: zero duplicates.
      expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(4);
      const hrMail = smtp.received.find((m) => m.to === 'hms.ie@tiltak.example')!;
      expect(hrMail.text).toContain(`https://tiltak.test/cases/${fixture.caseId}`);
      expect(hrMail.text).toMatch(/28 dager over fristen/);
    }, 180_000); // ten simulated days; slow only on a loaded machine

    it('re-running the scan sends nothing new', async () => {
      if (skip) return;
      const before = smtp.received.length;
      const admin = await app.login('admin@tiltak.example');
      const res = await admin.post('/api/escalations/run');
      expect(res.status).toBe(200);
      expect(res.body).toEqual(
        expect.objectContaining({ created: {}, queued: 0, relayError: null }),
      );
      await drain([app], database.db);
      expect(smtp.received.length).toBe(before);
    });
  },
);
