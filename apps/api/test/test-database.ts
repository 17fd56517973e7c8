import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { prepareDatabase } from '../src/database/prepare-database';

/** The date the demo data is generated around in tests, so that expectations do not move with the calendar. */
export const TEST_TODAY = '2026-11-26';

const withDatabase = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

async function admin<T>(serverUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Jest global setup: one PostgreSQL server for the run (TEST_DATABASE_URL, or an embedded one), and a
 * migrated, seeded template database from which every test file copies its own database.
 */
export async function setupTestServer(): Promise<{ serverUrl: string; template: string; stop: () => Promise<void> }> {
  let serverUrl = process.env['TEST_DATABASE_URL'];
  let stop = async () => undefined as void;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({
      dir: mkdtempSync(join(tmpdir(), 'tiltak-test-pg-')),
      port: 20000 + Math.floor(Math.random() * 20000),
      database: 'postgres',
      persistent: false,
    });
    serverUrl = embedded.url;
    stop = () => embedded.stop();
  }
  const template = `tiltak_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE ${template}`));
  await prepareDatabase(withDatabase(serverUrl, template), { seedDemo: true, today: TEST_TODAY });
  return {
    serverUrl,
    template,
    stop: async () => {
      await admin(serverUrl, async (c) => {
        const dbs = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${template}%`]);
        for (const { datname } of dbs.rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      });
      await stop();
    },
  };
}

/** A fresh copy of the seeded template for one test file; dropped again by `drop`. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env['TILTAK_TEST_SERVER_URL'];
  const template = process.env['TILTAK_TEST_TEMPLATE'];
  if (!serverUrl || !template) throw new Error('The jest global setup did not run (TILTAK_TEST_SERVER_URL is unset)');
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    url: withDatabase(serverUrl, name),
    drop: () => admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
