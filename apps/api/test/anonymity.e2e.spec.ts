import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { INDICES } from '@tiltak/shared/domain';
import { type Client, startTestApp, type TestApp } from './api-harness';
import { derivableSmallGroup, type OracleUnit } from './fixtures/anonymity-oracle';
import { CSV, download, resultRow, sessionOf, toCsv, upload } from './fixtures/result-files';

interface Unit {
  id: string;
  code: string;
  path: string[];
  caseId: string;
}

/** Indices whose n is drawn at random below the respondents; the others were answered by everyone. */
const RANDOM_N = INDICES.slice(0, 3).map((i) => i.code);

type IndexValue = {
  code: string;
  suppressed: boolean;
  mean: number | null;
  sd: number | null;
  n: number | null;
};
type Shown = {
  suppressed: boolean;
  indices: IndexValue[];
  workingHours: unknown;
  appraisalYesPct: unknown;
  appraisalUsefulness: unknown;
};

/**
 * Property-based anonymity test over the HTTP API: random results for a small tree (IE with IE-IDI,
 * IE-ITK and their groups) are imported — respondents and, for three indices, the number who answered
 * them — then every endpoint that shows results is read — the case results with their comparisons,
 * the results report as JSON, CSV and XLSX, the completion report and the case impact — and checked:
 * the same units and index values are suppressed everywhere, suppressed ones carry no values, every
 * unit and index value below the threshold is suppressed, and no subtraction of visible units (by
 * respondents, or by an index's n) reveals a small group.
 */
