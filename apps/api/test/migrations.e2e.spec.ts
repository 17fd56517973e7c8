import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS } from '../src/database/data-source-options';

/** Every migration applies to an empty database and its `down` takes the schema away again. */
describe('migrations', () => {
  const serverUrl = process.env['TILTAK_TEST_SERVER_URL']!;
  const name = `${process.env['TILTAK_TEST_TEMPLATE']}_mig_${randomBytes(3).toString('hex')}`;
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const admin = new Client({ connectionString: serverUrl });

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  const tables = async (db: DataSource) =>
    (
      await db.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
      )
    ).map((r: { table_name: string }) => r.table_name);

  it('runs up, down and up again', async () => {
    const db = await new DataSource(dataSourceOptions(url)).initialize();
    try {
      await db.runMigrations();
      const created = await tables(db);
      expect(created).toEqual(
        expect.arrayContaining([
          'audit_event',
          'follow_up_case',
          'measure',
          'notification',
          'org_unit',
        ]),
      );
      for (let i = 0; i < MIGRATIONS.length; i++) await db.undoLastMigration();
      expect(await tables(db)).toEqual([]);
      await db.runMigrations();
      expect(await tables(db)).toEqual(created);
    } finally {
      await db.destroy();
    }
  });
});
