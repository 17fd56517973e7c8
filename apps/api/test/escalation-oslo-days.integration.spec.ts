import type { DataSource } from 'typeorm';
import { EscalationScanService } from '../src/modules/escalation/escalation-scan.service';
import { type EscalationApp, openTestDatabase, startEscalationApp } from './escalation-harness';
import { type LadderFixture, notificationsOf, oneOpenMeasure } from './escalation-fixtures';

// The scan counts days in Europe/Oslo (across DST changes) and, for business-day steps, skips
// weekends and Norwegian public holidays, in SQL as in the shared policy functions.
describe('escalation days in Europe/Oslo', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: DataSource;
  let app: EscalationApp;
  let f: LadderFixture;

  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    f = await oneOpenMeasure(db, '2026-10-24');
    app = await startEscalationApp({
      databaseUrl: database.url,
      backend: 'postgres',
      workers: false,
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const scanAt = async (instant: string) => {
    app.clock.setInstant(instant);
    await app.app.get(EscalationScanService).scan();
  };
  const steps = async (id: string) => (await notificationsOf(db, id)).map((r) => r.step_key);

  it('the day after the deadline begins at midnight in Oslo, also the night summer time ends', async () => {
    // Deadline Saturday 2026-10-24; summer time ends 2026-10-25 at 03:00.
    await scanAt('2026-10-24T21:30:00Z'); // 23:30 on the 24th in Oslo
    expect(await steps(f.measureId)).toEqual(['reminder']);
    await scanAt('2026-10-24T22:30:00Z'); // 00:30 on the 25th in Oslo
    expect(await steps(f.measureId)).toEqual(['reminder', 'overdue']);
  });

  it('business-day steps skip Easter (2026-04-02 to 04-06) and weekends', async () => {
    const [{ round_id }] = await db.query(`SELECT round_id FROM follow_up_case WHERE id = $1`, [
      f.caseId,
    ]);
    await db.query(`UPDATE survey_round SET escalation_policy = $2 WHERE id = $1`, [
      round_id,
      JSON.stringify({
        steps: [
          {
            key: 'overdue',
            offsetDays: 1,
            dayKind: 'business',
            recipient: 'responsible',
          },
        ],
      }),
    ]);
    await db.query(`UPDATE measure SET status = 'done' WHERE id = $1`, [f.measureId]);
    const [{ area_id }] = await db.query(`SELECT area_id FROM measure WHERE id = $1`, [
      f.measureId,
    ]);
    const [m] = await db.query(
      `INSERT INTO measure (case_id, area_id, title, responsible_user_id, deadline, status)
       VALUES ($1, $2, 'Før påske', $3, '2026-04-01', 'planned') RETURNING id`,
      [f.caseId, area_id, f.users.responsible],
    );
    await scanAt('2026-04-06T10:00:00Z'); // Easter Monday
    expect(await steps(m.id)).toEqual([]);
    await scanAt('2026-04-07T10:00:00Z'); // the first business day after the deadline
    expect(await steps(m.id)).toEqual(['overdue']);
  });
});
