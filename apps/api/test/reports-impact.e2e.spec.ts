import { computeIndexSuppression, computeSuppression } from '../src/modules/results/anonymity';
import { toNodes } from '../src/modules/results/suppression.service';
import { type Client, startTestApp, type TestApp } from './api-harness';

/** GET /api/cases/{id}/impact and GET /api/reports/impact: index changes to the next round. */
describe('impact between rounds', () => {
  let t: TestApp;
  let hr: Client;
  let rounds: Record<number, string>;
  const caseOf = async (code: string, year: number) =>
    (
      await t.db.query(
        `SELECT c.id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id JOIN survey_round r ON r.id = c.round_id WHERE o.code = $1 AND r.year = $2`,
        [code, year],
      )
    )[0].id as string;
  const suppressedIn = async (roundId: string) => {
    const [{ threshold }] = await t.db.query(
      'SELECT anonymity_threshold AS threshold FROM survey_round WHERE id = $1',
      [roundId],
    );
    const rows = await t.db.query(
      'SELECT ur.unit_id AS id, ur.respondents, o.path FROM unit_result ur JOIN org_unit o ON o.id = ur.unit_id WHERE ur.round_id = $1',
      [roundId],
    );
    return computeSuppression(toNodes(rows), threshold);
  };
  /** "unit id:index code" of the index values hidden in a round, the index's n as the count. */
  const hiddenValuesIn = async (roundId: string) => {
    const [{ threshold }] = await t.db.query(
      'SELECT anonymity_threshold AS threshold FROM survey_round WHERE id = $1',
      [roundId],
    );
    const rows: {
      id: string;
      respondents: number;
      path: string[];
      indices: Record<string, { n: number }>;
    }[] = await t.db.query(
      'SELECT ur.unit_id AS id, ur.respondents, o.path, ur.indices FROM unit_result ur JOIN org_unit o ON o.id = ur.unit_id WHERE ur.round_id = $1',
      [roundId],
    );
    const nodes = toNodes(rows).map((n, i) => ({
      ...n,
      indexN: Object.fromEntries(Object.entries(rows[i].indices).map(([code, v]) => [code, v.n])),
    }));
    return new Set(
      [...computeIndexSuppression(nodes, threshold)].flatMap(([code, units]) =>
        [...units.keys()].map((id) => `${id}:${code}`),
      ),
    );
  };

  beforeAll(async () => {
    t = await startTestApp();
    hr = await t.login('hr@tiltak.example');
    rounds = Object.fromEntries(
      (await hr.get('/api/rounds')).body.map((r: { year: number; id: string }) => [r.year, r.id]),
    );
  });
  afterAll(() => t.close());

  it("shows, per selected area, how its indices changed in the unit's next round", async () => {
    const res = await (
      await t.login('leder.idi@tiltak.example')
    ).get(`/api/cases/${await caseOf('IE-IDI', 2021)}/impact`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        roundYear: 2021,
        nextRoundYear: 2023,
        hidden: null,
        caveat: expect.stringContaining('not proof'),
      }),
    );
    const [before, after] = await Promise.all(
      [2021, 2023].map(
        async (y) =>
          (
            await t.db.query(
              `SELECT ur.indices FROM unit_result ur JOIN org_unit o ON o.id = ur.unit_id WHERE o.code = 'IE-IDI' AND ur.round_id = $1`,
              [rounds[y]],
            )
          )[0].indices,
      ),
    );
    expect(res.body.areas.length).toBeGreaterThan(0);
    for (const area of res.body.areas) {
      expect(area.indices.map((i: { code: string }) => i.code)).toEqual(area.indexCodes);
      for (const i of area.indices) {
        expect(i.change).toBeCloseTo(after[i.code].mean - before[i.code].mean, 3);
        const se = Math.sqrt(
          before[i.code].sd ** 2 / before[i.code].n + after[i.code].sd ** 2 / after[i.code].n,
        );
        expect(i.uncertain).toBe(
          Math.abs(i.change) < 2 * se || Math.min(before[i.code].n, after[i.code].n) < 10,
        );
      }
    }
    const current = (await hr.get(`/api/cases/${await caseOf('IE-IDI', 2023)}/impact`)).body;
    expect(current).toEqual(
      expect.objectContaining({ nextRoundYear: null, hidden: 'no_next_result' }),
    );
  });

  it('never uses a result that is suppressed in either round', async () => {
    const [a, b] = [await suppressedIn(rounds[2021]), await suppressedIn(rounds[2023])];
    const [unit] = await t.db.query(
      `SELECT code FROM org_unit WHERE id = ANY($1::uuid[]) ORDER BY code LIMIT 1`,
      [[...a.keys(), ...b.keys()]],
    );
    const res = (await hr.get(`/api/cases/${await caseOf(unit.code, 2021)}/impact`)).body;
    expect(res.hidden).toBe('suppressed');
    for (const area of res.areas)
      for (const i of area.indices)
        expect([i.before, i.after, i.change]).toEqual([null, null, null]);
  });

  it('compares, per index, units that had measures for it with units that had not', async () => {
    const res = await hr.get(`/api/reports/impact?roundId=${rounds[2021]}`);
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(17);
    // Independently: every visible unit of the 2021 round with results in both rounds, per index.
    const hidden = new Set([
      ...(await suppressedIn(rounds[2021])).keys(),
      ...(await suppressedIn(rounds[2023])).keys(),
    ]);
    const hiddenValues = new Set([
      ...(await hiddenValuesIn(rounds[2021])),
      ...(await hiddenValuesIn(rounds[2023])),
    ]);
    const cases = await t.db.query(
      `SELECT c.id, c.unit_id, b.indices AS before, f.indices AS after FROM follow_up_case c
         JOIN unit_result b ON b.round_id = c.round_id AND b.unit_id = c.unit_id
         JOIN unit_result f ON f.round_id = $2 AND f.unit_id = c.unit_id
        WHERE c.round_id = $1`,
      [rounds[2021], rounds[2023]],
    );
    const linked = await t.db.query(
      `SELECT a.case_id, a.index_codes FROM area a WHERE a.selected AND EXISTS (SELECT 1 FROM measure m WHERE m.area_id = a.id AND m.status <> 'cancelled')`,
    );
    const has = new Set(
      linked.flatMap((l: { case_id: string; index_codes: string[] }) =>
        l.index_codes.map((c) => `${l.case_id}:${c}`),
      ),
    );
    for (const row of res.body.rows) {
      const groups = { with: [] as number[], without: [] as number[] };
      for (const c of cases) {
        if (
          hidden.has(c.unit_id) ||
          hiddenValues.has(`${c.unit_id}:${row.code}`) ||
          !c.before[row.code] ||
          !c.after[row.code]
        )
          continue;
        groups[has.has(`${c.id}:${row.code}`) ? 'with' : 'without'].push(
          c.after[row.code].mean - c.before[row.code].mean,
        );
      }
      const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);
      expect(row.withMeasures.units).toBe(groups.with.length);
      expect(row.without.units).toBe(groups.without.length);
      expect(row.withMeasures.meanChange).toBeCloseTo(mean(groups.with)!, 2);
      expect(row.without.meanChange).toBeCloseTo(mean(groups.without)!, 2);
    }
    expect((await hr.get(`/api/reports/impact?roundId=${rounds[2023]}`)).body).toEqual(
      expect.objectContaining({ nextRoundYear: null, rows: [] }),
    );
    expect(
      (
        await (
          await t.login('vo.idi@tiltak.example')
        ).get(`/api/reports/impact?roundId=${rounds[2021]}`)
      ).status,
    ).toBe(403);
  });
});
