/**
 * Benchmark of the people import at NTNU's size (10,000 rows), written to docs/benchmarks.md.
 * Not a jest test: run it explicitly.
 *
 *   TS_NODE_PROJECT=tools/bench/tsconfig.json npx ts-node -r tsconfig-paths/register --transpile-only \
 *     tools/bench/people-import.bench.ts [--rows 10000] [--keep]
 *
 * It creates a throwaway database on BENCH_DATABASE_URL (default TEST_DATABASE_URL, then
 * postgres://postgres@127.0.0.1:5432/postgres), loads the demo (whose organisation and people already
 * came in through the imports), and sends through the API in-process (Fastify inject: the whole HTTP
 * stack without a socket) a people file of the demo's people plus new employees up to --rows:
 *   - a dry run (merge), the apply, the same file again (nothing to write), and a `full` dry run.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Clock } from '../../apps/api/src/common/clock';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { createApp } from '../../apps/api/src/create-app';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database';
import { SESSION_COOKIE } from '../../apps/api/src/modules/auth';

const TODAY = '2026-11-26';
const MARK_START = '<!-- people-import bench: start -->';
const MARK_END = '<!-- people-import bench: end -->';
const GOAL_MS = 10_000;

class FixedClock extends Clock {
  override now(): Date {
    return new Date(`${TODAY}T11:00:00Z`);
  }
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const withDatabase = (url: string, db: string) => {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
};

async function main(): Promise<void> {
  const total = arg('rows', 10_000);
  const server =
    process.env['BENCH_DATABASE_URL'] ||
    process.env['TEST_DATABASE_URL'] ||
    'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `tiltak_bench_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(server, dbName);
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  let app: Awaited<ReturnType<typeof createApp>> | null = null;
  const sql = new Client({ connectionString: url });
  try {
    await prepareDatabase(url, { seedDemo: true, today: TODAY });
    await sql.connect();
    const current: {
      email: string;
      name: string;
      language: string;
      unit_code: string;
      role: string;
    }[] = (
      await sql.query(
        `SELECT u.email, u.name, u.language, o.code AS unit_code, r.role FROM app_user u JOIN role_assignment r ON r.user_id = u.id
           JOIN org_unit o ON o.id = r.unit_id WHERE r.role <> 'admin' AND u.active ORDER BY u.email, r.role, o.code`,
      )
    ).rows;
    const units: string[] = (
      await sql.query(`SELECT code FROM org_unit WHERE active ORDER BY code`)
    ).rows.map((r: { code: string }) => r.code);
    const rows = [...current];
    for (let i = 0; rows.length < total; i++) {
      rows.push({
        email: `ny.ansatt.${i}@tiltak.example`,
        name: `Ny Ansatt ${i}`,
        language: i % 8 ? 'nb' : 'en',
        unit_code: units[i % units.length],
        role: 'employee',
      });
    }
    const csv =
      [
        'email,name,language,unit_code,role',
        ...rows.map((r) => [r.email, `"${r.name}"`, r.language, r.unit_code, r.role].join(',')),
      ].join('\n') + '\n';

    const api = await createApp(
      loadConfig({
        AUTH_MODE: 'dev',
        DATABASE_URL: url,
        WEB_DIST_DIR: '/nonexistent',
        QUEUE_WORKERS: 'false',
        ESCALATION_CRON: 'false',
      }),
      url,
      { logger: false, clock: new FixedClock() },
    );
    app = api;
    const login = await api.inject({
      method: 'POST',
      url: '/api/auth/dev-login',
      payload: { email: 'admin@tiltak.example' },
    });
    const cookie = login.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
    if (!cookie) throw new Error(`login failed: ${login.statusCode}`);
    const send = async (query: string) => {
      const t0 = performance.now();
      const res = await api.inject({
        method: 'POST',
        url: `/api/imports/people${query}`,
        headers: { cookie: `${SESSION_COOKIE}=${cookie}`, 'content-type': 'text/csv' },
        payload: csv,
      });
      const ms = performance.now() - t0;
      if (res.statusCode !== 200)
        throw new Error(`${query}: ${res.statusCode} ${res.body.slice(0, 500)}`);
      const body = res.json();
      return { ms, counts: JSON.stringify(body.counts), bytes: res.rawPayload.length };
    };
    const loadBefore = loadavg()[0];
    const steps = [
      ['dry run (merge)', '?mode=merge'],
      ['apply (merge)', '?mode=merge&dryRun=false'],
      ['same file again (apply, nothing to write)', '?mode=merge&dryRun=false'],
      ['dry run (full)', '?mode=full'],
    ] as const;
    const results: { label: string; ms: number; counts: string; bytes: number }[] = [];
    for (const [label, query] of steps) {
      const r = await send(query);
      results.push({ label, ...r });
      console.log(label, r);
    }
    const [{ version }] = (await sql.query('SHOW server_version')).rows.map((r) => ({
      version: r.server_version,
    }));
    const table = [
      '| step | time (s) | changes | JSON bytes | under 10 s |',
      '|---|---:|---|---:|---|',
      ...results.map(
        (r) =>
          `| ${r.label} | ${(r.ms / 1000).toFixed(2)} | \`${r.counts}\` | ${r.bytes} | ${r.ms < GOAL_MS ? 'yes' : '**no**'} |`,
      ),
    ];
    const section = [
      MARK_START,
      '## People import (`POST /api/imports/people`)',
      '',
      `Run \`tools/bench/people-import.bench.ts\` (${new Date().toISOString().slice(0, 10)}): a CSV file of ${rows.length} rows (${current.length} people of the`,
      `demo plus new employees spread over ${units.length} units) against the scale 1 demo, through the API in-process (Fastify inject,`,
      `session, parsing, checks, the plan and, when applying, the writes, history and audit in one transaction). One run each, in`,
      `this order. PostgreSQL ${version}, Node ${process.version}, ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB; load average`,
      `${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} during the run (other processes share the machine).`,
      '',
      ...table,
      '',
      'Goal: dry run and apply of 10,000 rows each under 10 s.',
      MARK_END,
    ].join('\n');
    const file = join(__dirname, '../../docs/benchmarks.md');
    const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
    const next = old.includes(MARK_START)
      ? old.slice(0, old.indexOf(MARK_START)) +
        section +
        old.slice(old.indexOf(MARK_END) + MARK_END.length)
      : `${old.trimEnd()}\n\n${section}\n`;
    writeFileSync(file, next);
    console.log(`\n${table.join('\n')}\n\nwritten to docs/benchmarks.md`);
  } finally {
    await app?.close();
    await sql.end().catch(() => undefined);
    if (!process.argv.includes('--keep'))
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    else console.log(`kept database ${url}`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
