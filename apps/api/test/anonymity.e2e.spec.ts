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

/**
 * Property-based anonymity test over the HTTP API: random results for a small tree (IE with IE-IDI,
 * IE-ITK and their groups) are imported, then every endpoint that shows results is read — the case
 * results with their comparisons, the results report as JSON, CSV and XLSX, the completion report —
 * and checked: the same units are suppressed everywhere, suppressed units carry no values, every
 * unit below the threshold is suppressed, and no subtraction of visible units reveals a small group.
 */
describe('anonymity across endpoints', () => {
  let t: TestApp;
  let admin: Client;
  let hr: Client;
  let adminCookie: string;
  let hrCookie: string;
  let roundId: string;
  let units: Unit[];
  let ie: Unit;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@tiltak.example');
    hr = await t.login('hr@tiltak.example');
    adminCookie = await sessionOf(t, 'admin@tiltak.example');
    hrCookie = await sessionOf(t, 'hr@tiltak.example');
    roundId = (await admin.post('/api/rounds', { name: 'Anonymitetstest', year: 2035 })).body.id;
    const rows: Omit<Unit, 'caseId'>[] = await t.db.query(
      `SELECT o.id, o.code, o.path FROM org_unit o
        WHERE o.code = 'IE' OR o.path && (SELECT array_agg(id) FROM org_unit WHERE code IN ('IE-IDI', 'IE-ITK'))
        ORDER BY cardinality(o.path), o.code`,
    );
    units = [];
    for (const u of rows) {
      const [c] = await t.db.query(`INSERT INTO follow_up_case (round_id, unit_id) VALUES ($1, $2) RETURNING id`, [roundId, u.id]);
      units.push({ ...u, caseId: c.id });
    }
    ie = units.find((u) => u.code === 'IE')!;
    expect(units.length).toBeGreaterThan(4);
    expect(units.length).toBeLessThanOrEqual(16);
  });
  afterAll(() => t.close());

  const ownCounts = () => fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 25 })), { minLength: 16, maxLength: 16 });

  it('never shows a small group, in any endpoint', async () => {
    await fc.assert(
      fc.asyncProperty(ownCounts(), fc.integer({ min: 3, max: 8 }), async (own, threshold) => {
        // Each unit pools its own staff and its subtree, as the survey's reports do.
        const respondents = new Map(units.map((u, i) => [u.id, own[i]]));
        for (const u of [...units].reverse()) {
          const parent = units.find((p) => p.id === u.path[u.path.length - 2]);
          if (parent) respondents.set(parent.id, respondents.get(parent.id)! + respondents.get(u.id)!);
        }
        await t.db.query('UPDATE survey_round SET anonymity_threshold = $2 WHERE id = $1', [roundId, threshold]);
        const rows = units.map((u, i) => {
          const r = respondents.get(u.id)!;
          const row = resultRow(u.code, i + own[i], { respondents: r, invited: r + 3 });
          if (r === 0) for (const key of Object.keys(row)) if (/_(mean|sd|n)$|^hours_|^appraisal_/.test(key)) row[key] = null;
          for (const index of INDICES) if (r > 0) row[`${index.code}_n`] = r;
          return row;
        });
        const imported = await upload(t, adminCookie, `/api/imports/results?roundId=${roundId}`, CSV, toCsv(rows));
        expect(imported.status).toBe(200);

        // What each endpoint shows: unit id → suppressed?
        const seen = new Map<string, Map<string, boolean>>();
        const note = (endpoint: string, unitId: string, suppressed: boolean) => {
          const m = seen.get(endpoint) ?? new Map<string, boolean>();
          m.set(unitId, suppressed);
          seen.set(endpoint, m);
        };
        const noValues = (r: { suppressed: boolean; indices: unknown[]; workingHours: unknown; appraisalYesPct: unknown; appraisalUsefulness: unknown }) => {
          if (r.suppressed) expect([r.indices, r.workingHours, r.appraisalYesPct, r.appraisalUsefulness]).toEqual([[], null, null, null]);
          else if (r.indices.length === 0) throw new Error('a visible unit with respondents shows no indices');
        };

        for (const u of units) {
          const res = await hr.get(`/api/cases/${u.caseId}/results`);
          expect(res.status).toBe(200);
          const { current, parent, institution } = res.body;
          noValues(current);
          note('case results', u.id, current.suppressed);
          if (parent?.result) {
            noValues(parent.result);
            note('case results (parent)', parent.unitId, parent.result.suppressed);
          }
          if (institution?.result) note('case results (institution)', institution.unitId, institution.result.suppressed);
        }

        const report = (await hr.get(`/api/reports/results?roundId=${roundId}&unitId=${ie.id}`)).body;
        for (const r of report.rows) {
          noValues(r.result);
          note('results report', r.unitId, r.result.suppressed);
        }
        const csv = await download(t, hrCookie, `/api/reports/results?roundId=${roundId}&unitId=${ie.id}&format=csv`);
        const [header, ...lines] = csv.text.trim().split('\r\n').map((l) => l.split(','));
        const valueColumns = header.map((h, i) => (/_(mean|sd|n)$|^hours_|^appraisal_/.test(h) ? i : -1)).filter((i) => i >= 0);
        for (const cells of lines) {
          const unit = units.find((u) => u.code === cells[0])!;
          const suppressed = cells[header.indexOf('suppressed')] === 'true';
          if (suppressed) expect(valueColumns.map((i) => cells[i]).join('')).toBe('');
          note('results csv', unit.id, suppressed);
        }
        const xlsx = await download(t, hrCookie, `/api/reports/results?roundId=${roundId}&unitId=${ie.id}&format=xlsx`);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
        wb.getWorksheet('results')!.eachRow((row, n) => {
          if (n === 1) return;
          const cells = (row.values as unknown[]).slice(1);
          const unit = units.find((u) => u.code === cells[0])!;
          const suppressed = cells[header.indexOf('suppressed')] === true;
          if (suppressed) expect(valueColumns.filter((i) => cells[i] !== undefined && cells[i] !== null)).toEqual([]);
          note('results xlsx', unit.id, suppressed);
        });

        const completion = (await hr.get(`/api/reports/completion?roundId=${roundId}&unitId=${ie.id}&groupBy=unit`)).body;
        for (const r of completion.rows) {
          expect(r.unitsWithResults + r.unitsSuppressed + r.unitsWithoutResults).toBe(r.units);
          note('completion report', r.unitId, r.unitsSuppressed === 1);
        }

        // Every endpoint agrees with the case results.
        const truth = seen.get('case results')!;
        expect(truth.size).toBe(units.length);
        for (const [endpoint, shown] of seen) {
          for (const [unitId, suppressed] of shown) expect(`${endpoint} ${unitId} ${suppressed}`).toBe(`${endpoint} ${unitId} ${truth.get(unitId)}`);
        }
        // Below the threshold: suppressed; and no subtraction of what is visible reveals a small group.
        for (const u of units) if (respondents.get(u.id)! < threshold) expect(truth.get(u.id)).toBe(true);
        const oracle: OracleUnit[] = units.map((u) => ({ id: u.code, path: u.path, respondents: respondents.get(u.id)!, visible: !truth.get(u.id) }));
        const byId = new Map(units.map((u) => [u.id, u.code]));
        for (const o of oracle) o.path = o.path.map((id) => byId.get(id) ?? id);
        expect(derivableSmallGroup(oracle, threshold)).toBeNull();
      }),
      { numRuns: 12 },
    );
  });
});
