import type { DemoData } from './types';

/**
 * The demo organisation and people as the import files an institution would send
 * (docs/org-people-import.md): the embedded start loads the demo through the same import code, and
 * `nx run demo-data:samples` writes them to docs/samples/. Admin roles are not in them: an admin is
 * appointed by hand, never by a file.
 */
export const ORG_UNIT_SAMPLE_COLUMNS = [
  'code',
  'parent_code',
  'kind',
  'name_nb',
  'name_en',
] as const;
export const PEOPLE_SAMPLE_COLUMNS = ['email', 'name', 'language', 'unit_code', 'role'] as const;

type Row = Record<string, string>;

export function orgUnitSampleRows(data: DemoData): Row[] {
  const codeOf = new Map(data.org_unit.map((u) => [u.id, u.code]));
  // Parents before their units, so that the file reads top-down.
  return [...data.org_unit]
    .sort((a, b) => a.path.length - b.path.length || a.code.localeCompare(b.code))
    .map((u) => ({
      code: u.code,
      parent_code: u.parent_id ? (codeOf.get(u.parent_id) ?? '') : '',
      kind: u.kind,
      name_nb: u.name_nb,
      name_en: u.name_en,
    }));
}

export function peopleSampleRows(data: DemoData): Row[] {
  const codeOf = new Map(data.org_unit.map((u) => [u.id, u.code]));
  const userOf = new Map(data.app_user.map((u) => [u.id, u]));
  const rows: Row[] = [];
  for (const r of data.role_assignment) {
    const user = userOf.get(r.user_id);
    if (r.role === 'admin' || !user || !user.active) continue;
    rows.push({
      email: user.email,
      name: user.name,
      language: user.language,
      unit_code: codeOf.get(r.unit_id) ?? '',
      role: r.role,
    });
  }
  return rows.sort(
    (a, b) =>
      a['email'].localeCompare(b['email']) ||
      a['role'].localeCompare(b['role']) ||
      a['unit_code'].localeCompare(b['unit_code']),
  );
}

const cell = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  return (
    [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c] ?? '')).join(','))].join(
      '\n',
    ) + '\n'
  );
}

/** Both files as CSV text. */
export function sampleFiles(data: DemoData): { orgUnits: string; people: string } {
  return {
    orgUnits: toCsv(orgUnitSampleRows(data), ORG_UNIT_SAMPLE_COLUMNS),
    people: toCsv(peopleSampleRows(data), PEOPLE_SAMPLE_COLUMNS),
  };
}
