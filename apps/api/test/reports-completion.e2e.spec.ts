import ExcelJS from 'exceljs';
import { computeSuppression } from '../src/modules/results/anonymity';
import { toNodes } from '../src/modules/results/suppression.service';
import { type Client, startTestApp, type TestApp } from './api-harness';
import { download, sessionOf } from './fixtures/result-files';
import { TEST_TODAY } from './test-database';

interface CaseFact {
  id: string;
  roundId: string;
  unitId: string;
  state: string;
  workshopDate: string | null;
  path: string[];
  hasResult: boolean;
  respondents: number | null;
  areas: boolean;
}
interface MeasureFact {
  caseId: string;
  status: string;
  deadline: string | null;
  completedOn: string | null;
  evaluated: boolean;
}

const days = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);
const pct = (part: number, whole: number) =>
  whole > 0 ? Math.round((1000 * part) / whole) / 10 : null;
function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The report recomputed independently: plain row-by-row reads of cases and measures, counted in
 * TypeScript with the definitions of docs/results-import.md.
 */
async function expected(t: TestApp, roundId: string, depth: number, scope: string | null) {
  const cases: CaseFact[] = await t.db.query(
    `SELECT c.id, c.round_id AS "roundId", c.unit_id AS "unitId", c.state, c.workshop_date AS "workshopDate", o.path,
            ur.id IS NOT NULL AS "hasResult", ur.respondents
       FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id
       LEFT JOIN unit_result ur ON ur.round_id = c.round_id AND ur.unit_id = c.unit_id
      WHERE c.round_id = $1`,
    [roundId],
  );
  const selected = new Set(
    (await t.db.query(`SELECT DISTINCT case_id FROM area WHERE selected`)).map(
      (r: { case_id: string }) => r.case_id,
    ),
  );
  const measures: MeasureFact[] = await t.db.query(
    `SELECT case_id AS "caseId", status, deadline, completed_on AS "completedOn", eval_achieved IS NOT NULL AS evaluated FROM measure WHERE status <> 'cancelled'`,
  );
  const [{ threshold }] = await t.db.query(
    'SELECT anonymity_threshold AS threshold FROM survey_round WHERE id = $1',
    [roundId],
  );
  const resultRows = await t.db.query(
    'SELECT ur.unit_id AS id, ur.respondents, o.path FROM unit_result ur JOIN org_unit o ON o.id = ur.unit_id WHERE ur.round_id = $1',
    [roundId],
  );
  const suppressed = computeSuppression(toNodes(resultRows), threshold);
  const byCase = new Map<string, MeasureFact[]>();
  for (const m of measures) byCase.set(m.caseId, [...(byCase.get(m.caseId) ?? []), m]);
  const groups = new Map<string, { cases: CaseFact[]; measures: MeasureFact[] }>();
  for (const c of cases) {
    if (scope && !c.path.includes(scope)) continue;
    c.areas = selected.has(c.id);
    const key = depth === 0 || c.path.length < depth ? c.unitId : c.path[depth - 1];
    for (const k of [key, 'total']) {
      const g = groups.get(k) ?? { cases: [], measures: [] };
      g.cases.push(c);
      g.measures.push(...(byCase.get(c.id) ?? []));
      groups.set(k, g);
    }
  }
  const out = new Map<string, Record<string, number | null>>();
  for (const [key, g] of groups) {
    const planned = (c: CaseFact) => {
      const ms = byCase.get(c.id) ?? [];
      return (
        ['measures_planned', 'evaluated'].includes(c.state) ||
        (c.state === 'closed' && ms.length > 0)
      );
    };
    const evaluated = (c: CaseFact) => {
      const ms = byCase.get(c.id) ?? [];
      return (
        c.state === 'evaluated' ||
        (c.state === 'closed' && ms.length > 0 && ms.every((m) => m.evaluated))
      );
    };
    const n = g.cases.length;
    const late = g.measures
      .map((m) =>
        m.status === 'done' && m.completedOn && m.deadline && m.completedOn > m.deadline
          ? days(m.completedOn, m.deadline)
          : m.status !== 'done' && m.deadline && m.deadline < TEST_TODAY
            ? days(TEST_TODAY, m.deadline)
            : null,
      )
      .filter((d): d is number => d !== null);
    const doneDated = g.measures.filter((m) => m.status === 'done' && m.deadline && m.completedOn);
    out.set(key, {
      units: n,
      unitsWithResults: g.cases.filter((c) => c.hasResult && !suppressed.has(c.unitId)).length,
      unitsSuppressed: g.cases.filter((c) => suppressed.has(c.unitId)).length,
      unitsWithoutResults: g.cases.filter((c) => !c.hasResult).length,
      followUpMeetingHeldPct: pct(
        g.cases.filter((c) => c.workshopDate && c.workshopDate <= TEST_TODAY).length,
        n,
      ),
      areasChosenPct: pct(g.cases.filter((c) => c.areas).length, n),
      planRegisteredPct: pct(g.cases.filter(planned).length, n),
      evaluatedPct: pct(g.cases.filter(evaluated).length, n),
      measuresTotal: g.measures.length,
      measuresDone: g.measures.filter((m) => m.status === 'done').length,
      measuresOverdue: g.measures.filter(
        (m) => m.status !== 'done' && m.deadline && m.deadline < TEST_TODAY,
      ).length,
      onTimePct: pct(
        doneDated.filter((m) => m.completedOn! <= m.deadline!).length,
        doneDated.length,
      ),
      medianDaysLate: median(late),
    });
  }
  return out;
}

