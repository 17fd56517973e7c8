import type { DataSource } from 'typeorm';
import { EscalationScanService } from '../src/modules/escalation/escalation-scan.service';
import { type EscalationApp, openTestDatabase, startEscalationApp } from './escalation-harness';
import { type LadderFixture, notificationsOf, oneOpenMeasure } from './escalation-fixtures';

// Who receives each step (docs/architecture.md § Deadline follow-up): responsible → line manager → faculty HR/HSE → institution HR/HSE,
// a missing person falling back up the line and being reported to HR/HSE, never dropped.
describe('escalation recipients', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: DataSource;
  let app: EscalationApp;
  let f: LadderFixture;
  let n = 0;

  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    f = await oneOpenMeasure(db, '2026-12-10');
    await db.query(`UPDATE measure SET status = 'done' WHERE id = $1`, [f.measureId]);
    app = await startEscalationApp({
      databaseUrl: database.url,
      backend: 'postgres',
    });
    // The workers would send (to the outbox) and that is not the point here: only decisions are read.
    app.clock.setDay('2027-01-08');
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function decide(responsibleId: string | null): Promise<[string, string, string][]> {
    const [{ area_id }] = await db.query(
      `SELECT id AS area_id FROM area WHERE case_id = $1 LIMIT 1`,
      [f.caseId],
    );
    const [m] = await db.query(
      `INSERT INTO measure (case_id, area_id, title, responsible_user_id, deadline, status) VALUES ($1, $2, $3, $4, '2026-12-10', 'planned') RETURNING id`,
      [f.caseId, area_id, `Tiltak ${++n}`, responsibleId],
    );
    await app.app.get(EscalationScanService).scan();
    await db.query(`UPDATE measure SET status = 'done' WHERE id = $1`, [m.id]);
    return (await notificationsOf(db, m.id))
      .map((r) => [r.step_key, r.template, r.email] as [string, string, string])
      .sort();
  }

  it('catches up on the current step per kind of recipient only (no stale reminder)', async () => {
    expect(await decide(f.users.responsible)).toEqual([
      ['hr', 'escalation', 'hms.ie@tiltak.example'],
      ['line_manager', 'escalation', 'leder.idi@tiltak.example'],
      ['overdue', 'escalation', 'ansatt.idi@tiltak.example'],
    ]);
  });

  it('a responsible who leads the unit escalates to the leader above', async () => {
    expect(await decide(f.users.leader)).toEqual([
      ['hr', 'escalation', 'hms.ie@tiltak.example'],
      ['line_manager', 'escalation', 'dekan.ie@tiltak.example'],
      ['overdue', 'escalation', 'leder.idi@tiltak.example'],
    ]);
  });

  it('no responsible: the notice goes to the line manager and HR/HSE is told', async () => {
    expect(await decide(null)).toEqual([
      ['hr', 'escalation', 'hms.ie@tiltak.example'],
      ['line_manager', 'escalation', 'leder.idi@tiltak.example'],
      ['overdue', 'escalation', 'leder.idi@tiltak.example'],
      ['overdue', 'missing_recipient', 'hms.ie@tiltak.example'],
    ]);
  });

  it('a unit without a leader: the leader above, reported to HR/HSE; no faculty HR: institution HR', async () => {
    await db.query(`UPDATE org_unit SET leader_id = NULL WHERE code = 'IE-IDI'`);
    await db.query(`DELETE FROM role_assignment WHERE user_id = $1 AND role = 'hr'`, [
      f.users.facultyHr,
    ]);
    try {
      expect(await decide(f.users.responsible)).toEqual([
        ['hr', 'escalation', 'hr@tiltak.example'],
        ['line_manager', 'escalation', 'dekan.ie@tiltak.example'],
        ['line_manager', 'missing_recipient', 'hr@tiltak.example'],
        ['overdue', 'escalation', 'ansatt.idi@tiltak.example'],
      ]);
    } finally {
      await db.query(`UPDATE org_unit SET leader_id = $1 WHERE code = 'IE-IDI'`, [f.users.leader]);
      const [{ id }] = await db.query(`SELECT id FROM org_unit WHERE code = 'IE'`);
      await db.query(`INSERT INTO role_assignment (user_id, role, unit_id) VALUES ($1, 'hr', $2)`, [
        f.users.facultyHr,
        id,
      ]);
    }
  });

  it("a case behind its phase deadline escalates the unit's leader", async () => {
    await db.query(`UPDATE follow_up_case SET state = 'results_presented' WHERE id = $1`, [
      f.caseId,
    ]);
    const [{ round_id }] = await db.query(`SELECT round_id FROM follow_up_case WHERE id = $1`, [
      f.caseId,
    ]);
    await db.query(
      `UPDATE survey_round SET follow_up_meeting_by = '2026-11-01', plan_registered_by = '2026-12-20', evaluation_by = '2027-06-01' WHERE id = $1`,
      [round_id],
    );
    try {
      await app.app.get(EscalationScanService).scan();
      const rows = await db.query(
        `SELECT n.phase, n.step_key, n.deadline_version, n.dedupe_key, u.email FROM notification n JOIN app_user u ON u.id = n.recipient_id
          WHERE n.subject_kind = 'phase' AND n.subject_id = $1 ORDER BY n.step_key`,
        [f.caseId],
      );
      // Plan registered by 2026-12-20 (19 days ago): overdue to the leader, line manager is the dean.
      expect(
        rows.map((r: { phase: string; step_key: string; email: string }) => [
          r.phase,
          r.step_key,
          r.email,
        ]),
      ).toEqual([
        ['plan_registered', 'line_manager', 'dekan.ie@tiltak.example'],
        ['plan_registered', 'overdue', 'leder.idi@tiltak.example'],
      ]);
      expect(rows[1].deadline_version).toBe(20261220);
      expect(rows[1].dedupe_key).toBe(
        `phase:${f.caseId}.plan_registered:v20261220:overdue:${f.users.leader}`,
      );
    } finally {
      await db.query(`UPDATE follow_up_case SET state = 'evaluated' WHERE id = $1`, [f.caseId]);
    }
  });
});
