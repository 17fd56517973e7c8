import { PeopleSyncService, type SyncedRole } from '../src/modules/imports/people-sync.service';
import { startTestApp, type TestApp } from './api-harness';
import {
  currentPeopleRows,
  type FileRow,
  peopleCsv,
  peopleXlsx,
  writeCounters,
} from './fixtures/org-people-files';
import { CSV, sessionOf, upload, XLSX } from './fixtures/result-files';

/** POST /api/imports/people (merge and full). */
describe('POST /api/imports/people', () => {
  let t: TestApp;
  let adminCookie: string;
  const send = (
    body: string | Buffer,
    query = '',
    type = CSV,
    cookie: string | null = adminCookie,
  ) => upload(t, cookie, `/api/imports/people${query}`, type, body);
  const rolesOf = async (email: string) =>
    (
      await t.db.query(
        `SELECT r.role || ' ' || o.code AS role FROM role_assignment r JOIN app_user u ON u.id = r.user_id JOIN org_unit o ON o.id = r.unit_id
          WHERE u.email = $1 ORDER BY 1`,
        [email],
      )
    ).map((r: { role: string }) => r.role);
  const peopleAudits = async () =>
    Number(
      (await t.db.query(`SELECT count(*) FROM audit_event WHERE action = 'people.import'`))[0]
        .count,
    );
  const itkCase = async () =>
    (
      await t.db.query(
        `SELECT c.id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id JOIN survey_round r ON r.id = c.round_id WHERE o.code = 'IE-ITK' AND r.year = 2023`,
      )
    )[0].id as string;

  beforeAll(async () => {
    t = await startTestApp();
    adminCookie = await sessionOf(t, 'admin@tiltak.example');
  });
  afterAll(() => t.close());

  // IE-ITK changes leader on 1 November; a new employee joins IE-IDI as verneombud too.
  const file: FileRow[] = [
    {
      email: 'nora.ny@tiltak.example',
      name: 'Nora Ny',
      language: 'en',
      unit_code: 'IE-IDI',
      role: 'employee',
    },
    {
      email: 'nora.ny@tiltak.example',
      name: 'Nora Ny',
      language: 'en',
      unit_code: 'IE-IDI',
      role: 'verneombud',
    },
    {
      email: 'leder.itk@tiltak.example',
      name: 'Leif Tveit',
      language: 'nb',
      unit_code: 'IE-ITK',
      role: 'leader',
      valid_to: '2026-10-31',
    },
    {
      email: 'per.leder@tiltak.example',
      name: 'Per Leder',
      language: '',
      unit_code: 'IE-ITK',
      role: 'leder',
      valid_from: '2026-11-01',
    },
  ];

  it('is for admins only and checks its query', async () => {
    expect(
      (await send(peopleCsv(file), '', CSV, await sessionOf(t, 'hr@tiltak.example'))).status,
    ).toBe(403);
    const bad = await send(peopleCsv(file), '?mode=replace');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('mode must be merge or full');
  });

  it('answers a dry run with every change and writes nothing', async () => {
    const before = await writeCounters(t);
    const res = await send(peopleCsv(file));
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        dryRun: true,
        mode: 'merge',
        rows: 4,
        importId: null,
        conflicts: [],
      }),
    );
    expect(res.body.counts).toEqual({ added: 2, role_granted: 3, role_ended: 1 });
    expect(res.body.changes).toEqual([
      {
        row: 2,
        email: 'nora.ny@tiltak.example',
        change: 'added',
        role: null,
        unitCode: null,
        from: null,
        to: 'Nora Ny (en)',
      },
      {
        row: 2,
        email: 'nora.ny@tiltak.example',
        change: 'role_granted',
        role: 'employee',
        unitCode: 'IE-IDI',
        from: null,
        to: null,
      },
      {
        row: 3,
        email: 'nora.ny@tiltak.example',
        change: 'role_granted',
        role: 'verneombud',
        unitCode: 'IE-IDI',
        from: null,
        to: null,
      },
      {
        row: 5,
        email: 'per.leder@tiltak.example',
        change: 'added',
        role: null,
        unitCode: null,
        from: null,
        to: 'Per Leder (nb)',
      },
      {
        row: 5,
        email: 'per.leder@tiltak.example',
        change: 'role_granted',
        role: 'leader',
        unitCode: 'IE-ITK',
        from: null,
        to: null,
      },
      {
        row: 4,
        email: 'leder.itk@tiltak.example',
        change: 'role_ended',
        role: 'leader',
        unitCode: 'IE-ITK',
        from: null,
        to: null,
      },
    ]);
    expect(await writeCounters(t)).toEqual(before);
  });

  it('applies the file: the new leader leads the unit (leader_id too) and sees its case', async () => {
    const audits = await peopleAudits();
    const res = await send(peopleCsv(file), '?dryRun=false&mode=merge');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        dryRun: false,
        importId: expect.any(String),
        counts: { added: 2, role_granted: 3, role_ended: 1 },
      }),
    );
    expect(await peopleAudits()).toBe(audits + 1);
    expect(await rolesOf('nora.ny@tiltak.example')).toEqual([
      'employee IE-IDI',
      'verneombud IE-IDI',
    ]);
    expect(await rolesOf('per.leder@tiltak.example')).toEqual(['leader IE-ITK']);
    expect(await rolesOf('leder.itk@tiltak.example')).toEqual([]);
    const [unit] = await t.db.query(
      `SELECT u.email FROM org_unit o JOIN app_user u ON u.id = o.leader_id WHERE o.code = 'IE-ITK'`,
    );
    expect(unit.email).toBe('per.leder@tiltak.example');
    const leader = await t.login('per.leder@tiltak.example');
    expect((await leader.get(`/api/cases/${await itkCase()}`)).status).toBe(200);
    // Merge mode never deactivates: the old leader, now without a role, can still sign in.
    expect(
      (await t.db.query(`SELECT active FROM app_user WHERE email = 'leder.itk@tiltak.example'`))[0]
        .active,
    ).toBe(true);
  });

  it('changes nothing when the same file comes again, as CSV or XLSX: no writes, no audit rows', async () => {
    const before = await writeCounters(t);
    for (const [body, type] of [
      [peopleCsv(file), CSV],
      [await peopleXlsx(file), XLSX],
    ] as const) {
      const res = await send(body, '?dryRun=false', type);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(
        expect.objectContaining({ changes: [], counts: {}, importId: null }),
      );
    }
    expect(await writeCounters(t)).toEqual(before);
  });

  it('reports every problem and conflict in one 400, by row and column, and writes nothing', async () => {
    const before = await writeCounters(t);
    const rows: FileRow[] = [
      {
        email: 'Leder.IDI@tiltak.example',
        name: 'Lise Dalen',
        unit_code: 'IE-IDI',
        role: 'leader',
      }, // 2 case differs from an existing user
      { email: 'ole@tiltak.example', name: 'Ole', unit_code: 'NOPE', role: 'employee' }, // 3 unknown unit
      { email: 'ole@tiltak.example', name: 'Ole', unit_code: 'IE-IDI', role: 'boss' }, // 4 unknown role
      { email: 'ole@tiltak.example', name: 'Ole', unit_code: 'IE', role: 'admin' }, // 5 admin refused
      {
        email: 'kari@tiltak.example',
        name: '',
        language: 'de',
        unit_code: 'IE-IDI',
        role: 'employee',
      }, // 6 name, language
      { email: 'not-an-address', name: 'X', unit_code: 'IE-IDI', role: 'employee' }, // 7 e-mail
      { email: 'ny.sjef@tiltak.example', name: 'Ny Sjef', unit_code: 'IE-IDI', role: 'leader' }, // 8 a second leader for IE-IDI
      { email: 'OLE@tiltak.example', name: 'Ole', unit_code: 'IE-IDI', role: 'employee' }, // 9 case differs from row 3
      {
        email: 'ole@tiltak.example',
        name: 'Ole',
        unit_code: 'IE-IDI',
        role: 'employee',
        valid_from: '1.13.2026',
      }, // 10 date
      { email: 'siri@tiltak.example', name: 'Siri', unit_code: 'IE-ITK', role: 'hr' }, // 11 fine
      { email: 'siri@tiltak.example', name: 'Siri', unit_code: 'IE-ITK', role: 'HMS' }, // 12 same role twice
    ];
    const res = await send(peopleCsv(rows), '?dryRun=false');
    expect(res.status).toBe(400);
    expect(res.body).toEqual(
      expect.objectContaining({
        statusCode: 400,
        error: 'Bad Request',
        message: expect.stringContaining('Nothing was saved'),
      }),
    );
    const where = (res.body.details as { row: number; column: string }[]).map(
      (d) => `${d.row}:${d.column}`,
    );
    expect(where).toEqual([
      '2:email',
      '3:unit_code',
      '4:role',
      '5:role',
      '6:name',
      '6:language',
      '7:email',
      '8:role',
      '9:email',
      '10:valid_from',
      '12:role',
    ]);
    const problems = res.body.details.map((d: { problem: string }) => d.problem).join('\n');
    expect(problems).toContain(
      'differs only in case from the existing user leder.idi@tiltak.example',
    );
    expect(problems).toContain('admin is granted by hand');
    expect(problems).toMatch(
      /IE-IDI would have 2 leaders \(leder\.idi@tiltak\.example, ny\.sjef@tiltak\.example\)/,
    );
    expect(await writeCounters(t)).toEqual(before);
  });

  it('full mode ends the roles the file leaves out, deactivates who is left with none, and keeps whoever answers for open measures', async () => {
    // Three people leave the file: one answers for open measures; one had a second role.
    const [responsible] = await t.db.query(
      `SELECT u.email FROM app_user u JOIN role_assignment r ON r.user_id = u.id
        WHERE u.active AND EXISTS (SELECT 1 FROM measure m WHERE m.responsible_user_id = u.id AND m.status NOT IN ('done', 'cancelled'))
        GROUP BY u.id HAVING bool_and(r.role <> 'admin') ORDER BY u.email LIMIT 1`,
    );
    const [leaving] = await t.db.query(
      `SELECT u.email FROM app_user u JOIN role_assignment r ON r.user_id = u.id
        WHERE u.active AND r.role = 'employee' AND NOT EXISTS (SELECT 1 FROM measure m WHERE m.responsible_user_id = u.id AND m.status NOT IN ('done', 'cancelled'))
          AND u.email NOT IN ('ansatt.idi@tiltak.example')
        GROUP BY u.id HAVING count(*) = 1 ORDER BY u.email LIMIT 1`,
    );
    const [twoRoles] = await t.db.query(
      `SELECT u.email FROM app_user u JOIN role_assignment r ON r.user_id = u.id
        WHERE u.active AND NOT EXISTS (SELECT 1 FROM measure m WHERE m.responsible_user_id = u.id AND m.status NOT IN ('done', 'cancelled'))
        GROUP BY u.id HAVING count(*) = 2 AND bool_and(r.role <> 'admin') ORDER BY u.email LIMIT 1`,
    );
    expect([responsible, leaving, twoRoles].every(Boolean)).toBe(true);
    const leavingSession = await t.login(leaving.email);
    expect((await leavingSession.get('/api/auth/me')).status).toBe(200);

    const current = await currentPeopleRows(t);
    const [twoRolesDropped] = current.filter((r) => r['email'] === twoRoles.email);
    const rows = current.filter(
      (r) =>
        r['email'] !== responsible.email && r['email'] !== leaving.email && r !== twoRolesDropped,
    );
    const responsibleRoles = await rolesOf(responsible.email);

    const dry = await send(peopleCsv(rows), '?mode=full');
    expect(dry.status).toBe(200);
    expect(dry.body.conflicts).toEqual([
      {
        email: responsible.email,
        openMeasures: expect.any(Number),
        problem: expect.stringContaining('open measure'),
      },
    ]);
    expect(dry.body.counts).toEqual({ role_ended: 2, deactivated: 1 });
    expect(dry.body.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: leaving.email, change: 'role_ended', role: 'employee' }),
        expect.objectContaining({
          email: twoRoles.email,
          change: 'role_ended',
          role: twoRolesDropped['role'],
          unitCode: twoRolesDropped['unit_code'],
        }),
        expect.objectContaining({ email: leaving.email, change: 'deactivated' }),
      ]),
    );

    const audits = await peopleAudits();
    const res = await send(peopleCsv(rows), '?mode=full&dryRun=false');
    expect(res.status).toBe(200);
    expect(res.body.counts).toEqual(dry.body.counts);
    expect(await peopleAudits()).toBe(audits + 1);
    expect(await rolesOf(leaving.email)).toEqual([]);
    expect(
      (await t.db.query(`SELECT active FROM app_user WHERE email = $1`, [leaving.email]))[0].active,
    ).toBe(false);
    // Deactivation ends the sessions at once.
    expect(
      (
        await t.db.query(
          `SELECT count(*)::int AS n FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1`,
          [leaving.email],
        )
      )[0].n,
    ).toBe(0);
    expect((await leavingSession.get('/api/auth/me')).status).toBe(401);
    expect(await rolesOf(twoRoles.email)).toHaveLength(1);
    expect(
      (await t.db.query(`SELECT active FROM app_user WHERE email = $1`, [twoRoles.email]))[0]
        .active,
    ).toBe(true);
    expect(await rolesOf(responsible.email)).toEqual(responsibleRoles);
    expect(
      (await t.db.query(`SELECT active FROM app_user WHERE email = $1`, [responsible.email]))[0]
        .active,
    ).toBe(true);
    // The admin keeps the admin role, which no file can end.
    expect(await rolesOf('admin@tiltak.example')).toEqual(['admin NTNU']);

    // Again: the conflict is still listed, nothing else changes and nothing is written.
    const before = await writeCounters(t);
    const again = await send(peopleCsv(rows), '?mode=full&dryRun=false');
    expect(again.body).toEqual(
      expect.objectContaining({ changes: [], importId: null, conflicts: dry.body.conflicts }),
    );
    expect(await writeCounters(t)).toEqual(before);
  });

  describe('PeopleSyncService (the per-person sync SCIM uses too)', () => {
    const sync = () => t.app.get(PeopleSyncService);
    const idOf = async (email: string) =>
      (await t.db.query(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id as string;
    const leaderOf = async (code: string) =>
      (await t.db.query(`SELECT leader_id FROM org_unit WHERE code = $1`, [code]))[0].leader_id as
        | string
        | null;

    it('grants and ends a role once, keeping the unit leader in step', async () => {
      const [person] = await sync().upsertPeople(t.db.manager, [
        { email: 'sync.person@tiltak.example', name: 'Sync Person', language: 'nb' },
      ]);
      expect(person).toEqual(expect.objectContaining({ created: true, changed: false }));
      const grant = (role: SyncedRole, unit: string) =>
        t.db.transaction((em) => sync().grantRole(em, person.id, role, unit));
      const end = (role: SyncedRole, unit: string) =>
        t.db.transaction((em) => sync().endRole(em, person.id, role, unit));
      const group = (
        await t.db.query(
          `SELECT o.code FROM org_unit o JOIN org_unit p ON p.id = o.parent_id WHERE p.code = 'IE-IDI' AND o.kind = 'group' ORDER BY o.code LIMIT 1`,
        )
      )[0].code;
      const previousLeader = await leaderOf(group);
      await t.db.transaction((em) => sync().endRole(em, previousLeader as string, 'leader', group));
      expect(await grant('leader', group)).toBe(true);
      expect(await grant('leader', group)).toBe(false);
      expect(await leaderOf(group)).toBe(person.id);
      expect(await end('leader', group)).toBe(true);
      expect(await end('leader', group)).toBe(false);
      expect(await leaderOf(group)).toBeNull();
      await expect(grant('employee', 'NO-SUCH-UNIT')).rejects.toThrow(
        'unitCode: no unit with code NO-SUCH-UNIT',
      );
      await expect(grant('admin' as SyncedRole, group)).rejects.toThrow(
        /role: admin cannot be granted/,
      );
      expect(await rolesOf('sync.person@tiltak.example')).toEqual([]);
    });

    it('deactivates once and ends the sessions at once; activates again', async () => {
      const session = await t.login('sync.person@tiltak.example');
      expect((await session.get('/api/auth/me')).status).toBe(200);
      const id = await idOf('sync.person@tiltak.example');
      expect(await t.db.transaction((em) => sync().deactivate(em, id))).toBe(true);
      expect(await t.db.transaction((em) => sync().deactivate(em, id))).toBe(false);
      expect((await session.get('/api/auth/me')).status).toBe(401);
      expect(await t.db.transaction((em) => sync().activate(em, id))).toBe(true);
      expect(await t.db.transaction((em) => sync().activate(em, id))).toBe(false);
    });
  });
});