const pick = (row: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, row[k]]));

describe('GET /api/reports/completion', () => {
  let t: TestApp;
  let hr: Client;
  let round2023: string;
  let round2021: string;
  let ie: string;
  let idi: string;
  let itk: string;

  beforeAll(async () => {
    t = await startTestApp();
    hr = await t.login('hr@tiltak.example');
    const rounds = (await hr.get('/api/rounds')).body as { id: string; year: number }[];
    round2023 = rounds.find((r) => r.year === 2023)!.id;
    round2021 = rounds.find((r) => r.year === 2021)!.id;
    const units = (await hr.get('/api/org-units')).body as { id: string; code: string }[];
    [ie, idi, itk] = ['IE', 'IE-IDI', 'IE-ITK'].map(
      (code) => units.find((u) => u.code === code)!.id,
    );
  });
  afterAll(() => t.close());

  it.each([
    ['faculty', 2, null],
    ['department', 3, 'IE'],
    ['unit', 0, 'IE-IDI'],
  ] as const)('matches an independent count, grouped by %s', async (groupBy, depth, scopeCode) => {
    const scope = scopeCode ? { IE: ie, 'IE-IDI': idi }[scopeCode] : null;
    for (const roundId of [round2023, round2021]) {
      const res = await hr.get(
        `/api/reports/completion?roundId=${roundId}&groupBy=${groupBy}${scope ? `&unitId=${scope}` : ''}`,
      );
      expect(res.status).toBe(200);
      const want = await expected(t, roundId, depth, scope);
      const keys = Object.keys(want.get('total')!);
      expect(res.body.rows.length).toBe(want.size - 1);
      for (const row of res.body.rows)
        expect({ unit: row.unitCode, ...pick(row, keys) }).toEqual({
          unit: row.unitCode,
          ...want.get(row.unitId),
        });
      expect(pick(res.body.total, keys)).toEqual(want.get('total'));
      if (!scope) expect(res.body.total.unitsSuppressed).toBeGreaterThan(0);
    }
  });

  it('stays exact after writes to measures and areas, also by two writers of one case at once', async () => {
    const admin = await t.login('admin@tiltak.example');
    const [itkCase] = await t.db.query(
      `SELECT id FROM follow_up_case WHERE unit_id = $1 AND round_id = $2`,
      [itk, round2023],
    );
    const measures = (await admin.get(`/api/cases/${itkCase.id}/measures`)).body as {
      id: string;
      version: number;
      status: string;
      areaId: string;
    }[];
    const open = measures.filter((m) => m.status !== 'done' && m.status !== 'cancelled');
    expect(open.length).toBeGreaterThanOrEqual(4);
    const [late, moved, cancelled] = open;
    expect(
      (
        await admin.post(`/api/measures/${late.id}/status`, {
          status: 'done',
          completedOn: '2026-11-20',
          version: late.version,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await admin.post(`/api/measures/${moved.id}/deadline`, {
          deadline: '2026-10-01',
          reason: 'Flyttet i testen',
          version: moved.version,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await admin.post(`/api/measures/${cancelled.id}/cancel`, {
          reason: 'Ikke aktuelt lenger',
          version: cancelled.version,
        })
      ).status,
    ).toBe(200);
    const created = await admin.post(`/api/cases/${itkCase.id}/measures`, {
      areaId: late.areaId,
      title: 'Nytt tiltak',
      deadline: '2026-09-15',
    });
    expect(created.status).toBe(201);
    // A case whose areas are chosen, but has no plan yet, gets its choice undone.
    const [chosen] = await t.db.query(
      `SELECT c.id FROM follow_up_case c WHERE c.round_id = $1 AND c.state = 'areas_chosen' AND EXISTS (SELECT 1 FROM area a WHERE a.case_id = c.id AND a.selected) LIMIT 1`,
      [round2023],
    );
    const areas = (await admin.get(`/api/cases/${chosen.id}/areas`)).body as {
      id: string;
      selected: boolean;
      version: number;
    }[];
    for (const area of areas.filter((x) => x.selected)) {
      expect(
        (
          await admin.patch(`/api/cases/${chosen.id}/areas/${area.id}`, {
            selected: false,
            version: area.version,
          })
        ).status,
      ).toBe(200);
    }

    // Two transactions change different measures of the same case; the second waits for the first.
    const [a, b] = open.slice(3, 5).length === 2 ? open.slice(3, 5) : [open[3], created.body];
    const first = t.db.createQueryRunner();
    const second = t.db.createQueryRunner();
    try {
      await first.startTransaction();
      await second.startTransaction();
      await first.query(
        `UPDATE measure SET status = 'done', completed_on = '2026-11-01' WHERE id = $1`,
        [a.id],
      );
      const waiting = second.query(
        `UPDATE measure SET status = 'done', completed_on = '2026-11-02' WHERE id = $1`,
        [b.id],
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      await first.commitTransaction();
      await waiting;
      await second.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }

    for (const [groupBy, depth] of [
      ['unit', 0],
      ['faculty', 2],
    ] as const) {
      const res = await hr.get(`/api/reports/completion?roundId=${round2023}&groupBy=${groupBy}`);
      const want = await expected(t, round2023, depth, null);
      const keys = Object.keys(want.get('total')!);
      for (const row of res.body.rows)
        expect({ unit: row.unitCode, ...pick(row, keys) }).toEqual({
          unit: row.unitCode,
          ...want.get(row.unitId),
        });
      expect(pick(res.body.total, keys)).toEqual(want.get('total'));
    }
    const itkRow = (
      await hr.get(`/api/reports/completion?roundId=${round2023}&groupBy=unit&unitId=${itk}`)
    ).body.rows.find((r: { unitId: string }) => r.unitId === itk);
    const [{ done }] = await t.db.query(
      `SELECT count(*)::int AS done FROM measure WHERE case_id = $1 AND status = 'done'`,
      [itkCase.id],
    );
    expect(itkRow.measuresDone).toBe(done);
  });

  it('shows the trend against the previous round', async () => {
    const now = (await hr.get(`/api/reports/completion?roundId=${round2023}`)).body;
    const before = (await hr.get(`/api/reports/completion?roundId=${round2021}`)).body;
    expect(now.previousRoundYear).toBe(2021);
    expect(now.total.previous).toEqual(pick(before.total, Object.keys(now.total.previous)));
    expect(now.total.trend.planRegisteredPct).toBeCloseTo(
      now.total.planRegisteredPct - before.total.planRegisteredPct,
      5,
    );
    const faculty = now.rows.find((r: { unitCode: string }) => r.unitCode === 'IE');
    expect(faculty.drillDown).toBe('department');
    const drill = (
      await hr.get(`/api/reports/completion?roundId=${round2023}&unitId=${ie}&groupBy=department`)
    ).body;
    expect(drill.total.units).toBe(faculty.units);
    expect(drill.rows.reduce((s: number, r: { units: number }) => s + r.units, 0)).toBe(
      faculty.units,
    );
  });

  it('exports exactly the JSON numbers as CSV and XLSX', async () => {
    const url = `/api/reports/completion?roundId=${round2023}&groupBy=faculty`;
    const json = (await hr.get(url)).body;
    const cookie = await sessionOf(t, 'hr@tiltak.example');
    const csv = await download(t, cookie, `${url}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    const header = lines[0];
    const expectedRows = [...json.rows, { ...json.total, unitCode: 'TOTAL' }];
    expect(lines.length - 1).toBe(expectedRows.length);
    const valueOf = (row: any, column: string) =>
      column.split('.').reduce((o, k) => (o == null ? null : o[k]), row);
    lines.slice(1).forEach((cells, i) => {
      header.forEach((column, j) => {
        if (column.startsWith('unitName')) return; // may contain commas: checked in the XLSX below
        const v = valueOf(expectedRows[i], column);
        expect(`${column}=${cells[j]}`).toBe(
          `${column}=${v === null || v === undefined ? '' : String(v)}`,
        );
      });
    });

    const xlsx = await download(t, cookie, `${url}&format=xlsx`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('completion')!;
    const cols = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    expect(cols).toEqual(header);
    for (let i = 0; i < expectedRows.length; i++) {
      const values = (ws.getRow(i + 2).values as unknown[]).slice(1);
      cols.forEach((column, j) =>
        expect([column, values[j] ?? null]).toEqual([
          column,
          valueOf(expectedRows[i], column) ?? null,
        ]),
      );
    }
  });

  it('lets HR/HSE and admins report on their scope, leaders on their subtree, nobody else', async () => {
    const as = async (email: string, unitId?: string) =>
      await (
        await t.login(email)
      ).get(
        `/api/reports/completion?roundId=${round2023}&groupBy=unit${unitId ? `&unitId=${unitId}` : ''}`,
      );
    expect((await as('leder.idi@tiltak.example', idi)).status).toBe(200);
    expect((await as('leder.idi@tiltak.example', itk)).status).toBe(403);
    const own = (await as('leder.idi@tiltak.example')).body;
    expect(own.rows.every((r: { unitCode: string }) => r.unitCode.startsWith('IE-IDI'))).toBe(true);
    expect((await as('dekan.ie@tiltak.example', itk)).status).toBe(200);
    expect((await as('hms.ie@tiltak.example', itk)).status).toBe(200);
    const hf = (await hr.get('/api/org-units')).body.find(
      (u: { code: string }) => u.code === 'HF',
    ).id;
    expect((await as('hms.ie@tiltak.example', hf)).status).toBe(403);
    expect((await as('vo.idi@tiltak.example', idi)).status).toBe(403);
    expect((await as('ansatt.idi@tiltak.example')).status).toBe(403);
    expect((await hr.get(`/api/reports/completion?roundId=${round2023}&groupBy=team`)).status).toBe(
      400,
    );
    expect((await hr.get(`/api/reports/completion`)).status).toBe(400);
  });
});
