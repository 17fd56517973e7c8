import { type Client, startTestApp, type TestApp } from './api-harness';

/** GET /api/cases/{id}/results with comparisons, and PUT /api/org-units/{id}/predecessors. */
describe('results comparisons', () => {
  let t: TestApp;
  let admin: Client;
  let leader: Client;
  const caseOf = async (code: string, year = 2023) =>
    (
      await t.db.query(
        `SELECT c.id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id JOIN survey_round r ON r.id = c.round_id WHERE o.code = $1 AND r.year = $2`,
        [code, year],
      )
    )[0].id as string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@tiltak.example');
    leader = await t.login('leder.idi@tiltak.example');
  });
  afterAll(() => t.close());

  it("shows the unit's result with its parent, institution, sector and earlier rounds", async () => {
    const res = await leader.get(`/api/cases/${await caseOf('IE-IDI')}/results`);
    expect(res.status).toBe(200);
    const body = res.body;
    expect(body.unit).toEqual(expect.objectContaining({ unitCode: 'IE-IDI' }));
    expect(body.roundYear).toBe(2023);
    expect(body.current).toEqual(
      expect.objectContaining({ suppressed: false, suppressionReason: null }),
    );
    expect(body.current.indices).toHaveLength(17);
    expect(body.parent).toEqual(
      expect.objectContaining({
        unitCode: 'IE',
        result: expect.objectContaining({ suppressed: false }),
      }),
    );
    expect(body.institution).toEqual(
      expect.objectContaining({
        unitCode: 'NTNU',
        result: expect.objectContaining({ suppressed: false }),
      }),
    );
    expect(body.institution.result.respondents).toBeGreaterThan(body.parent.result.respondents);
    expect(Object.keys(body.sector)).toHaveLength(17);
    expect(
      body.previous.map(
        (p: { roundYear: number; matchedBy: string }) => `${p.roundYear}:${p.matchedBy}`,
      ),
    ).toEqual(['2017:unit', '2019:unit', '2021:unit']);
  });

  it('shows a unit below the threshold as suppressed, with no values, even to an admin', async () => {
    const [small] = await t.db.query(
      `SELECT o.code, ur.respondents FROM unit_result ur JOIN org_unit o ON o.id = ur.unit_id JOIN survey_round r ON r.id = ur.round_id
        WHERE r.year = 2023 AND ur.respondents < r.anonymity_threshold ORDER BY o.code LIMIT 1`,
    );
    const res = await admin.get(`/api/cases/${await caseOf(small.code)}/results`);
    expect(res.body.current).toEqual(
      expect.objectContaining({
        suppressed: true,
        suppressionReason: 'below_threshold',
        respondents: small.respondents,
        indices: [],
        workingHours: null,
        appraisalYesPct: null,
        appraisalUsefulness: null,
      }),
    );
  });

  it("lets an admin map a reorganised unit to its predecessors, whose results fill the unit's earlier rounds", async () => {
    const ids = Object.fromEntries(
      (
        await t.db.query(`SELECT code, id FROM org_unit WHERE code IN ('IE', 'IE-IDI', 'IE-ITK')`)
      ).map((r: { code: string; id: string }) => [r.code, r.id]),
    );
    const unit = await admin.post('/api/org-units', {
      code: 'IE-NY',
      parentId: ids['IE'],
      kind: 'department',
      nameNb: 'Nytt institutt',
      nameEn: 'New department',
    });
    expect(unit.status).toBe(201);
    const round = (await admin.get('/api/rounds')).body.find(
      (r: { year: number }) => r.year === 2023,
    );
    const kase = await admin.post('/api/cases', { roundId: round.id, unitId: unit.body.id });
    expect((await admin.get(`/api/cases/${kase.body.id}/results`)).body.previous).toEqual([]);

    const url = `/api/org-units/${unit.body.id}/predecessors` as const;
    const mapped = await admin.put(url, { predecessorIds: [ids['IE-IDI'], ids['IE-ITK']] });
    expect(mapped.status).toBe(200);
    expect(mapped.body.predecessors.map((p: { code: string }) => p.code)).toEqual([
      'IE-IDI',
      'IE-ITK',
    ]);
    const previous = (await admin.get(`/api/cases/${kase.body.id}/results`)).body.previous;
    expect(
      previous.map(
        (p: { roundYear: number; unitCode: string; matchedBy: string }) =>
          `${p.roundYear}:${p.unitCode}:${p.matchedBy}`,
      ),
    ).toEqual([
      '2017:IE-IDI:predecessor',
      '2017:IE-ITK:predecessor',
      '2019:IE-IDI:predecessor',
      '2019:IE-ITK:predecessor',
      '2021:IE-IDI:predecessor',
      '2021:IE-ITK:predecessor',
    ]);

    const audits = async () =>
      Number(
        (
          await t.db.query(
            `SELECT count(*) FROM audit_event WHERE action = 'org_unit.predecessors'`,
          )
        )[0].count,
      );
    const before = await audits();
    expect((await admin.put(url, { predecessorIds: [ids['IE-ITK'], ids['IE-IDI']] })).status).toBe(
      200,
    );
    expect(await audits()).toBe(before);
    expect((await admin.put(url, { predecessorIds: [unit.body.id] })).status).toBe(400);
    expect((await admin.put(url, { predecessorIds: ['nope'] })).status).toBe(400);
    expect(
      (await (await t.login('hr@tiltak.example')).put(url, { predecessorIds: [] })).status,
    ).toBe(403);
  });

  it('hides an index answered by fewer than the threshold, and shows it again once corrected', async () => {
    const url = `/api/cases/${await caseOf('IE-IDI')}/results` as const;
    const before = (await admin.get(url)).body;
    const enter = (version: number, n: number) =>
      admin.put(url, {
        version,
        invited: before.current.invited,
        respondents: before.current.respondents,
        indices: { autonomy: { mean: 3.9, sd: 0.8, n }, no_stress: { mean: 3.1, sd: 0.9, n: 20 } },
      });

    const few = await enter(before.current.version, before.anonymityThreshold - 1);
    expect(few.status).toBe(200);
    expect(few.body.current).toEqual(expect.objectContaining({ suppressed: false }));
    expect(few.body.current.indices).toEqual([
      {
        code: 'autonomy',
        suppressed: true,
        suppressionReason: 'below_threshold',
        mean: null,
        sd: null,
        n: null,
      },
      { code: 'no_stress', suppressed: false, suppressionReason: null, mean: 3.1, sd: 0.9, n: 20 },
    ]);
    // The rule is cached per round; a changed n alone must reach every reader.
    expect((await leader.get(url)).body.current.indices[0]).toEqual(
      expect.objectContaining({ code: 'autonomy', suppressed: true, mean: null }),
    );

    const enough = await enter(few.body.current.version, before.anonymityThreshold);
    expect(enough.body.current.indices[0]).toEqual({
      code: 'autonomy',
      suppressed: false,
      suppressionReason: null,
      mean: 3.9,
      sd: 0.8,
      n: before.anonymityThreshold,
    });
    expect((await leader.get(url)).body.current.indices[0].suppressed).toBe(false);
  });
});
