import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Client, startTestApp, type TestApp } from './api-harness';
import { CSV, resultRow, sessionOf, toCsv, toXlsx, upload, XLSX } from './fixtures/result-files';

/** POST /api/imports/results, POST /api/imports/sector-benchmark and PUT /api/cases/{id}/results. */
describe('results import', () => {
  let t: TestApp;
  let admin: Client;
  let adminCookie: string;
  let roundId: string;

  const snapshot = async () =>
    t.db.query(
      `SELECT unit_id, invited, respondents, indices, working_hours, appraisal_yes_pct, appraisal_usefulness, version, updated_at
                  FROM unit_result WHERE round_id = $1 ORDER BY unit_id`,
      [roundId],
    );
  const audits = async () =>
    Number(
      (await t.db.query(`SELECT count(*) FROM audit_event WHERE action LIKE 'results.%'`))[0].count,
    );
  const importCsv = (cookie: string | null, csv: string | Buffer, type = CSV) =>
    upload(t, cookie, `/api/imports/results?roundId=${roundId}`, type, csv);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@tiltak.example');
    adminCookie = await sessionOf(t, 'admin@tiltak.example');
    roundId = (
      await admin.post('/api/rounds', { name: 'Arbeidsmiljøundersøkelsen 2025', year: 2025 })
    ).body.id;
  });
  afterAll(() => t.close());

  const rows = [
    resultRow('IE', 1, { respondents: 90, invited: 120 }),
    resultRow('IE-IDI', 2),
    resultRow('IE-ITK', 3),
    resultRow('HF', 4),
  ];

  it('imports a valid CSV file, all rows in one go, with one audit event', async () => {
    const before = await audits();
    const res = await importCsv(adminCookie, toCsv(rows));
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        rows: 4,
        inserted: 4,
        updated: 0,
        unchanged: 0,
        insertedUnits: ['IE', 'IE-IDI', 'IE-ITK', 'HF'],
      }),
    );
    expect(await audits()).toBe(before + 1);
    const [idi] = await t.db.query(
      `SELECT ur.* FROM unit_result ur JOIN org_unit o ON o.id = ur.unit_id WHERE o.code = 'IE-IDI' AND ur.round_id = $1`,
      [roundId],
    );
    expect(idi.respondents).toBe(rows[1].respondents);
    expect(idi.indices.autonomy).toEqual({
      mean: rows[1]['autonomy_mean'],
      sd: rows[1]['autonomy_sd'],
      n: rows[1]['autonomy_n'],
    });
    expect(idi.working_hours).toEqual({ '<=37.5': 20, '37.5-40': 30.5, '40-45': 29.5, '>45': 20 });
    expect(Number(idi.appraisal_yes_pct)).toBe(71.4);
  });

  it('changes nothing when the same file is imported again, as CSV or as XLSX', async () => {
    const before = await snapshot();
    const auditsBefore = await audits();
    const again = await importCsv(adminCookie, toCsv(rows));
    expect(again.status).toBe(200);
    expect(again.body).toEqual(expect.objectContaining({ inserted: 0, updated: 0, unchanged: 4 }));
    const xlsx = await importCsv(adminCookie, await toXlsx(rows), XLSX);
    expect(xlsx.status).toBe(200);
    expect(xlsx.body).toEqual(expect.objectContaining({ inserted: 0, updated: 0, unchanged: 4 }));
    // Norwegian Excel: semicolons and decimal commas, same numbers.
    const semicolon = toCsv(rows)
      .replace(/,/g, ';')
      .replace(/(\d)\.(\d)/g, '$1,$2');
    const nb = await importCsv(adminCookie, semicolon);
    expect(nb.body).toEqual(expect.objectContaining({ inserted: 0, updated: 0, unchanged: 4 }));
    // A trailing separator on every line (an empty, nameless last column) is ignored.
    const trailing = await importCsv(adminCookie, toCsv(rows).replace(/\n/g, ',\n'));
    expect(trailing.body).toEqual(
      expect.objectContaining({ inserted: 0, updated: 0, unchanged: 4 }),
    );
    expect(await snapshot()).toEqual(before);
    expect(await audits()).toBe(auditsBefore);
  });

  it('updates only the rows that change, bumping their version', async () => {
    const changed = rows.map((r) =>
      r['unit_code'] === 'IE-ITK' ? { ...r, autonomy_mean: 4.44 } : r,
    );
    const res = await importCsv(adminCookie, toCsv(changed));
    expect(res.body).toEqual(
      expect.objectContaining({ inserted: 0, updated: 1, unchanged: 3, updatedUnits: ['IE-ITK'] }),
    );
    const versions = await t.db.query(
      `SELECT o.code, ur.version FROM unit_result ur JOIN org_unit o ON o.id = ur.unit_id WHERE ur.round_id = $1 ORDER BY o.code`,
      [roundId],
    );
    expect(versions).toEqual([
      { code: 'HF', version: 1 },
      { code: 'IE', version: 1 },
      { code: 'IE-IDI', version: 1 },
      { code: 'IE-ITK', version: 2 },
    ]);
  });

  it('reports every bad row and column of a file in one 400 and saves nothing', async () => {
    const before = await snapshot();
    const auditsBefore = await audits();
    const bad = [
      resultRow('IE-IDI', 5, { autonomy_mean: 4.9 }), // fine on its own, but the file fails: not saved
      resultRow('NO-SUCH-UNIT', 6),
      resultRow('IE-IES', 7, {
        respondents: 50,
        invited: 40,
        role_clarity_mean: 7,
        meaningful_work_sd: null,
      }),
      resultRow('IE-IDI', 8, { hours_gt_45: 40, appraisal_usefulness: 'mye' }),
      resultRow('HF-ISL', 9, { autonomy_n: 2.5, no_stress_n: 999 }),
    ];
    const res = await importCsv(adminCookie, toCsv(bad));
    expect(res.status).toBe(400);
    const details = res.body.details.map(
      (d: { row: number; column: string }) => `${d.row}:${d.column}`,
    );
    expect(details).toEqual(
      expect.arrayContaining([
        '3:unit_code',
        '4:respondents',
        '4:role_clarity_mean',
        '4:meaningful_work_sd',
        '5:unit_code',
        '5:hours_gt_45',
        '5:appraisal_usefulness',
        '6:autonomy_n',
        '6:no_stress_n',
      ]),
    );
    expect(res.body.details).toContainEqual({
      row: 5,
      column: 'unit_code',
      problem: 'IE-IDI is also on row 2',
    });
    expect(res.body.details.some((d: { row: number }) => d.row === 2)).toBe(false);
    expect(res.body.message).toMatch(/Nothing was saved/);
    expect(await snapshot()).toEqual(before);
    expect(await audits()).toBe(auditsBefore);
  });

  it('reports header problems: unknown, duplicate and missing columns', async () => {
    const res = await importCsv(
      adminCookie,
      'unit_code,invited,autonomy_mean,autonomi_sd,invited\nIE-IDI,10,4,1,10\n',
    );
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 1, column: 'autonomi_sd' }),
        expect.objectContaining({ row: 1, column: 'invited', problem: 'appears twice' }),
        expect.objectContaining({ row: 1, column: 'respondents' }),
      ]),
    );
    expect((await importCsv(adminCookie, '')).status).toBe(400);
    expect(
      (await importCsv(adminCookie, Buffer.from('not a zip'), XLSX)).body.details[0].problem,
    ).toMatch(/XLSX/);
  });

  it('lets HR/HSE import within their scope only, and nobody else', async () => {
    const hmsIe = await sessionOf(t, 'hms.ie@tiltak.example');
    const outside = await importCsv(hmsIe, toCsv([resultRow('IE-IDI', 2), resultRow('HF', 4)]));
    expect(outside.status).toBe(400);
    expect(outside.body.details).toEqual([
      { row: 3, column: 'unit_code', problem: 'HF is outside your HR/HSE scope' },
    ]);
    const inside = await importCsv(hmsIe, toCsv([resultRow('IE-IDI', 2)]));
    expect(inside.status).toBe(200);
    expect(
      (
        await importCsv(
          await sessionOf(t, 'leder.idi@tiltak.example'),
          toCsv([resultRow('IE-IDI', 2)]),
        )
      ).status,
    ).toBe(403);
    expect((await importCsv(null, toCsv([resultRow('IE-IDI', 2)]))).status).toBe(401);
    expect(
      (await upload(t, adminCookie, `/api/imports/results?roundId=${roundId}`, 'text/plain', 'x'))
        .body.message,
    ).toMatch(/content-type text\/csv/);
    expect(
      (await upload(t, adminCookie, `/api/imports/results?roundId=not-a-uuid`, CSV, toCsv(rows)))
        .status,
    ).toBe(400);
    const huge = Buffer.alloc(11 * 1024 * 1024, 'a');
    expect(
      (await upload(t, adminCookie, `/api/imports/results?roundId=${roundId}`, CSV, huge)).status,
    ).toBe(413);
  });

  it('imports the sector benchmark, and a re-import changes nothing', async () => {
    const csv = 'index_code,mean\nautonomy,3.91\nno_stress,3.2\n';
    const url = `/api/imports/sector-benchmark?roundId=${roundId}`;
    const first = await upload(t, adminCookie, url, CSV, csv);
    expect(first.body).toEqual(expect.objectContaining({ indices: 2, changed: true }));
    const round = (await admin.get(`/api/rounds/${roundId}`)).body;
    const second = await upload(t, adminCookie, url, CSV, csv);
    expect(second.body.changed).toBe(false);
    expect((await admin.get(`/api/rounds/${roundId}`)).body.version).toBe(round.version);
    const bad = await upload(
      t,
      adminCookie,
      url,
      CSV,
      'index_code,mean\nautonomy,9\nstress,3\nautonomy,3\n',
    );
    expect(bad.body.details).toHaveLength(3);
    expect(
      (await upload(t, await sessionOf(t, 'hms.ie@tiltak.example'), url, CSV, csv)).status,
    ).toBe(403);
  });

  it('accepts the sample files of docs/samples, and reports the mistakes of the faulty one', async () => {
    const sample = (name: string) => readFileSync(join(__dirname, '../../../docs/samples', name));
    const round = (await admin.post('/api/rounds', { name: 'Eksempelrunde', year: 2027 })).body.id;
    const url = `/api/imports/results?roundId=${round}`;
    expect((await upload(t, adminCookie, url, CSV, sample('unit-results.csv'))).body).toEqual(
      expect.objectContaining({ inserted: 4 }),
    );
    expect((await upload(t, adminCookie, url, XLSX, sample('unit-results.xlsx'))).body).toEqual(
      expect.objectContaining({ unchanged: 4 }),
    );
    expect((await upload(t, adminCookie, url, CSV, sample('unit-results-nb.csv'))).body).toEqual(
      expect.objectContaining({ unchanged: 4 }),
    );
    const bad = await upload(t, adminCookie, url, CSV, sample('unit-results-with-errors.csv'));
    // Exactly the answer shown in docs/results-import.md.
    expect(bad.body.message).toBe(
      'The file was not imported: 5 problem(s) in 3 row(s). Nothing was saved.',
    );
    expect(bad.body.details).toEqual([
      { row: 2, column: 'unit_code', problem: '"IE-XYZ" is not a known unit code' },
      { row: 3, column: 'respondents', problem: 'must not exceed invited (61)' },
      { row: 3, column: 'autonomy_mean', problem: 'must be between 1 and 5' },
      {
        row: 4,
        column: 'no_stress_sd',
        problem: 'is required when no_stress_mean and no_stress_n are given',
      },
      {
        row: 4,
        column: 'hours_gt_45',
        problem: 'the working-hours percentages must add up to 100, got 119.1',
      },
    ]);
    const sector = await upload(
      t,
      adminCookie,
      `/api/imports/sector-benchmark?roundId=${round}`,
      CSV,
      sample('sector-benchmark.csv'),
    );
    expect(sector.body).toEqual(expect.objectContaining({ indices: 17, changed: true }));
  });

  describe('PUT /api/cases/{id}/results', () => {
    let leader: Client;
    let caseId: string;
    beforeAll(async () => {
      leader = await t.login('leder.idi@tiltak.example');
      const [c] = await t.db.query(
        `SELECT c.id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id WHERE o.code = 'IE-IDI' AND c.round_id = $1`,
        [roundId],
      );
      caseId =
        c?.id ??
        (
          await admin.post('/api/cases', {
            roundId,
            unitId: (await t.db.query(`SELECT id FROM org_unit WHERE code = 'IE-IDI'`))[0].id,
          })
        ).body.id;
    });

    it('validates like the import and names every field', async () => {
      const res = await leader.raw('PUT', `/api/cases/${caseId}/results`, {
        version: 1,
        invited: 10,
        respondents: 12,
        indices: { autonomy: { mean: 6, sd: 0.5, n: 3 }, nonsense: { mean: 3 } },
        workingHours: { '<=37.5': 50, '37.5-40': 10, '40-45': 10, '>45': 10 },
        appraisalUsefulness: 'bra',
      });
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(
        [
          'appraisalUsefulness',
          'indices.autonomy.mean',
          'indices.nonsense',
          'respondents',
          'workingHours.>45',
        ].sort(),
      );
    });

    it('saves the result, audits it, and refuses a stale version', async () => {
      const current = (await leader.get(`/api/cases/${caseId}/results`)).body.current;
      const body = {
        version: current.version,
        invited: 30,
        respondents: 25,
        indices: { autonomy: { mean: 4.2, sd: 0.6, n: 25 } },
        appraisalYesPct: 80,
      };
      const before = await audits();
      const saved = await leader.put(`/api/cases/${caseId}/results`, body);
      expect(saved.status).toBe(200);
      expect(saved.body.current).toEqual(
        expect.objectContaining({
          respondents: 25,
          suppressed: false,
          version: current.version + 1,
          appraisalYesPct: 80,
        }),
      );
      expect(saved.body.current.indices).toEqual([
        { code: 'autonomy', suppressed: false, suppressionReason: null, mean: 4.2, sd: 0.6, n: 25 },
      ]);
      expect(await audits()).toBe(before + 1);
      expect((await leader.put(`/api/cases/${caseId}/results`, body)).status).toBe(409);
      // The same values again with the current version: nothing to write, nothing audited.
      const same = await leader.put(`/api/cases/${caseId}/results`, {
        ...body,
        version: current.version + 1,
      });
      expect(same.status).toBe(200);
      expect(same.body.current.version).toBe(current.version + 1);
      expect(await audits()).toBe(before + 1);
      expect(
        (
          await (
            await t.login('leder.itk@tiltak.example')
          ).put(`/api/cases/${caseId}/results`, body)
        ).status,
      ).toBe(404);
      expect(
        (await (await t.login('vo.idi@tiltak.example')).put(`/api/cases/${caseId}/results`, body))
          .status,
      ).toBe(403);
    });
  });
});
