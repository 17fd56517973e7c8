import { Client } from 'pg';
import { grantAppRole } from '../src/database/app-role';
import { startTestApp, type TestApp } from './api-harness';
import { createTestDatabase } from './test-database';

/**
 * The app's database role (docs/security-roles.md): not a superuser, not the owner, and unable to get
 * around the audit trail's append-only triggers the three ways a superuser or owner can.
 */
describe('least-privilege database roles', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let app: Client;
  let owner: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = new Client({ connectionString: database.url });
    owner = new Client({ connectionString: database.ownerUrl });
    await app.connect();
    await owner.connect();
  });
  afterAll(async () => {
    await app?.end();
    await owner?.end();
    await database?.drop();
  });

  const auditCount = async () =>
    (await owner.query('SELECT count(*)::int AS n FROM audit_event')).rows[0].n as number;

  /** Runs `sql` as the app role in a transaction of its own, rolled back whatever happens. */
  const asApp = async (sql: string) => {
    await app.query('BEGIN');
    try {
      return await app.query(sql);
    } finally {
      await app.query('ROLLBACK');
    }
  };

  it('is neither a superuser nor the owner of the database or of any table', async () => {
    const { rows } = await app.query(`
      SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,
             pg_get_userbyid(d.datdba) = current_user AS owns_database,
             (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND c.relowner = r.oid) AS owned_relations
        FROM pg_roles r, pg_database d
       WHERE r.rolname = current_user AND d.datname = current_database()`);
    expect(rows[0]).toEqual({
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
      owns_database: false,
      owned_relations: 0,
    });
    const { rows: ownerRows } = await owner.query(
      `SELECT rolsuper FROM pg_roles WHERE rolname = current_user`,
    );
    expect(ownerRows[0].rolsuper).toBe(false);
  });

  it('cannot switch off triggers with session_replication_role', async () => {
    await expect(asApp('SET LOCAL session_replication_role = replica')).rejects.toThrow(
      /permission denied/,
    );
  });

  it('cannot disable or drop the audit triggers', async () => {
    await expect(
      asApp('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete'),
    ).rejects.toThrow(/must be owner/);
    await expect(asApp('ALTER TABLE audit_event DISABLE TRIGGER ALL')).rejects.toThrow(
      /must be owner/,
    );
    await expect(asApp('DROP TRIGGER audit_event_no_update_delete ON audit_event')).rejects.toThrow(
      /must be owner/,
    );
    await expect(asApp('DROP FUNCTION audit_event_append_only() CASCADE')).rejects.toThrow(
      /must be owner/,
    );
    const { rows } = await owner.query(
      `SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'audit_event'::regclass AND NOT tgisinternal ORDER BY 1`,
    );
    expect(rows).toEqual([
      { tgname: 'audit_event_no_truncate', tgenabled: 'O' },
      { tgname: 'audit_event_no_update_delete', tgenabled: 'O' },
    ]);
  });

  it('may only INSERT into and SELECT from audit_event: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await app.query(`INSERT INTO audit_event (action, entity) VALUES ('test.seed', 'test')`);
    const before = await auditCount();
    expect(before).toBeGreaterThan(0);
    await expect(asApp(`UPDATE audit_event SET action = 'tampered'`)).rejects.toThrow(
      /permission denied for table audit_event/,
    );
    await expect(asApp('DELETE FROM audit_event')).rejects.toThrow(
      /permission denied for table audit_event/,
    );
    await expect(asApp('TRUNCATE audit_event')).rejects.toThrow(
      /permission denied for table audit_event/,
    );
    await expect(asApp('TRUNCATE audit_event, app_user CASCADE')).rejects.toThrow(
      /permission denied/,
    );
    const inserted = await asApp(
      `INSERT INTO audit_event (action, entity) VALUES ('test.insert', 'test') RETURNING id`,
    );
    expect(inserted.rowCount).toBe(1);
    const { rows } = await app.query(`
      SELECT privilege_type FROM information_schema.role_table_grants
       WHERE grantee = current_user AND table_name = 'audit_event' ORDER BY 1`);
    expect(rows.map((r) => r.privilege_type)).toEqual(['INSERT', 'SELECT']);
    expect(await auditCount()).toBe(before);
  });

  it('has no TRUNCATE, TRIGGER or REFERENCES on any table, and nothing on the migrations ledger', async () => {
    const { rows } = await app.query(`
      SELECT table_name, privilege_type FROM information_schema.role_table_grants
       WHERE grantee = current_user AND privilege_type NOT IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE')`);
    expect(rows).toEqual([]);
    await expect(asApp('SELECT * FROM migrations')).rejects.toThrow(/permission denied/);
    await expect(asApp('CREATE TABLE public.intruder (id int)')).rejects.toThrow(
      /permission denied/,
    );
  });

  it('gets its rights on tables a later migration creates (default privileges), and the grants can be re-applied', async () => {
    await owner.query('CREATE TABLE later_feature (id int PRIMARY KEY)');
    await app.query('INSERT INTO later_feature VALUES (1)');
    expect((await app.query('SELECT count(*)::int AS n FROM later_feature')).rows[0].n).toBe(1);
    await expect(asApp('TRUNCATE later_feature')).rejects.toThrow(/permission denied/);
    const role = (await app.query('SELECT current_user AS me')).rows[0].me as string;
    expect(await grantAppRole(owner, role)).toBe(true);
    expect(await grantAppRole(owner, role)).toBe(true);
    await expect(asApp(`UPDATE audit_event SET action = 'tampered'`)).rejects.toThrow(
      /permission denied/,
    );
    await owner.query('DROP TABLE later_feature');
  });
});

describe('the app on the least-privilege role', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in, writes and audits as the app role', async () => {
    const [{ app_role }] = await t.db.query(
      `SELECT usename AS app_role FROM pg_stat_activity WHERE datname = current_database() AND usename <> current_user LIMIT 1`,
    );
    const [{ rolsuper }] = await t.db.query('SELECT rolsuper FROM pg_roles WHERE rolname = $1', [
      app_role,
    ]);
    expect(rolsuper).toBe(false);
    const before = (await t.db.query('SELECT count(*)::int AS n FROM audit_event'))[0].n;
    const admin = await t.login('admin@tiltak.example');
    const res = await admin.patch('/api/users/me', { language: 'en' });
    expect(res.status).toBe(200);
    const after = (await t.db.query('SELECT count(*)::int AS n FROM audit_event'))[0].n;
    expect(after).toBeGreaterThan(before);
  });
});
