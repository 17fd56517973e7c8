import type { DataSource } from 'typeorm';

export interface LadderFixture {
  caseId: string;
  measureId: string;
  users: Record<
    'responsible' | 'leader' | 'dean' | 'facultyHr' | 'institutionHr' | 'admin',
    string
  >;
}

const EMAILS = {
  responsible: 'ansatt.idi@tiltak.example',
  leader: 'leder.idi@tiltak.example',
  dean: 'dekan.ie@tiltak.example',
  facultyHr: 'hms.ie@tiltak.example',
  institutionHr: 'hr@tiltak.example',
  admin: 'admin@tiltak.example',
} as const;

/**
 * One open measure in IE-IDI's newest case, and nothing else open anywhere: the demo data's own
 * overdue measures and phase deadlines would otherwise flood the assertions. All people in
 * immediate mode, Norwegian.
 */
export async function oneOpenMeasure(db: DataSource, deadline: string): Promise<LadderFixture> {
  const [c] = await db.query(
    `SELECT c.id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id JOIN survey_round r ON r.id = c.round_id
      WHERE o.code = 'IE-IDI' ORDER BY r.year DESC LIMIT 1`,
  );
  await db.query(
    `UPDATE follow_up_case SET state = CASE WHEN id = $1 THEN 'evaluated' ELSE 'closed' END`,
    [c.id],
  );
  await db.query(`UPDATE measure SET status = 'done' WHERE case_id = $1`, [c.id]);
  const users = Object.fromEntries(
    await Promise.all(
      Object.entries(EMAILS).map(async ([k, email]) => [
        k,
        (await db.query('SELECT id FROM app_user WHERE email = $1', [email]))[0].id,
      ]),
    ),
  ) as LadderFixture['users'];
  await db.query(
    `UPDATE app_user SET notify_mode = 'immediate', language = 'nb' WHERE id = ANY($1::uuid[])`,
    [Object.values(users)],
  );
  const [area] = await db.query(
    `INSERT INTO area (case_id, kind, title, selected) VALUES ($1, 'develop', 'Samarbeid', true) RETURNING id`,
    [c.id],
  );
  const [m] = await db.query(
    `INSERT INTO measure (case_id, area_id, title, goal, responsible_user_id, deadline, status)
     VALUES ($1, $2, 'Felles lunsj hver fredag', 'Bedre samarbeid', $3, $4, 'in_progress') RETURNING id`,
    [c.id, area.id, users.responsible, deadline],
  );
  return { caseId: c.id, measureId: m.id, users };
}

export async function notificationsOf(db: DataSource, subjectId: string) {
  return (await db.query(
    `SELECT n.step_key, n.template, n.status, n.attempts, n.last_error, n.deadline_version, n.delivered_via, n.dedupe_key, n.subject, u.email
       FROM notification n JOIN app_user u ON u.id = n.recipient_id
      WHERE n.subject_id = $1 ORDER BY n.created_at, n.step_key, u.email`,
    [subjectId],
  )) as {
    step_key: string;
    template: string;
    status: string;
    attempts: number;
    last_error: string | null;
    deadline_version: number;
    delivered_via: string;
    dedupe_key: string;
    subject: string;
    email: string;
  }[];
}
