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

const withRole = (url: string, user: string, password: string) => {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
};

/**
 * Jest global setup: one PostgreSQL server for the run (TEST_DATABASE_URL, or an embedded one), a
 * per-run owner role and app role (neither superuser), and a template database owned by the owner,
 * migrated and seeded as the owner, from which every test file copies its own database. The app
 * under test connects as the app role, so every e2e test shows the app works with least privilege.
 */
export async function setupTestServer(): Promise<{
  serverUrl: string;
  template: string;
  ownerServerUrl: string;
  appServerUrl: string;
  stop: () => Promise<void>;
}> {
  let serverUrl = process.env['TEST_DATABASE_URL'];
  let stop = async () => undefined as void;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({
      dir: mkdtempSync(join(tmpdir(), 'tiltak-test-pg-')),
      port: 20000 + Math.floor(Math.random() * 20000),
      database: 'postgres',
      persistent: false,
    });
    serverUrl = embedded.superuserUrl;
    stop = () => embedded.stop();
  }
  const template = `tiltak_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const owner = { user: `${template}_owner`, password: randomBytes(12).toString('hex') };
  const app = { user: `${template}_app`, password: randomBytes(12).toString('hex') };
  await admin(serverUrl, async (c) => {
    for (const role of [owner, app]) {
      await c.query(
        `CREATE ROLE ${role.user} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${role.password}'`,
      );
    }
    await c.query(`CREATE DATABASE ${template} OWNER ${owner.user}`);
  });
  const ownerServerUrl = withRole(serverUrl, owner.user, owner.password);
  const appServerUrl = withRole(serverUrl, app.user, app.password);
  await prepareDatabase(withDatabase(ownerServerUrl, template), {
    seedDemo: true,
    today: TEST_TODAY,
    appUrl: withDatabase(appServerUrl, template),
  });
  return {
    serverUrl,
    template,
    ownerServerUrl,
    appServerUrl,
    stop: async () => {
      await admin(serverUrl, async (c) => {
        const dbs = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
          `${template}%`,
        ]);
        for (const { datname } of dbs.rows)
          await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
        for (const role of [app, owner]) await c.query(`DROP ROLE IF EXISTS ${role.user}`);
      });
      await stop();
    },
  };
}

/**
 * A fresh copy of the seeded template for one test file; dropped again by `drop`. `url` connects as
 * the app role (what the app under test uses), `ownerUrl` as the schema's owner (for fixtures).
 */
export async function createTestDatabase(): Promise<{
  url: string;
  ownerUrl: string;
  drop: () => Promise<void>;
}> {
  const serverUrl = process.env['TILTAK_TEST_SERVER_URL'];
  const template = process.env['TILTAK_TEST_TEMPLATE'];
  const ownerServerUrl = process.env['TILTAK_TEST_OWNER_URL'];
  const appServerUrl = process.env['TILTAK_TEST_APP_URL'];
  if (!serverUrl || !template || !ownerServerUrl || !appServerUrl) {
    throw new Error('The jest global setup did not run (TILTAK_TEST_SERVER_URL is unset)');
  }
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  const owner = decodeURIComponent(new URL(ownerServerUrl).username);
  await admin(serverUrl, (c) =>
    c.query(`CREATE DATABASE ${name} TEMPLATE ${template} OWNER ${owner}`),
  );
  return {
    url: withDatabase(appServerUrl, name),
    ownerUrl: withDatabase(ownerServerUrl, name),
    drop: () =>
      admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
