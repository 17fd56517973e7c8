import type { DataSource } from 'typeorm';
import { EscalationScanService } from '../src/modules/escalation/escalation-scan.service';
import { OutboxRelayService } from '../src/modules/notifications/outbox-relay.service';
import { DeadlineScanCron } from '../src/modules/escalation/deadline-scan.cron';
import {
  drain,
  type EscalationApp,
  openTestDatabase,
  startEscalationApp,
  startSmtp,
  waitFor,
} from './escalation-harness';
import { type LadderFixture, notificationsOf, oneOpenMeasure } from './escalation-fixtures';

// Mail delivery and the send-time re-check, on the PostgreSQL backend (the Redis backend shares
// every line of this code above BullMQ; the ladder test runs on both).
describe('escalation delivery', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let app: EscalationApp;
  let db: DataSource;

  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    smtp = await startSmtp();
    app = await startEscalationApp({
      databaseUrl: database.url,
      backend: 'postgres',
      smtpUrl: smtp.url,
    });
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
    await database?.drop();
  });

  async function freshMeasure(deadline: string): Promise<LadderFixture> {
    await db.query(`UPDATE measure SET status = 'done' WHERE status NOT IN ('done', 'cancelled')`);
    return oneOpenMeasure(db, deadline);
  }

  it('a moved deadline stops the old ladder, also for a notice already decided, and starts a new one', async () => {
    const f = await freshMeasure('2026-12-10');
    const cron = app.app.get(DeadlineScanCron);
    app.clock.setDay('2026-12-11');
    await cron.enqueueScan();
    await drain([app], db);
    expect((await notificationsOf(db, f.measureId)).map((r) => [r.step_key, r.status])).toEqual([
      ['overdue', 'sent'],
    ]);

    // The line-manager step is decided (outbox row written) but not sent when the deadline moves.
    app.clock.setDay('2026-12-24');
    await app.app.get(EscalationScanService).scan();
    const leader = await app.login('leder.idi@tiltak.example');
    const { body: m } = await leader.get(`/api/measures/${f.measureId}`);
    const moved = await leader.post(`/api/measures/${f.measureId}/deadline`, {
      deadline: '2027-01-15',
      reason: 'Venter på ny kantineavtale',
      version: m.version,
    });
    expect(moved.status).toBe(200);
    const sentBefore = smtp.received.length;
    await app.app.get(OutboxRelayService).relay();
    await drain([app], db);
    expect(smtp.received.length).toBe(sentBefore);
    const rows = await notificationsOf(db, f.measureId);
    expect(rows.map((r) => [r.step_key, r.deadline_version, r.status, r.last_error])).toEqual([
      ['overdue', 1, 'sent', null],
      ['line_manager', 1, 'skipped', 'the deadline was moved'],
    ]);

    // The new deadline (version 2) gets its own ladder: the reminder a week before.
    app.clock.setDay('2027-01-08');
    await cron.enqueueScan();
    await drain([app], db);
    const after = await notificationsOf(db, f.measureId);
    expect(
      after.filter((r) => r.deadline_version === 2).map((r) => [r.step_key, r.email, r.status]),
    ).toEqual([['reminder', 'ansatt.idi@tiltak.example', 'sent']]);
    expect(smtp.received.length).toBe(sentBefore + 1);
  });

  it('a measure done before its notice is sent gets nothing', async () => {
    const f = await freshMeasure('2026-12-10');
    app.clock.setDay('2026-12-11');
    await app.app.get(EscalationScanService).scan();
    await db.query(
      `UPDATE measure SET status = 'done', completed_on = '2026-12-11' WHERE id = $1`,
      [f.measureId],
    );
    const sentBefore = smtp.received.length;
    await app.app.get(OutboxRelayService).relay();
    await drain([app], db);
    expect(smtp.received.length).toBe(sentBefore);
    expect(
      (await notificationsOf(db, f.measureId)).map((r) => [r.step_key, r.status, r.last_error]),
    ).toEqual([['overdue', 'skipped', 'the measure is done']]);
  });

  it('SMTP answering 4xx for a while: retried with backoff, then delivered once', async () => {
    const f = await freshMeasure('2026-12-10');
    let refusalsLeft = 3;
    smtp.reply.data = () => (refusalsLeft-- > 0 ? 451 : null);
    const sentBefore = smtp.received.length;
    app.clock.setDay('2026-12-11', '12:00');
    await app.app.get(DeadlineScanCron).enqueueScan();
    await drain([app], db);
    smtp.reply.data = undefined;
    const [row] = await notificationsOf(db, f.measureId);
    expect([row.step_key, row.status, row.attempts]).toEqual(['overdue', 'sent', 4]);
    expect(smtp.received.length).toBe(sentBefore + 1);
    expect(smtp.received.at(-1)!.to).toBe('ansatt.idi@tiltak.example');
  });

  it('SMTP answering 5xx: failed at once, not retried, and visible to admin and HR', async () => {
    const f = await freshMeasure('2026-12-10');
    smtp.reply.rcpt = (to) => (to === 'ansatt.idi@tiltak.example' ? 550 : null);
    const refusalsBefore = smtp.refusals;
    const sentBefore = smtp.received.length;
    app.clock.setDay('2026-12-11', '13:00');
    await app.app.get(DeadlineScanCron).enqueueScan();
    await drain([app], db);
    // Give a wrongly scheduled retry the time to happen.
    await new Promise((r) => setTimeout(r, 500));
    smtp.reply.rcpt = undefined;
    const [row] = await notificationsOf(db, f.measureId);
    expect([row.step_key, row.status, row.attempts]).toEqual(['overdue', 'failed', 1]);
    expect(row.last_error).toMatch(/550/);
    expect(smtp.refusals - refusalsBefore).toBe(1);
    expect(smtp.received.length).toBe(sentBefore);

    for (const email of ['admin@tiltak.example', 'hms.ie@tiltak.example']) {
      const res = await (await app.login(email)).get('/api/notifications?status=failed');
      expect(res.status).toBe(200);
      expect((res.body as { items: { subjectId: string; lastError: string }[] }).items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            subjectId: f.measureId,
            lastError: expect.stringMatching(/550/),
          }),
        ]),
      );
    }
    const other = await (
      await app.login('leder.itk@tiltak.example')
    ).get('/api/notifications?status=failed');
    expect(
      (other.body as { items: { subjectId: string }[] }).items.some(
        (i) => i.subjectId === f.measureId,
      ),
    ).toBe(false);
  });

  it('without SMTP_URL the outbox keeps the rendered mail and marks it delivered there', async () => {
    // Its own database: two apps on one PostgreSQL queue would share the jobs.
    const own = await openTestDatabase();
    const f = await oneOpenMeasure(own.db, '2026-12-10');
    const outboxApp = await startEscalationApp({
      databaseUrl: own.url,
      backend: 'postgres',
    });
    try {
      outboxApp.clock.setDay('2026-12-03');
      await outboxApp.app.get(DeadlineScanCron).enqueueScan();
      await drain([outboxApp], own.db);
      const [row] = await notificationsOf(own.db, f.measureId);
      expect([row.step_key, row.status, row.delivered_via]).toEqual(['reminder', 'sent', 'outbox']);
      const mine = await (
        await outboxApp.login('ansatt.idi@tiltak.example')
      ).get('/api/notifications');
      const item = (
        mine.body as {
          items: {
            subjectId: string;
            subject: string;
            bodyText: string;
            bodyHtml: string;
          }[];
        }
      ).items.find((i) => i.subjectId === f.measureId)!;
      expect(item.subject).toBe(
        'Påminnelse: frist 10. desember 2026 for tiltaket «Felles lunsj hver fredag»',
      );
      expect(item.bodyText).toContain('7 dager til fristen');
      expect(item.bodyHtml).toContain(`<a href="https://tiltak.test/cases/${f.caseId}">`);
    } finally {
      await outboxApp.close();
      await own.drop();
    }
  });

  it('a recipient in digest mode gets one daily mail with all their notices', async () => {
    const f = await freshMeasure('2026-12-10');
    await db.query(`UPDATE app_user SET notify_mode = 'digest', language = 'en' WHERE id = $1`, [
      f.users.responsible,
    ]);
    const [area] = await db.query(`SELECT area_id FROM measure WHERE id = $1`, [f.measureId]);
    const [second] = await db.query(
      `INSERT INTO measure (case_id, area_id, title, goal, responsible_user_id, deadline, status)
       VALUES ($1, $2, 'Second measure', 'Goal', $3, '2026-12-09', 'planned') RETURNING id`,
      [f.caseId, area.area_id, f.users.responsible],
    );
    const subjects = [f.measureId, second.id];
    const sentBefore = smtp.received.length;
    app.clock.setDay('2026-12-11', '14:00');
    const cron = app.app.get(DeadlineScanCron);
    await cron.enqueueScan();
    await waitFor(
      'the scan to decide',
      async () =>
        (
          await db.query(`SELECT 1 FROM notification WHERE subject_id = ANY($1::uuid[])`, [
            subjects,
          ])
        ).length === 2,
    );
    expect(smtp.received.length).toBe(sentBefore);
    await cron.enqueueDigest();
    await waitFor('the digest', async () => smtp.received.length > sentBefore);
    await drain([app], db);
    expect(smtp.received.length).toBe(sentBefore + 1);
    const digest = smtp.received.at(-1)!;
    expect(digest.text).toContain('Felles lunsj hver fredag');
    expect(digest.text).toContain('Second measure');
    const rows = await db.query(
      `SELECT status FROM notification WHERE subject_id = ANY($1::uuid[])`,
      [subjects],
    );
    expect(rows.map((r: { status: string }) => r.status)).toEqual(['sent', 'sent']);
    await db.query(`UPDATE app_user SET notify_mode = 'immediate', language = 'nb' WHERE id = $1`, [
      f.users.responsible,
    ]);
  });
});
