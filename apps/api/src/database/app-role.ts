/**
 * Least-privilege database roles (docs/security-roles.md).
 *
 * The schema belongs to an owner role that runs the migrations; the running app connects as a
 * separate role that is neither superuser nor owner and holds only what it uses: SELECT, INSERT,
 * UPDATE and DELETE on the application's tables, INSERT and SELECT on `audit_event` (append-only),
 * nothing on TypeORM's `migrations` ledger, and no TRUNCATE, TRIGGER or DDL. Owner-only statements
 * (ALTER TABLE … DISABLE TRIGGER, DROP TRIGGER) and `session_replication_role` (superuser only) are
 * therefore out of its reach, so the audit triggers cannot be bypassed from the app's connection.
 */

/** Anything with `query`: a pg Client, a TypeORM DataSource or EntityManager. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** The schema BullMQ keeps its tables in when it runs on PostgreSQL (see job-queues.service.ts). */
export const QUEUE_SCHEMA = 'bullmq';

/** Tables the app may read and append to, but never change. */
export const APPEND_ONLY_TABLES = ['audit_event'];

/** Tables the app never touches. */
export const OWNER_ONLY_TABLES = ['migrations'];

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** A SQL string literal, for the few statements (CREATE ROLE … PASSWORD) that take no parameters. */
export const quoteLiteral = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** The user name of a postgres:// URL. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username) || 'postgres';
}

async function rows<T>(db: Queryable, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = (await db.query(sql, params)) as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/**
 * Grants the app role its rights on what the connected (owner) role has created, and default
 * privileges so that tables later migrations create are covered too. Idempotent; run after every
 * migration run, as the owner. Returns false (and grants nothing) when the app role is the owner.
 */
export async function grantAppRole(db: Queryable, appRole: string): Promise<boolean> {
  const [{ me }] = await rows<{ me: string }>(db, 'SELECT current_user AS me');
  if (me === appRole) return false;
  const [found] = await rows<{ rolsuper: boolean }>(
    db,
    'SELECT rolsuper FROM pg_roles WHERE rolname = $1',
    [appRole],
  );
  if (!found)
    throw new Error(`The database role "${appRole}" (the user of DATABASE_URL) does not exist`);
  const app = quoteIdent(appRole);
  const statements = [
    `GRANT USAGE ON SCHEMA public TO ${app}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${app}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${app}`,
  ];
  const existing = new Set(
    (
      await rows<{ table: string }>(
        db,
        `SELECT tablename AS table FROM pg_tables WHERE schemaname = 'public'`,
      )
    ).map((r) => r.table),
  );
  for (const table of APPEND_ONLY_TABLES.filter((t) => existing.has(t))) {
    statements.push(
      `REVOKE ALL ON ${quoteIdent(table)} FROM ${app}`,
      `GRANT SELECT, INSERT ON ${quoteIdent(table)} TO ${app}`,
    );
  }
  for (const table of OWNER_ONLY_TABLES.filter((t) => existing.has(t))) {
    statements.push(`REVOKE ALL ON ${quoteIdent(table)} FROM ${app}`);
  }
  // BullMQ's PostgreSQL backend (the embedded run's queue) creates a sequence per queue at run time,
  // so the app may create objects in its own schema, apart from the application's tables.
  const [queueSchema] = await rows(db, 'SELECT 1 FROM pg_namespace WHERE nspname = $1', [
    QUEUE_SCHEMA,
  ]);
  if (queueSchema) {
    const q = quoteIdent(QUEUE_SCHEMA);
    statements.push(
      `GRANT USAGE, CREATE ON SCHEMA ${q} TO ${app}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${q} TO ${app}`,
      `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${q} TO ${app}`,
      `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${q} TO ${app}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA ${q} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA ${q} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${app}`,
    );
  }
  for (const sql of statements) await db.query(sql);
  return true;
}

/**
 * Makes `owner` the owner of the database and of everything in the application's schemas: the
 * upgrade of a data folder from before the roles existed, where the superuser owned it all. Run as
 * a superuser, connected to that database. Idempotent.
 */
export async function transferOwnership(
  db: Queryable,
  database: string,
  owner: string,
): Promise<void> {
  const to = quoteIdent(owner);
  await db.query(`ALTER DATABASE ${quoteIdent(database)} OWNER TO ${to}`);
  const schemas = ['public', QUEUE_SCHEMA];
  const [{ version }] = await rows<{ version: number }>(
    db,
    `SELECT current_setting('server_version_num')::int AS version`,
  );
  // Before PostgreSQL 15 the superuser owned the public schema; since then the database owner does.
  if (version < 150000) await db.query(`ALTER SCHEMA public OWNER TO ${to}`);
  const [queue] = await rows<{ owner: string }>(
    db,
    'SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = $1',
    [QUEUE_SCHEMA],
  );
  if (queue && queue.owner !== owner)
    await db.query(`ALTER SCHEMA ${quoteIdent(QUEUE_SCHEMA)} OWNER TO ${to}`);
  const kinds: Record<string, string> = {
    r: 'TABLE',
    p: 'TABLE',
    f: 'FOREIGN TABLE',
    v: 'VIEW',
    m: 'MATERIALIZED VIEW',
    S: 'SEQUENCE',
  };
  // Tables first: a table's owned sequences follow it, and may not be given away on their own.
  for (const group of [['r', 'p', 'f', 'v', 'm'], ['S']]) {
    const relations = await rows<{ schema: string; name: string; kind: string }>(
      db,
      `SELECT n.nspname AS schema, c.relname AS name, c.relkind AS kind
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ANY ($1) AND c.relkind = ANY ($2) AND pg_get_userbyid(c.relowner) <> $3`,
      [schemas, group, owner],
    );
    for (const r of relations)
      await db.query(
        `ALTER ${kinds[r.kind]} ${quoteIdent(r.schema)}.${quoteIdent(r.name)} OWNER TO ${to}`,
      );
  }
  const routines = await rows<{ signature: string }>(
    db,
    `SELECT p.oid::regprocedure::text AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = ANY ($1) AND pg_get_userbyid(p.proowner) <> $2`,
    [schemas, owner],
  );
  for (const r of routines) await db.query(`ALTER ROUTINE ${r.signature} OWNER TO ${to}`);
  const types = await rows<{ name: string }>(
    db,
    `SELECT t.oid::regtype::text AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = ANY ($1) AND pg_get_userbyid(t.typowner) <> $2 AND t.typelem = 0
        AND (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))`,
    [schemas, owner],
  );
  for (const t of types) await db.query(`ALTER TYPE ${t.name} OWNER TO ${to}`);
}
