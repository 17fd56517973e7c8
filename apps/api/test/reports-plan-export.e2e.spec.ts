import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from './api-harness';
import { download, sessionOf } from './fixtures/result-files';

/**
 * The text a PDF shows, from its (uncompressed) content streams: the hex strings of every TJ/Tj,
 * decoded as WinAnsi (Latin-1 for Norwegian letters). Whitespace is dropped, since lines wrap.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const parts: string[] = [];
  for (const m of source.matchAll(
    /\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g,
  )) {
    const hexes =
      m[1] !== undefined ? [...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]) : [m[2]];
    parts.push(hexes.map((h) => Buffer.from(h, 'hex').toString('latin1')).join(''));
  }
  return parts.join('').replace(/\s+/g, '');
}
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** GET /api/cases/{id}/plan.pdf and /plan.xlsx */
describe('plan export', () => {
  let t: TestApp;
  let caseId: string;
  let measures: {
    title: string;
    goal: string | null;
    deadline: string | null;
    responsible_role: string | null;
  }[];

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: caseId }] = await t.db.query(
      `SELECT c.id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id JOIN survey_round r ON r.id = c.round_id
        WHERE o.code = 'IE-ITK' AND r.year = 2023`,
    );
    measures = await t.db.query(
      `SELECT title, goal, deadline, responsible_role FROM measure WHERE case_id = $1`,
      [caseId],
    );
    expect(measures.length).toBeGreaterThan(2);
  });
  afterAll(() => t.close());

  it('renders the TILTAKSPLAN table as a PDF with unit, round, state and every measure', async () => {
    const res = await download(
      t,
      await sessionOf(t, 'leder.itk@tiltak.example'),
      `/api/cases/${caseId}/plan.pdf`,
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="tiltaksplan-IE-ITK-2023.pdf"',
    );
    expect(res.raw.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.raw);
    for (const expected of [
      'Tiltaksplan',
      'Institutt for teknisk kybernetikk (IE-ITK)',
      'Arbeidsmiljøundersøkelsen 2023',
      'Tiltak planlagt',
      'Område',
      'Mål',
      'Ansvarlig',
      'Frist',
    ]) {
      expect(text).toContain(squeeze(expected));
    }
    for (const m of measures) {
      expect(text).toContain(squeeze(m.title));
      if (m.goal) expect(text).toContain(squeeze(m.goal));
      if (m.deadline) expect(text).toContain(m.deadline);
    }
    expect(text).toContain('overfrist');
  });

  it('renders the same plan as an XLSX workbook', async () => {
    const res = await download(
      t,
      await sessionOf(t, 'hr@tiltak.example'),
      `/api/cases/${caseId}/plan.xlsx`,
    );
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Tiltaksplan')!;
    const rows = ws
      .getSheetValues()
      .filter(Boolean)
      .map((r) => ((r as unknown[]) ?? []).slice(1));
    expect(rows[0][0]).toBe('Tiltaksplan – Institutt for teknisk kybernetikk');
    expect(rows).toContainEqual(['Enhet', 'Institutt for teknisk kybernetikk (IE-ITK)']);
    expect(rows).toContainEqual(['Undersøkelsesrunde', 'Arbeidsmiljøundersøkelsen 2023']);
    const header = rows.findIndex((r) => r[0] === 'Område');
    expect(rows[header]).toEqual([
      'Område',
      'Tiltak',
      'Beskrivelse',
      'Mål',
      'Ansvarlig',
      'Frist',
      'Gjennomført / evaluert',
    ]);
    const table = rows.slice(header + 1);
    expect(table.map((r) => r[1]).sort()).toEqual(measures.map((m) => m.title).sort());
    for (const m of measures) {
      const row = table.find((r) => r[1] === m.title)!;
      expect(row[3] ?? null).toBe(m.goal || null);
      expect(row[5] ?? null).toBe(m.deadline);
      if (m.responsible_role) expect(String(row[4])).toContain(m.responsible_role);
    }
  });

  it('is for those who may read the case, in their language', async () => {
    const [{ id: idiCase }] = await t.db.query(
      `SELECT c.id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id JOIN survey_round r ON r.id = c.round_id WHERE o.code = 'IE-IDI' AND r.year = 2023`,
    );
    const employee = await sessionOf(t, 'ansatt.idi@tiltak.example');
    expect((await download(t, employee, `/api/cases/${idiCase}/plan.pdf`)).status).toBe(200);
    expect((await download(t, employee, `/api/cases/${caseId}/plan.pdf`)).status).toBe(404);
    await t.db.query(
      `UPDATE app_user SET language = 'en' WHERE email = 'leder.itk@tiltak.example'`,
    );
    const en = await download(
      t,
      await sessionOf(t, 'leder.itk@tiltak.example'),
      `/api/cases/${caseId}/plan.xlsx`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(en.raw as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Action plan')!.getCell('A1').value).toBe(
      'Action plan – Department of Engineering Cybernetics',
    );
  });
});
