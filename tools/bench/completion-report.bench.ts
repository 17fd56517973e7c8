/**
 * Benchmark of GET /api/reports/completion on ×10 demo data (the whole sector), written to
 * docs/benchmarks.md. Not a jest test: run it explicitly.
 *
 *   TS_NODE_PROJECT=tools/bench/tsconfig.json npx ts-node -r tsconfig-paths/register --transpile-only \
 *     tools/bench/completion-report.bench.ts [--scale 10] [--runs 300] [--keep] [--database-url URL]
 *
 * It creates a throwaway database on BENCH_DATABASE_URL (default TEST_DATABASE_URL, then
 * postgres://postgres@127.0.0.1:5432/postgres), migrates it, loads the generated data, starts the API
 * in-process (Fastify inject: the whole HTTP stack without a socket) and times, for a whole round:
 *   - the report through the API (auth, validation, suppression lookup, SQL, JSON serialisation);
 *   - the report's SQL statement alone, with the same parameters, on its own connection.
 * The database is dropped at the end unless --keep is given; --database-url reuses one kept earlier.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateDemoData, loadDemoData, summarise } from '@tiltak/demo-data';
import { Client } from 'pg';
import { Clock } from '../../apps/api/src/common/clock';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { createApp } from '../../apps/api/src/create-app';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database';
import { SESSION_COOKIE } from '../../apps/api/src/modules/auth';
import { COMPLETION_REPORT_SQL } from '../../apps/api/src/modules/reports';
import { SuppressionService } from '../../apps/api/src/modules/results';

const TODAY = '2026-11-26';
const MARK_START = '<!-- completion-report bench: start -->';
const MARK_END = '<!-- completion-report bench: end -->';

class FixedClock extends Clock {
  override now(): Date {
    return new Date(`${TODAY}T11:00:00Z`);
  }
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function textArg(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : null;
}

const withDatabase = (url: string, db: string) => {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
};

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1] };
}

async function main(): Promise<void> {
  const scale = arg('scale', 10);
  const runs = arg('runs', 300);
  const server =
    process.env['BENCH_DATABASE_URL'] ||
    process.env['TEST_DATABASE_URL'] ||
    'postgres://postgres@127.0.0.1:5432/postgres';
  const reuse = textArg('database-url');
  const dbName = reuse
    ? new URL(reuse).pathname.slice(1)
    : `tiltak_bench_${randomBytes(4).toString('hex')}`;
  const url = reuse ?? withDatabase(server, dbName);
  const admin = new Client({ connectionString: server });
  await admin.connect();
  if (!reuse) await admin.query(`CREATE DATABASE ${dbName}`);
  let app: Awaited<ReturnType<typeof createApp>> | null = null;
  const sql = new Client({ connectionString: url });
  try {
    await sql.connect();
    await prepareDatabase(url, { seedDemo: false, today: TODAY });
    if (!reuse) {
      console.log(`database ${dbName}: loading scale ${scale} …`);
      const started = Date.now();
      const data = generateDemoData({ seed: 1, scale, today: TODAY });
      await sql.query('BEGIN');
      await loadDemoData(sql, data);
      await sql.query('COMMIT');
      console.log(`loaded in ${((Date.now() - started) / 1000).toFixed(1)} s:`, summarise(data));
    }
    // As autovacuum would have done on a live database: visibility map set, statistics fresh.
    await sql.query('VACUUM ANALYZE');
    const count = async (table: string) =>
      Number((await sql.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
    const rows: Record<string, number> = {};
    for (const table of ['org_unit', 'follow_up_case', 'measure', 'unit_result'])
      rows[table] = await count(table);

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
    // The admin sees the whole sector: every institution of the scaled data.
    // The CSRF guard wants the XSRF-TOKEN cookie repeated in the X-XSRF-TOKEN header, as the web app sends it.
    const login = await api.inject({
      method: 'POST',
      url: '/api/auth/dev-login',
      headers: {
        cookie: 'XSRF-TOKEN=bench-xsrf-token-0123456789',
        'x-xsrf-token': 'bench-xsrf-token-0123456789',
      },
      payload: { email: 'admin@tiltak.example' },
    });
    const cookie = login.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
    if (!cookie) throw new Error(`login failed: ${login.statusCode}`);
    const [round] = (
      await sql.query(
        `SELECT id, (SELECT id FROM survey_round WHERE year < r.year ORDER BY year DESC LIMIT 1) AS prev FROM survey_round r WHERE year = 2023`,
      )
    ).rows;
    const suppression = api.get(SuppressionService);
    const [now, prev] = [
      await suppression.forRound(round.id),
      await suppression.forRound(round.prev),
    ];

    const loadBefore = loadavg()[0];
    const results: {
      label: string;
      api: ReturnType<typeof stats>;
      sql: ReturnType<typeof stats>;
      rows: number;
      bytes: number;
    }[] = [];
    for (const [groupBy, depth] of [
      ['faculty', 2],
      ['department', 3],
      ['unit', 0],
    ] as const) {
      const path = `/api/reports/completion?roundId=${round.id}&groupBy=${groupBy}`;
      const params = [
        round.id,
        [round.id, round.prev],
        null,
        depth,
        TODAY,
        [...now.suppressed.keys()],
        [...prev.suppressed.keys()],
      ];
      const callApi = async () => {
        const res = await api.inject({
          method: 'GET',
          url: path,
          headers: { cookie: `${SESSION_COOKIE}=${cookie}` },
        });
        if (res.statusCode !== 200)
          throw new Error(`${path}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        return res;
      };
      for (let i = 0; i < 20; i++) {
        await callApi();
        await sql.query(COMPLETION_REPORT_SQL, params);
      }
      const apiMs: number[] = [];
      const sqlMs: number[] = [];
      let last = await callApi();
      // Interleaved, so that both see the same machine state.
      for (let i = 0; i < runs; i++) {
        let t0 = performance.now();
        last = await callApi();
        apiMs.push(performance.now() - t0);
        t0 = performance.now();
        await sql.query(COMPLETION_REPORT_SQL, params);
        sqlMs.push(performance.now() - t0);
      }
      const body = last.json();
      results.push({
        label: groupBy,
        api: stats(apiMs),
        sql: stats(sqlMs),
        rows: body.rows.length,
        bytes: last.rawPayload.length,
      });
      console.log(groupBy, results[results.length - 1]);
    }

    const fmt = (x: number) => x.toFixed(1);
    const [{ version }] = (await sql.query('SHOW server_version')).rows.map((r) => ({
      version: r.server_version,
    }));
    const table = [
      '| groupBy | rows | JSON bytes | API median (ms) | API p95 (ms) | API min (ms) | SQL median (ms) | SQL p95 (ms) | SQL min (ms) | ratio median | ratio p95 |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...results.map(
        (r) =>
          `| ${r.label} | ${r.rows} | ${r.bytes} | ${fmt(r.api.median)} | ${fmt(r.api.p95)} | ${fmt(r.api.min)} | ${fmt(r.sql.median)} | ${fmt(r.sql.p95)} | ${fmt(r.sql.min)} | ${(r.api.median / r.sql.median).toFixed(2)} | ${(r.api.p95 / r.sql.p95).toFixed(2)} |`,
      ),
    ];
    const section = [
      MARK_START,
      '## Completion report (`GET /api/reports/completion`)',
      '',
      `Run \`tools/bench/completion-report.bench.ts\` (${new Date().toISOString().slice(0, 10)}): scale ${scale} demo data`,
      `(${rows['org_unit']} units, ${rows['follow_up_case']} cases, ${rows['measure']} measures, ${rows['unit_result']} unit results),`,
      `the whole 2023 round of the whole sector (as admin), ${runs} timed requests after 20 warm-up ones, API and SQL interleaved.`,
      `API = in-process HTTP (Fastify inject) including the session lookup, validation, the anonymity lookup`,
      `(cached per round, checked by a fingerprint query), the report statement and JSON serialisation;`,
      `SQL = the same statement with the same parameters on its own connection. PostgreSQL ${version},`,
      `Node ${process.version}, ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB; load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
      `during the run (other processes share the machine: absolute times scale with it, the ratio much less).`,
      '',
      ...table,
      '',
      'Goal: p95 under 100 ms and a ratio under 1.5 for the whole round.',
      MARK_END,
    ].join('\n');
    const file = join(__dirname, '../../docs/benchmarks.md');
    const old = existsSync(file)
      ? readFileSync(file, 'utf8')
      : '# Benchmarks\n\nMeasured by the scripts in `tools/bench`, not by timed tests, on data generated at NTNU scale and at 10× (the whole sector).\n';
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
    if (!process.argv.includes('--keep') && !reuse)
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    else console.log(`kept database ${url}`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
