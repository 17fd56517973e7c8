import { startTestApp, type TestApp } from './api-harness';

/** GET /api/cases: only what the user may read, filtered and paginated. */
describe('GET /api/cases', () => {
  let t: TestApp;
  const unitId = async (code: string) =>
    (await t.db.query('SELECT id FROM org_unit WHERE code = $1', [code]))[0].id as string;

  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it("lists a leader's unit and the units below it, nothing else", async () => {
    const leader = await t.login('leder.idi@tiltak.example');
    const res = await leader.get('/api/cases?pageSize=500');
    expect(res.status).toBe(200);
    const expected = await t.db.query(
      `SELECT o.code FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id WHERE o.path @> ARRAY[$1]::uuid[]`,
      [await unitId('IE-IDI')],
    );
    expect(res.body.total).toBe(expected.length);
    expect(
      res.body.items.filter((c: { unitCode: string }) => c.unitCode === 'IE-IDI'),
    ).toHaveLength(4); // one per round
    expect(res.body.items.every((c: { unitCode: string }) => c.unitCode.startsWith('IE-IDI'))).toBe(
      true,
    );
  });

  it('filters by unit subtree, round and state, and paginates', async () => {
    const dean = await t.login('dekan.ie@tiltak.example');
    const ie = await unitId('IE');
    const [{ id: round }] = await t.db.query('SELECT id FROM survey_round WHERE year = 2023');
    const [{ expected }] = await t.db.query(
      `SELECT count(*)::int AS expected FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id WHERE o.path @> ARRAY[$1]::uuid[] AND c.round_id = $2`,
      [ie, round],
    );
    const page1 = await dean.get(
      `/api/cases?unitId=${ie}&subtree=true&roundId=${round}&pageSize=5&page=1`,
    );
    expect(page1.body.total).toBe(expected);
    expect(page1.body.items).toHaveLength(5);
    const page2 = await dean.get(
      `/api/cases?unitId=${ie}&subtree=true&roundId=${round}&pageSize=5&page=2`,
    );
    expect(page2.body.items.map((c: { id: string }) => c.id)).not.toContain(page1.body.items[0].id);
    expect(
      page1.body.items.every(
        (c: { unitCode: string; roundYear: number }) =>
          c.unitCode.startsWith('IE') && c.roundYear === 2023,
      ),
    ).toBe(true);

    const onlyIe = await dean.get(`/api/cases?unitId=${ie}&roundId=${round}`);
    expect(onlyIe.body.items.map((c: { unitCode: string }) => c.unitCode)).toEqual(['IE']);

    const planned = await dean.get(
      `/api/cases?roundId=${round}&state=measures_planned&pageSize=500`,
    );
    expect(planned.body.items.length).toBeGreaterThan(0);
    expect(planned.body.items.every((c: { state: string }) => c.state === 'measures_planned')).toBe(
      true,
    );
  });

  it('shows nothing outside the scope, even when asked for it', async () => {
    const leader = await t.login('leder.itk@tiltak.example');
    const res = await leader.get(`/api/cases?unitId=${await unitId('IE-IDI')}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expect.objectContaining({ total: 0, items: [] }));
  });

  it('rejects malformed filters with a 400 naming the field', async () => {
    const leader = await t.login('leder.idi@tiltak.example');
    for (const [query, field] of [
      ['unitId=nope', 'unitId'],
      ['state=done', 'state'],
      ['pageSize=0', 'pageSize'],
      ['subtree=maybe', 'subtree'],
      ['colour=red', 'colour'],
    ]) {
      const res = await leader.get(`/api/cases?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(field);
    }
  });
});
