import ExcelJS from 'exceljs';
import { type Client, startTestApp, type TestApp } from './api-harness';
import { download, sessionOf } from './fixtures/result-files';
import { TEST_TODAY } from './test-database';

interface Item {
  measureId: string;
  unitCode: string;
  title: string;
  deadline: string;
  daysOverdue: number;
  status: string;
  responsibleName: string | null;
  lastEscalation: { stepKey: string; sentAt: string } | null;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

describe('GET /api/reports/overdue', () => {
  let t: TestApp;
  let admin: Client;
  let hr: Client;
  let round: string;

  /** Every page of the list, in order. */
  async function all(client: Client, query: string): Promise<{ items: Item[]; total: number }> {
    const items: Item[] = [];
    for (let page = 1; ; page++) {
      const res = await client.get(`/api/reports/overdue?${query}&page=${page}&pageSize=100`);
      expect(res.status).toBe(200);
      items.push(...res.body.items);
      if (res.body.items.length < 100) return { items, total: res.body.total };
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@tiltak.example');
    hr = await t.login('hr@tiltak.example');
    [{ id: round }] = await t.db.query(`SELECT id FROM survey_round WHERE year = 2023`);
  });
  afterAll(() => t.close());

  it('lists exactly the open measures past their deadline, the most overdue first, in pages', async () => {
    const { items, total } = await all(admin, `roundId=${round}`);
    const expected: { id: string; deadline: string }[] = await t.db.query(
      `SELECT m.id, m.deadline FROM measure m JOIN follow_up_case c ON c.id = m.case_id
        WHERE c.round_id = $1 AND m.status IN ('planned', 'in_progress', 'postponed') AND m.deadline < $2::date`,
      [round, TEST_TODAY],
    );
    expect(expected.length).toBeGreaterThan(100);
    expect(total).toBe(expected.length);
    expect(items.map((i) => i.measureId).sort()).toEqual(expected.map((e) => e.id).sort());
    expect(new Set(items.map((i) => i.measureId)).size).toBe(items.length);
    for (const item of items) expect(item.daysOverdue).toBe(daysBetween(item.deadline, TEST_TODAY));
    expect(items.every((item, i) => i === 0 || items[i - 1].deadline <= item.deadline)).toBe(true);
    expect(
      items.every(
        (i) => i.daysOverdue > 0 && ['planned', 'in_progress', 'postponed'].includes(i.status),
      ),
    ).toBe(true);

    // A page past the end is empty but still says how many there are.
    const past = await admin.get(`/api/reports/overdue?roundId=${round}&page=999&pageSize=100`);
    expect(past.body).toEqual(
      expect.objectContaining({ items: [], total: expected.length, page: 999 }),
    );
  });

  it("names the last escalation sent for the measure's current deadline, not for an earlier one", async () => {
    const [first] = (await admin.get(`/api/reports/overdue?roundId=${round}&pageSize=1`)).body
      .items as Item[];
    const [m] = await t.db.query(
      'SELECT deadline_version AS v, case_id AS "caseId" FROM measure WHERE id = $1',
      [first.measureId],
    );
    const [{ id: recipient }] = await t.db.query(
      `SELECT id FROM app_user WHERE email = 'leder.idi@tiltak.example'`,
    );
    const mail = (step: string, version: number, sentAt: string) =>
      t.db.query(
        `INSERT INTO notification (recipient_id, template, language, dedupe_key, status, sent_at, subject_kind, subject_id, deadline_version, step_key, case_id)
         VALUES ($1, 'measure_escalation', 'nb', $2, 'sent', $3, 'measure', $4, $5, $6, $7)`,
        [
          recipient,
          `test:${first.measureId}:${version}:${step}`,
          sentAt,
          first.measureId,
          version,
          step,
          m.caseId,
        ],
      );
    expect(first.lastEscalation).toBeNull();
    await mail('line_manager', m.v - 1, '2026-11-20T08:00:00Z');
    await mail('reminder', m.v, '2026-10-01T08:00:00Z');
    await mail('overdue', m.v, '2026-11-02T08:00:00Z');
    const [again] = (await admin.get(`/api/reports/overdue?roundId=${round}&pageSize=1`)).body
      .items as Item[];
    expect(again.lastEscalation).toEqual({
      stepKey: 'overdue',
      sentAt: '2026-11-02T08:00:00.000Z',
    });
  });

  it('keeps HR/HSE and leaders to their scope', async () => {
    const everything = await all(hr, `roundId=${round}`);
    const [{ id: idi }] = await t.db.query(`SELECT id FROM org_unit WHERE code = 'IE-IDI'`);
    const leader = await t.login('leder.idi@tiltak.example');
    const own = await all(leader, `roundId=${round}`);
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((i) => i.unitCode.startsWith('IE-IDI'))).toBe(true);
    expect(own.total).toBe(everything.items.filter((i) => i.unitCode.startsWith('IE-IDI')).length);
    expect((await all(hr, `roundId=${round}&unitId=${idi}`)).items).toEqual(own.items);

    const [{ id: itk }] = await t.db.query(`SELECT id FROM org_unit WHERE code = 'IE-ITK'`);
    expect((await leader.get(`/api/reports/overdue?roundId=${round}&unitId=${itk}`)).status).toBe(
      403,
    );
    expect(
      (
        await (
          await t.login('ansatt.idi@tiltak.example')
        ).get(`/api/reports/overdue?roundId=${round}`)
      ).status,
    ).toBe(403);
    const bad = await hr.get(`/api/reports/overdue?roundId=${round}&pageSize=0`);
    expect(bad.status).toBe(400);
  });

  it('exports every row as CSV and XLSX, with text that would run as a formula made inert', async () => {
    const [{ id: trap }] = await t.db.query(
      `SELECT m.id FROM measure m JOIN follow_up_case c ON c.id = m.case_id
        WHERE c.round_id = $1 AND m.status = 'planned' AND m.deadline < $2::date ORDER BY m.id LIMIT 1`,
      [round, TEST_TODAY],
    );
    await t.db.query(
      `UPDATE measure SET title = '=HYPERLINK("http://example.com")' WHERE id = $1`,
      [trap],
    );
    const { items, total } = await all(hr, `roundId=${round}`);
    const cookie = await sessionOf(t, 'hr@tiltak.example');
    const csv = await download(t, cookie, `/api/reports/overdue?roundId=${round}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="overdue-2023-${TEST_TODAY}.csv"`,
    );
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'unitCode,unitNameNb,unitNameEn,title,status,deadline,daysOverdue,responsibleName,responsibleRole,lastEscalation.stepKey,lastEscalation.sentAt',
    );
    expect(lines.length - 1).toBe(total);
    const trapLine = lines[1 + items.findIndex((i) => i.measureId === trap)];
    expect(trapLine).toContain(`"'=HYPERLINK(""http://example.com"")"`);

    const xlsx = await download(t, cookie, `/api/reports/overdue?roundId=${round}&format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('overdue');
    expect(sheet?.rowCount).toBe(total + 1);
    items.slice(0, 20).forEach((item, i) => {
      const row = sheet?.getRow(i + 2);
      expect([
        row?.getCell(1).value,
        row?.getCell(4).value,
        row?.getCell(6).value,
        row?.getCell(7).value,
      ]).toEqual([item.unitCode, item.title, item.deadline, item.daysOverdue]);
    });
  });
});