describe('anonymity across endpoints', () => {
  let t: TestApp;
  let admin: Client;
  let hr: Client;
  let adminCookie: string;
  let hrCookie: string;
  let roundId: string;
  let nextRoundId: string;
  let units: Unit[];
  let ie: Unit;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@tiltak.example');
    hr = await t.login('hr@tiltak.example');
    adminCookie = await sessionOf(t, 'admin@tiltak.example');
    hrCookie = await sessionOf(t, 'hr@tiltak.example');
    roundId = (await admin.post('/api/rounds', { name: 'Anonymitetstest', year: 2035 })).body.id;
    nextRoundId = (
      await admin.post('/api/rounds', { name: 'Anonymitetstest, neste runde', year: 2037 })
    ).body.id;
    const rows: Omit<Unit, 'caseId'>[] = await t.db.query(
      `SELECT o.id, o.code, o.path FROM org_unit o
        WHERE o.code = 'IE' OR o.path && (SELECT array_agg(id) FROM org_unit WHERE code IN ('IE-IDI', 'IE-ITK'))
        ORDER BY cardinality(o.path), o.code`,
    );
    units = [];
    for (const u of rows) {
      const [c] = await t.db.query(
        `INSERT INTO follow_up_case (round_id, unit_id) VALUES ($1, $2) RETURNING id`,
        [roundId, u.id],
      );
      // A chosen area aimed at the random-n indices, so that the case impact shows them.
      await t.db.query(
        `INSERT INTO area (case_id, kind, title, index_codes, selected) VALUES ($1, 'develop', 'Arbeidsbelastning', $2, true)`,
        [c.id, RANDOM_N],
      );
      units.push({ ...u, caseId: c.id });
    }
    ie = units.find((u) => u.code === 'IE')!;
    expect(units.length).toBeGreaterThan(4);
    expect(units.length).toBeLessThanOrEqual(16);
  });
  afterAll(() => t.close());

  const ownCounts = () =>
    fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 25 })), {
      minLength: 16,
      maxLength: 16,
    });
  /** Per unit and random-n index, the percentage of the unit's own staff who answered it. */
  const shares = () =>
    fc.array(fc.oneof(fc.constant(100), fc.integer({ min: 0, max: 100 })), {
      minLength: 16 * RANDOM_N.length,
      maxLength: 16 * RANDOM_N.length,
    });

  /** Each unit pools its own staff and its subtree, as the survey's reports do; so does each index's n. */
  const pooled = (own: number[], share: number[]) => {
    const respondents = new Map(units.map((u, i) => [u.id, own[i]]));
    const n = new Map(
      units.map((u, i) => [
        u.id,
        new Map(
          RANDOM_N.map((code, k) => [
            code,
            Math.floor((own[i] * share[i * RANDOM_N.length + k]) / 100),
          ]),
        ),
      ]),
    );
    for (const u of [...units].reverse()) {
      const parent = units.find((p) => p.id === u.path[u.path.length - 2]);
      if (!parent) continue;
      respondents.set(parent.id, respondents.get(parent.id)! + respondents.get(u.id)!);
      for (const code of RANDOM_N)
        n.get(parent.id)!.set(code, n.get(parent.id)!.get(code)! + n.get(u.id)!.get(code)!);
    }
    const rows = units.map((u, i) => {
      const r = respondents.get(u.id)!;
      const row = resultRow(u.code, i + own[i], { respondents: r, invited: r + 3 });
      if (r === 0)
        for (const key of Object.keys(row))
          if (/_(mean|sd|n)$|^hours_|^appraisal_/.test(key)) row[key] = null;
      for (const index of INDICES) if (r > 0) row[`${index.code}_n`] = r;
      for (const code of RANDOM_N) {
        const answered = n.get(u.id)!.get(code)!;
        if (answered > 0) row[`${code}_n`] = answered;
        else for (const k of ['mean', 'sd', 'n']) row[`${code}_${k}`] = null;
      }
      return row;
    });
    return { respondents, n, csv: toCsv(rows) };
  };

  it('never shows a small group, in any endpoint, by respondents or by an index n', async () => {
    await fc.assert(
      fc.asyncProperty(
        ownCounts(),
        shares(),
        shares(),
        fc.integer({ min: 3, max: 8 }),
        async (own, share, nextShare, threshold) => {
          const { respondents, n, csv: file } = pooled(own, share);
          const next = pooled(own, nextShare);
          await t.db.query(
            'UPDATE survey_round SET anonymity_threshold = $2 WHERE id = ANY($1::uuid[])',
            [[roundId, nextRoundId], threshold],
          );
          expect(
            (await upload(t, adminCookie, `/api/imports/results?roundId=${roundId}`, CSV, file))
              .status,
          ).toBe(200);
          expect(
            (
              await upload(
                t,
                adminCookie,
                `/api/imports/results?roundId=${nextRoundId}`,
                CSV,
                next.csv,
              )
            ).status,
          ).toBe(200);

          // What each endpoint shows: unit id → suppressed?, and "unit id:index code" → value shown?
          const seen = new Map<string, Map<string, boolean>>();
          const shownValues = new Map<string, Map<string, boolean>>();
          const note = (
            into: Map<string, Map<string, boolean>>,
            endpoint: string,
            key: string,
            value: boolean,
          ) => {
            const m = into.get(endpoint) ?? new Map<string, boolean>();
            m.set(key, value);
            into.set(endpoint, m);
          };
          const noteResult = (endpoint: string, unitId: string, r: Shown) => {
            note(seen, endpoint, unitId, r.suppressed);
            if (r.suppressed)
              expect([r.indices, r.workingHours, r.appraisalYesPct, r.appraisalUsefulness]).toEqual(
                [[], null, null, null],
              );
            else if (r.indices.length === 0)
              throw new Error('a visible unit with respondents shows no indices');
            for (const i of r.indices) {
              if (i.suppressed) expect([i.mean, i.sd, i.n]).toEqual([null, null, null]);
              else expect([i.mean, i.sd, i.n]).not.toContain(null);
              note(shownValues, endpoint, `${unitId}:${i.code}`, !i.suppressed);
            }
          };

          for (const u of units) {
            const res = await hr.get(`/api/cases/${u.caseId}/results`);
            expect(res.status).toBe(200);
            const { current, parent, institution } = res.body;
            noteResult('case results', u.id, current);
            if (parent?.result) noteResult('case results (parent)', parent.unitId, parent.result);
            if (institution?.result)
              noteResult('case results (institution)', institution.unitId, institution.result);
          }

          const report = (await hr.get(`/api/reports/results?roundId=${roundId}&unitId=${ie.id}`))
            .body;
          for (const r of report.rows) noteResult('results report', r.unitId, r.result);
          const csv = await download(
            t,
            hrCookie,
            `/api/reports/results?roundId=${roundId}&unitId=${ie.id}&format=csv`,
          );
          const [header, ...lines] = csv.text
            .trim()
            .split('\r\n')
            .map((l) => l.split(','));
          const valueColumns = header
            .map((h, i) => (/_(mean|sd|n)$|^hours_|^appraisal_/.test(h) ? i : -1))
            .filter((i) => i >= 0);
          /** Notes a file's row: a value is shown when its mean is; a hidden one leaves SD and n empty too. */
          const noteFileRow = (
            endpoint: string,
            cells: unknown[],
            blank: (v: unknown) => boolean,
          ) => {
            const unit = units.find((u) => u.code === cells[0])!;
            const suppressed =
              cells[header.indexOf('suppressed')] === true ||
              cells[header.indexOf('suppressed')] === 'true';
            if (suppressed) expect(valueColumns.filter((i) => !blank(cells[i]))).toEqual([]);
            note(seen, endpoint, unit.id, suppressed);
            const hidden = String(cells[header.indexOf('hidden_indices')] ?? '').split(' ');
            for (const index of INDICES) {
              const values = ['mean', 'sd', 'n'].map(
                (k) => cells[header.indexOf(`${index.code}_${k}`)],
              );
              expect(values.filter(blank).length % 3).toBe(0);
              if (!suppressed)
                note(shownValues, endpoint, `${unit.id}:${index.code}`, !blank(values[0]));
              // A value hidden by the rule is named as hidden; a shown one is not.
              if (!blank(values[0]))
                expect(`${index.code} hidden=${hidden.includes(index.code)}`).toBe(
                  `${index.code} hidden=false`,
                );
            }
            if (!suppressed) {
              // The same index values as the JSON of the same report marks suppressed.
              const json = shownValues.get('results report')!;
              const expectedHidden = INDICES.filter(
                (i) => json.get(`${unit.id}:${i.code}`) === false,
              ).map((i) => i.code);
              expect(hidden.filter(Boolean)).toEqual(expectedHidden);
            }
          };
          for (const cells of lines)
            noteFileRow('results csv', cells, (v) => v === '' || v === undefined);
          const xlsx = await download(
            t,
            hrCookie,
            `/api/reports/results?roundId=${roundId}&unitId=${ie.id}&format=xlsx`,
          );
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
          wb.getWorksheet('results')!.eachRow((row, i) => {
            if (i > 1)
              noteFileRow(
                'results xlsx',
                (row.values as unknown[]).slice(1),
                (v) => v === undefined || v === null,
              );
          });

          const completion = (
            await hr.get(`/api/reports/completion?roundId=${roundId}&unitId=${ie.id}&groupBy=unit`)
          ).body;
          for (const r of completion.rows) {
            expect(r.unitsWithResults + r.unitsSuppressed + r.unitsWithoutResults).toBe(r.units);
            note(seen, 'completion report', r.unitId, r.unitsSuppressed === 1);
          }

          // Every endpoint agrees with the case results, on units and on index values.
          const truth = seen.get('case results')!;
          expect(truth.size).toBe(units.length);
          for (const [endpoint, shown] of seen) {
            for (const [unitId, suppressed] of shown)
              expect(`${endpoint} ${unitId} ${suppressed}`).toBe(
                `${endpoint} ${unitId} ${truth.get(unitId)}`,
              );
          }
          const truthValues = shownValues.get('case results')!;
          for (const [endpoint, shown] of shownValues) {
            for (const [key, visible] of shown)
              expect(`${endpoint} ${key} ${visible}`).toBe(
                `${endpoint} ${key} ${truthValues.get(key) ?? false}`,
              );
          }

          // The impact between the rounds shows an index's change only where both values are shown.
          const nextShown = new Map<string, boolean>();
          for (const u of units) {
            const impact = (await hr.get(`/api/cases/${u.caseId}/impact`)).body;
            expect(impact.nextRoundYear).toBe(2037);
            for (const i of impact.areas[0].indices) {
              if (impact.hidden !== null) expect([i.before, i.after]).toEqual([null, null]);
              else if (i.before)
                expect(`${u.code} ${i.code} ${!i.before.suppressed}`).toBe(
                  `${u.code} ${i.code} ${truthValues.get(`${u.id}:${i.code}`)}`,
                );
              for (const side of [i.before, i.after])
                if (side?.suppressed)
                  expect([side.mean, side.sd, side.n]).toEqual([null, null, null]);
              expect(i.change !== null).toBe(
                !!i.before && !i.before.suppressed && !!i.after && !i.after.suppressed,
              );
              if (i.after && !i.after.suppressed) nextShown.set(`${u.id}:${i.code}`, true);
            }
          }

          // Below the threshold: suppressed; and no subtraction of what is visible reveals a small group.
          for (const u of units)
            if (respondents.get(u.id)! < threshold) expect(truth.get(u.id)).toBe(true);
          const byId = new Map(units.map((u) => [u.id, u.code]));
          const oracle = (
            count: (u: Unit) => number,
            visible: (u: Unit) => boolean,
          ): OracleUnit[] =>
            units.map((u) => ({
              id: u.code,
              path: u.path.map((id) => byId.get(id) ?? id),
              respondents: count(u),
              visible: visible(u),
            }));
          expect(
            derivableSmallGroup(
              oracle(
                (u) => respondents.get(u.id)!,
                (u) => !truth.get(u.id),
              ),
              threshold,
            ),
          ).toBeNull();
          for (const code of RANDOM_N) {
            const shownNow = (u: Unit) => truthValues.get(`${u.id}:${code}`) === true;
            for (const u of units)
              if (shownNow(u)) expect(n.get(u.id)!.get(code)).toBeGreaterThanOrEqual(threshold);
            expect(
              derivableSmallGroup(
                oracle((u) => n.get(u.id)!.get(code)!, shownNow),
                threshold,
              ),
            ).toBeNull();
            const shownNext = (u: Unit) => nextShown.get(`${u.id}:${code}`) === true;
            for (const u of units)
              if (shownNext(u))
                expect(next.n.get(u.id)!.get(code)).toBeGreaterThanOrEqual(threshold);
            expect(
              derivableSmallGroup(
                oracle((u) => next.n.get(u.id)!.get(code)!, shownNext),
                threshold,
              ),
            ).toBeNull();
          }
        },
      ),
      { numRuns: 12 },
    );
    // Two imports and some 60 requests per run; a failing run also shrinks.
  }, 180_000);
});
