/**
 * Scan time over many measures (issue 3 goal: a full scan of 1,000,000 measures in under 5 s).
 * Creates its own database on TEST_DATABASE_URL's server and drops it (KEEP=1 keeps it). Run:
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres MEASURES=1000000 \
 *   TS_NODE_TRANSPILE_ONLY=true TS_NODE_PROJECT=tsconfig.base.json \
 *   npx ts-node -O '{"module":"commonjs","moduleResolution":"node10"}' -r tsconfig-paths/register \
 *     tools/bench/escalation-scan.bench.ts
 * Not part of `npm test` (timed tests do not belong there); tools/bench may wrap it.
 */
import { randomBytes } from 'node:crypto';
import { openCaseSql, openMeasureSql } from '@tiltak/shared/domain';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Clock } from '../../apps/api/src/common/clock';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database';
import { EscalationScanService } from '../../apps/api/src/modules/escalation';

const TODAY = '2026-11-26';

class FixedClock extends Clock {
  constructor(private readonly at: Date) {
    super();
  }
  override now(): Date {
    return this.at;
  }
}

async function main(): Promise<void> {
  const server = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const total = Number(process.env['MEASURES'] ?? 1_000_000);
  const name = `tiltak_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = Object.assign(new URL(server), {
    pathname: `/${name}`,
  }).toString();
  try {
    await prepareDatabase(url, { seedDemo: true, today: TODAY });
    const db = await new DataSource(dataSourceOptions(url)).initialize();
    // Every open case gets measures until there are `total`, deadlines spread over ±400 days, 20 % done.
    await db.query(`
      WITH a AS (SELECT array_agg(a.id ORDER BY a.id) AS ids, array_agg(a.case_id ORDER BY a.id) AS cases
                   FROM area a JOIN follow_up_case c ON c.id = a.case_id WHERE c.state <> 'closed'),
           u AS (SELECT array_agg(id ORDER BY id) AS ids FROM app_user)
      INSERT INTO measure (case_id, area_id, title, responsible_user_id, deadline, status)
      SELECT a.cases[1 + g % cardinality(a.ids)], a.ids[1 + g % cardinality(a.ids)], 'Benchmark ' || g,
             u.ids[1 + g % cardinality(u.ids)], DATE '${TODAY}' - 400 + (g % 800),
             CASE WHEN g % 5 = 0 THEN 'done' ELSE 'in_progress' END
        FROM generate_series(1, ${total}) g, a, u`);
    await db.query('VACUUM ANALYZE');
    const [{ open }] = await db.query(
      `SELECT count(*)::int AS open FROM measure m JOIN follow_up_case c ON c.id = m.case_id WHERE ${openCaseSql()} AND ${openMeasureSql()}`,
    );
    console.log(`${total} measures added; ${open} open in open cases`);
    const runs = process.env['NO_SCAN']
      ? []
      : ([
          ['first scan (writes the backlog)', TODAY],
          ['steady state, same day', TODAY],
          ['next day', '2026-11-27'],
        ] as const);
    for (const [label, day] of runs) {
      const scanner = new EscalationScanService(db, new FixedClock(new Date(`${day}T11:00:00Z`)));
      const started = Date.now();
      const result = await scanner.scan();
      const created = Object.values(result.created).reduce((a, b) => a + b, 0);
      console.log(`${label}: ${Date.now() - started} ms, ${created} notifications written`);
    }
    await db.destroy();
  } finally {
    if (process.env['KEEP']) console.log(`kept ${url}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

void main();
