import { generateDemoData } from './generate-demo-data';
import { orgUnitSampleRows, peopleSampleRows, sampleFiles } from './sample-files';

describe('demo sample files', () => {
  const data = generateDemoData({ seed: 1, scale: 1, today: '2026-11-26' });

  it('lists every unit once, each after its parent', () => {
    const rows = orgUnitSampleRows(data);
    expect(rows).toHaveLength(data.org_unit.length);
    const seen = new Set<string>();
    for (const r of rows) {
      if (r['parent_code']) expect(seen.has(r['parent_code'])).toBe(true);
      seen.add(r['code']);
    }
  });

  it('lists every role but admin, one row per person and role', () => {
    const rows = peopleSampleRows(data);
    expect(rows).toHaveLength(data.role_assignment.filter((r) => r.role !== 'admin').length);
    expect(rows.some((r) => r['role'] === 'admin')).toBe(false);
    expect(new Set(rows.map((r) => `${r['email']} ${r['role']} ${r['unit_code']}`)).size).toBe(
      rows.length,
    );
  });

  it('writes CSV with a header and quotes where needed', () => {
    const { orgUnits, people } = sampleFiles(data);
    expect(orgUnits.split('\n')[0]).toBe('code,parent_code,kind,name_nb,name_en');
    expect(people.split('\n')[0]).toBe('email,name,language,unit_code,role');
  });
});
