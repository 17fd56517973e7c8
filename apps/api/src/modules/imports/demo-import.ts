import { type DemoData, loadDemoData, sampleFiles } from '@tiltak/demo-data';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { AuditService } from '../audit';
import { CSV_TYPE } from './import-file';
import { ImportHistoryService } from './import-history.service';
import { OrgUnitsImportService } from './org-units-import.service';
import { PeopleImportService } from './people-import.service';
import { PeopleSyncService } from './people-sync.service';

class DemoDay extends Clock {
  constructor(private readonly day: string) {
    super();
  }

  override today(): string {
    return this.day;
  }
}

/**
 * Loads the generated demo into an empty database the way an institution loads itself: the
 * organisation and the people go through the imports (docs/samples/ holds the same files), only the
 * admin is appointed by hand, and the rest of the demo (rounds, results, cases) is inserted as generated,
 * its references re-pointed to the ids the imports gave units and people.
 */
export async function importDemoData(
  db: DataSource,
  em: EntityManager,
  data: DemoData,
  today: string,
): Promise<void> {
  const history = new ImportHistoryService(db, new AuditService());
  const clock = new DemoDay(today);
  const files = sampleFiles(data);
  const file = (body: string, filename: string) => ({
    body: Buffer.from(body),
    contentType: CSV_TYPE,
    filename,
  });
  await new OrgUnitsImportService(db, history, clock).run(
    em,
    null,
    file(files.orgUnits, 'org-units.csv'),
    false,
  );
  const sync = new PeopleSyncService();
  await new PeopleImportService(db, sync, history, clock).run(
    em,
    null,
    file(files.people, 'people.csv'),
    'merge',
    false,
  );

  // By hand: people the file does not hold (admins), the admin role, and what users choose themselves.
  await sync.upsertPeople(
    em,
    data.app_user.map((u) => ({ email: u.email, name: u.name, language: u.language })),
  );
  const userIds = new Map<string, string>(
    (await em.query(`SELECT id, lower(email) AS email FROM app_user`)).map(
      (r: { id: string; email: string }) => [r.email, r.id],
    ),
  );
  const unitIds = new Map<string, string>(
    (await em.query(`SELECT id, code FROM org_unit`)).map((r: { id: string; code: string }) => [
      r.code,
      r.id,
    ]),
  );
  const ids = new Map<string, string>();
  for (const u of data.app_user) ids.set(u.id, userIds.get(u.email.toLowerCase()) ?? u.id);
  for (const u of data.org_unit) ids.set(u.id, unitIds.get(u.code) ?? u.id);
  const admins = data.role_assignment.filter((r) => r.role === 'admin');
  await em.query(
    `INSERT INTO role_assignment (user_id, role, unit_id) SELECT u, 'admin', o FROM unnest($1::uuid[], $2::uuid[]) AS a(u, o) ON CONFLICT DO NOTHING`,
    [admins.map((r) => ids.get(r.user_id)), admins.map((r) => ids.get(r.unit_id))],
  );
  const digest = data.app_user
    .filter((u) => u.notify_mode !== 'immediate')
    .map((u) => ids.get(u.id));
  await em.query(`UPDATE app_user SET notify_mode = 'digest' WHERE id = ANY($1::uuid[])`, [digest]);

  const remap = (value: unknown): unknown => {
    if (typeof value === 'string') return ids.get(value) ?? value;
    if (Array.isArray(value)) return value.map(remap);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remap(v)]));
    return value;
  };
  const rest = Object.fromEntries(
    Object.entries(data).map(([table, rows]) => [table, (rows as object[]).map(remap)]),
  ) as unknown as DemoData;
  await loadDemoData(
    { query: (sql, params) => em.query(sql, params as unknown[]) },
    { ...rest, app_user: [], org_unit: [], role_assignment: [] },
  );
}
