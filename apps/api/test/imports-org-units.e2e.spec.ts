import { type Client, startTestApp, type TestApp } from './api-harness';
import { type FileRow, orgCsv, orgXlsx, unitRow, writeCounters } from './fixtures/org-people-files';
import { CSV, download, sessionOf, upload, XLSX } from './fixtures/result-files';

/** POST /api/imports/org-units, GET /api/imports/history and GET /api/imports/history/{id}/file. */
describe('POST /api/imports/org-units', () => {
  let t: TestApp;
  let admin: Client;
  let adminCookie: string;
  const send = (
    body: string | Buffer,
    query = '',
    type = CSV,
    cookie: string | null = adminCookie,
  ) => upload(t, cookie, `/api/imports/org-units${query}`, type, body);
  const apply = (body: string | Buffer, type = CSV) =>
    send(body, '?dryRun=false&filename=units.csv', type);
  const unitAudits = async () =>
    Number(
      (await t.db.query(`SELECT count(*) FROM audit_event WHERE action = 'org_units.import'`))[0]
        .count,
    );
  const unitState = () =>
    t.db.query(
      `SELECT id, code, parent_id, path, kind, name_nb, name_en, active, updated_at FROM org_unit ORDER BY code`,
    );

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@tiltak.example');
    adminCookie = await sessionOf(t, 'admin@tiltak.example');
  });
  afterAll(() => t.close());

  const newUnits: FileRow[] = [
    {
      code: 'IE-NYTT',
      parent_code: 'IE',
      kind: 'department',
      name_nb: 'Institutt for nye fag',
      name_en: 'Department of New Subjects',
    },
    {
      code: 'IE-NYTT-G1',
      parent_code: 'IE-NYTT',
      kind: 'group',
      name_nb: 'Gruppe for kvantedata',
      name_en: 'Quantum Data Group',
    },
    {
      code: 'IE-SENERE',
      parent_code: 'IE',
      kind: 'section',
      name_nb: 'Seksjon fra neste år',
      name_en: 'Section from next year',
      valid_from: '2027-01-01',
    },
  ];

  it('is for admins only, and needs a file', async () => {
    const hr = await sessionOf(t, 'hr@tiltak.example');
    expect((await send(orgCsv(newUnits), '', CSV, hr)).status).toBe(403);
    const empty = await admin.raw('POST', '/api/imports/org-units?dryRun=false', {});
    expect(empty.status).toBe(400);
    expect((await send(orgCsv(newUnits), '?dryRun=maybe')).body.message).toBe(
      'dryRun must be true or false',
    );
  });

  it('answers a dry run (the default) with the difference and writes nothing', async () => {
    const before = await writeCounters(t);
    const res = await send(orgCsv(newUnits));
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        dryRun: true,
        rows: 3,
        importId: null,
        counts: { added: 3, closed: 1 },
      }),
    );
    expect(res.body.changes).toEqual([
      {
        row: 2,
        code: 'IE-NYTT',
        change: 'added',
        from: null,
        to: 'Institutt for nye fag / Department of New Subjects',
      },
      {
        row: 3,
        code: 'IE-NYTT-G1',
        change: 'added',
        from: null,
        to: 'Gruppe for kvantedata / Quantum Data Group',
      },
      {
        row: 4,
        code: 'IE-SENERE',
        change: 'added',
        from: null,
        to: 'Seksjon fra neste år / Section from next year',
      },
      { row: 4, code: 'IE-SENERE', change: 'closed', from: null, to: null },
    ]);
    expect(await writeCounters(t)).toEqual(before);
  });

  it('applies a valid file in one transaction, with one audit event and the file in the history', async () => {
    const audits = await unitAudits();
    const res = await apply(orgCsv(newUnits));
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        dryRun: false,
        counts: { added: 3, closed: 1 },
        importId: expect.any(String),
      }),
    );
    expect(await unitAudits()).toBe(audits + 1);
    const rows = await t.db.query(
      `SELECT o.code, o.kind, o.active, p.code AS parent, o.path = p.path || o.id AS "pathOk" FROM org_unit o JOIN org_unit p ON p.id = o.parent_id
        WHERE o.code LIKE 'IE-NYTT%' OR o.code = 'IE-SENERE' ORDER BY o.code`,
    );
    expect(rows).toEqual([
      { code: 'IE-NYTT', kind: 'department', active: true, parent: 'IE', pathOk: true },
      { code: 'IE-NYTT-G1', kind: 'group', active: true, parent: 'IE-NYTT', pathOk: true },
      { code: 'IE-SENERE', kind: 'section', active: false, parent: 'IE', pathOk: true },
    ]);
    const history = await admin.get('/api/imports/history');
    expect(history.status).toBe(200);
    expect(history.body[0]).toEqual(
      expect.objectContaining({
        id: res.body.importId,
        kind: 'org-units',
        actorName: expect.any(String),
        counts: { added: 3, closed: 1 },
        filename: 'units.csv',
        contentType: CSV,
      }),
    );
    const file = await download(t, adminCookie, `/api/imports/history/${res.body.importId}/file`);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toBe('attachment; filename="units.csv"');
    expect(file.text).toBe(orgCsv(newUnits));
    expect((await (await t.login('hr@tiltak.example')).get('/api/imports/history')).status).toBe(
      403,
    );
  });

  it('changes nothing when the same file comes again, as CSV or XLSX: no writes, no audit rows', async () => {
    const before = await writeCounters(t);
    const state = await unitState();
    for (const [body, type] of [
      [orgCsv(newUnits), CSV],
      [await orgXlsx(newUnits), XLSX],
    ] as const) {
      const res = await apply(body, type);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(
        expect.objectContaining({ dryRun: false, changes: [], counts: {}, importId: null }),
      );
    }
    expect(await writeCounters(t)).toEqual(before);
    expect(await unitState()).toEqual(state);
  });

  it('reports every problem of a file in one 400, by row and column, and writes nothing', async () => {
    const before = await writeCounters(t);
    const rows: FileRow[] = [
      { code: 'IE-NYTT', parent_code: 'IE', kind: 'department', name_nb: 'A', name_en: 'A' }, // 2
      { code: 'IE-NYTT', parent_code: 'IE', kind: 'department', name_nb: 'B', name_en: 'B' }, // 3 duplicate
      { code: 'X-1', parent_code: 'NOWHERE', kind: 'section', name_nb: 'X', name_en: 'X' }, // 4 unknown parent
      { code: 'CYC-A', parent_code: 'CYC-B', kind: 'department', name_nb: 'A', name_en: 'A' }, // 5 cycle
      { code: 'CYC-B', parent_code: 'CYC-A', kind: 'section', name_nb: 'B', name_en: 'B' }, // 6 cycle
      { code: 'X-2', parent_code: 'IE', kind: 'division', name_nb: 'X', name_en: '' }, // 7 kind, name_en
      {
        code: 'X-3',
        parent_code: 'IE',
        kind: 'group',
        name_nb: 'X',
        name_en: 'X',
        valid_to: '2026-13-01',
      }, // 8 date
      await unitRow(t, 'IE-IDI', { valid_to: '2026-01-31' }), // 9 closes a unit with an open case (and open children)
      {
        code: 'X-4',
        parent_code: 'IE',
        kind: 'department',
        name_nb: 'X',
        name_en: 'X',
        predecessor_codes: 'GONE',
      }, // 10
      { code: 'X-5', parent_code: 'NTNU', kind: 'institution', name_nb: 'X', name_en: 'X' }, // 11
      { code: 'bad code!', parent_code: 'IE', kind: 'group', name_nb: 'X', name_en: 'X' }, // 12
    ];
    const res = await send(orgCsv(rows), '?dryRun=false');
    expect(res.status).toBe(400);
    expect(res.body).toEqual(
      expect.objectContaining({
        statusCode: 400,
        error: 'Bad Request',
        message: expect.stringContaining('Nothing was saved'),
      }),
    );
    const where = (res.body.details as { row: number; column: string; problem: string }[]).map(
      (d) => `${d.row}:${d.column}`,
    );
    expect(where).toEqual(
      expect.arrayContaining([
        '3:code',
        '4:parent_code',
        '5:parent_code',
        '6:parent_code',
        '7:kind',
        '7:name_en',
        '8:valid_to',
        '9:valid_to',
        '10:predecessor_codes',
        '11:parent_code',
        '12:code',
      ]),
    );
    const problems = res.body.details.map((d: { problem: string }) => d.problem).join('\n');
    expect(problems).toContain('IE-IDI still has 1 open case(s)');
    expect(problems).toContain('makes a cycle: CYC-A → CYC-B → CYC-A');
    expect(await writeCounters(t)).toEqual(before);
  });

  it('reorganises (rename, move, close with predecessors) and old cases, comparisons and the completion report still add up', async () => {
    const [round2023, round2021] = await Promise.all(
      [2023, 2021].map(
        async (y) =>
          (await t.db.query(`SELECT id FROM survey_round WHERE year = $1`, [y]))[0].id as string,
      ),
    );
    const casesPerUnit = () =>
      t.db.query(
        `SELECT unit_id, count(*)::int AS n FROM follow_up_case GROUP BY unit_id ORDER BY unit_id`,
      );
    const casesBefore = await casesPerUnit();
    // IE-ITK finishes its follow-up; then it merges into a new department that takes over its groups.
    await t.db.query(
      `UPDATE follow_up_case SET state = 'closed' WHERE unit_id = (SELECT id FROM org_unit WHERE code = 'IE-ITK') AND state <> 'closed'`,
    );
    const children: string[] = (
      await t.db.query(
        `SELECT o.code FROM org_unit o JOIN org_unit p ON p.id = o.parent_id WHERE p.code = 'IE-ITK' ORDER BY o.code`,
      )
    ).map((r: { code: string }) => r.code);
    expect(children.length).toBeGreaterThan(0);
    const idi = await unitRow(t, 'IE-IDI');
    const file: FileRow[] = [
      { ...idi, name_nb: `${idi['name_nb']} (nytt navn)`, name_en: `${idi['name_en']} (renamed)` },
      {
        code: 'IE-KYB',
        parent_code: 'IE',
        kind: 'department',
        name_nb: 'Institutt for kybernetikk',
        name_en: 'Department of Cybernetics',
        predecessor_codes: 'IE-ITK',
      },
      ...(await Promise.all(children.map((c) => unitRow(t, c, { parent_code: 'IE-KYB' })))),
    ];
    const dry = await send(orgCsv(file));
    expect(dry.status).toBe(200);
    expect(dry.body.counts).toEqual({
      renamed: 1,
      added: 1,
      predecessors: 1,
      moved: children.length,
      closed: 1,
    });
    expect(dry.body.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'IE-IDI', change: 'renamed', row: 2 }),
        { row: 3, code: 'IE-KYB', change: 'predecessors', from: null, to: 'IE-ITK' },
        { row: 3, code: 'IE-ITK', change: 'closed', from: null, to: null },
        { row: 4, code: children[0], change: 'moved', from: 'IE-ITK', to: 'IE-KYB' },
      ]),
    );
    const res = await apply(orgCsv(file));
    expect(res.status).toBe(200);
    expect(res.body.counts).toEqual(dry.body.counts);

    // Cases stay with their units, closed or moved.
    expect(await casesPerUnit()).toEqual(casesBefore);
    expect((await t.db.query(`SELECT active FROM org_unit WHERE code = 'IE-ITK'`))[0].active).toBe(
      false,
    );
    // Every path is its parent's path plus itself (counted independently, with a recursive query).
    const [{ wrong }] = await t.db.query(
      `WITH RECURSIVE tree AS (SELECT id, ARRAY[id] AS path FROM org_unit WHERE parent_id IS NULL
                               UNION ALL SELECT o.id, tree.path || o.id FROM org_unit o JOIN tree ON o.parent_id = tree.id)
       SELECT count(*)::int AS wrong FROM org_unit o LEFT JOIN tree ON tree.id = o.id WHERE tree.path IS DISTINCT FROM o.path`,
    );
    expect(wrong).toBe(0);

    // The completion report by department within IE equals an SQL count over the new tree, in both rounds.
    const hr = await t.login('hr@tiltak.example');
    const ie = (await t.db.query(`SELECT id FROM org_unit WHERE code = 'IE'`))[0].id;
    for (const roundId of [round2023, round2021]) {
      const report = await hr.get(
        `/api/reports/completion?roundId=${roundId}&groupBy=department&unitId=${ie}`,
      );
      expect(report.status).toBe(200);
      const want: { unit: string; units: number; measures: number }[] = await t.db.query(
        `SELECT d.code AS unit, count(DISTINCT c.id)::int AS units, count(m.id)::int AS measures
           FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id JOIN org_unit d ON d.id = COALESCE(o.path[3], o.id)
           LEFT JOIN measure m ON m.case_id = c.id AND m.status <> 'cancelled'
          WHERE c.round_id = $1 AND o.path @> ARRAY[$2::uuid] GROUP BY d.code ORDER BY d.code`,
        [roundId, ie],
      );
      const got = (report.body.rows as { unitCode: string; units: number; measuresTotal: number }[])
        .map((r) => ({ unit: r.unitCode, units: r.units, measures: r.measuresTotal }))
        .sort((a, b) => a.unit.localeCompare(b.unit));
      expect(got).toEqual(want);
      expect(report.body.total.units).toBe(want.reduce((s, r) => s + r.units, 0));
      if (roundId === round2021)
        expect(got.find((r) => r.unit === 'IE-KYB')).toEqual(
          expect.objectContaining({ units: children.length }),
        );
    }

    // Comparisons: the new department's first case shows its predecessor's earlier rounds.
    const kyb = (await t.db.query(`SELECT id FROM org_unit WHERE code = 'IE-KYB'`))[0].id;
    const kase = await admin.post('/api/cases', { roundId: round2023, unitId: kyb });
    expect(kase.status).toBe(201);
    const previous = (await admin.get(`/api/cases/${kase.body.id}/results`)).body.previous;
    expect(
      previous.map(
        (p: { roundYear: number; unitCode: string; matchedBy: string }) =>
          `${p.roundYear}:${p.unitCode}:${p.matchedBy}`,
      ),
    ).toEqual(['2017:IE-ITK:predecessor', '2019:IE-ITK:predecessor', '2021:IE-ITK:predecessor']);

    // The same reorganisation again changes nothing.
    const before = await writeCounters(t);
    expect((await apply(orgCsv(file))).body).toEqual(
      expect.objectContaining({ changes: [], importId: null }),
    );
    expect(await writeCounters(t)).toEqual(before);
  });
});
