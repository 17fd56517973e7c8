/**
 * EXPLAIN (ANALYZE, BUFFERS) of the completion report's statement for the 2023 round of a loaded
 * database (e.g. one kept by completion-report.bench.ts --keep), for tuning it:
 *
 *   RUNS=20 TS_NODE_PROJECT=tools/bench/tsconfig.json npx ts-node -r tsconfig-paths/register --transpile-only \
 *     tools/bench/explain-completion-report.ts <database-url> <depth: 2|3|0> [explain]
 *
 * Suppression is approximated by "respondents < 5": the plan, not the numbers, is the point here.
 */
import { Client } from 'pg';
import { COMPLETION_REPORT_SQL } from '../../apps/api/src/modules/reports';
async function main() {
  const c = new Client({ connectionString: process.argv[2] });
  await c.connect();
  const [round] = (
    await c.query(
      `SELECT id, (SELECT id FROM survey_round WHERE year < r.year ORDER BY year DESC LIMIT 1) AS prev FROM survey_round r WHERE year = 2023`,
    )
  ).rows;
  const supp = (
    await c.query(`SELECT unit_id FROM unit_result WHERE round_id = $1 AND respondents < 5`, [
      round.id,
    ])
  ).rows.map((r) => r.unit_id);
  const depth = Number(process.argv[3] ?? 0);
  const params = [round.id, [round.id, round.prev], null, depth, '2026-11-26', supp, supp];
  const times: number[] = [];
  for (let i = 0; i < Number(process.env['RUNS'] ?? 3); i++) {
    const t = performance.now();
    await c.query(COMPLETION_REPORT_SQL, params);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    'ms median',
    times[Math.floor(times.length / 2)].toFixed(1),
    'min',
    times[0].toFixed(1),
  );
  if (process.argv[4]) {
    const r = await c.query('EXPLAIN (ANALYZE, BUFFERS) ' + COMPLETION_REPORT_SQL, params);
    console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
  }
  await c.end();
}
main();
