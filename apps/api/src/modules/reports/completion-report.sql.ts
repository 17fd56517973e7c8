import { inNullableScopeSql } from '../access';

/**
 * The completion report in one set-based statement (docs/results-import.md § Completion report).
 *
 *   $1 uuid    the round
 *   $2 uuid[]  the round and the previous one (for the trend)
 *   $3 uuid[]  scope units (their subtrees), or NULL for everything
 *   $4 int     grouping depth in org_unit.path: 2 = faculty, 3 = department, 0 = every unit on its own
 *   $5 date    today (Europe/Oslo)
 *   $6 uuid[]  units suppressed in the round ($1)
 *   $7 uuid[]  units suppressed in the previous round
 *
 * One row per case: what its measures and areas add up to comes from case_progress, kept by triggers
 * (migration 1764500000000-case-progress), so the statement does not read the measures themselves.
 * What depends on the date (overdue, days late of open measures) is derived here from the sorted
 * deadlines of the open measures. Plain joins, no CTE joined to another: a materialised CTE hides that
 * case ids are unique, and the planner's overestimates then wake PostgreSQL's JIT compiler (~1 s).
 *
 * One row per (round, group) and one total per round (GROUPING SETS: the total has no group; a
 * group is keyed by its unit id, a total by its round id). The group's code, names and kind come
 * with the round's own rows only: the previous round's rows are matched to them by unit id.
 */
export const COMPLETION_REPORT_SQL = `
WITH cf AS MATERIALIZED (
  SELECT c.round_id,
         CASE WHEN $4::int = 0 OR cardinality(o.path) < $4::int THEN o.id ELSE o.path[$4::int] END AS grp,
         ur.unit_id IS NOT NULL AS has_result,
         s.unit_id IS NOT NULL AS suppressed,
         p.measures AS total, p.done, p.done_dated, p.on_time,
         od.overdue, p.days_late_done || od.days_late_open AS late,
         c.workshop_date IS NOT NULL AND c.workshop_date <= $5::date AS meeting_held,
         p.areas_chosen,
         c.state IN ('measures_planned', 'evaluated') OR (c.state = 'closed' AND p.measures > 0) AS plan_registered,
         c.state = 'evaluated' OR (c.state = 'closed' AND p.measures > 0 AND p.all_evaluated) AS evaluated
    FROM follow_up_case c
    JOIN org_unit o ON o.id = c.unit_id
    JOIN case_progress p ON p.case_id = c.id
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS overdue, coalesce(array_agg($5::date - d), '{}') AS days_late_open
        FROM unnest(p.open_deadlines) AS d WHERE d < $5::date
    ) od
    LEFT JOIN unit_result ur ON ur.round_id = c.round_id AND ur.unit_id = c.unit_id
    LEFT JOIN (SELECT $1::uuid AS round_id, unnest($6::uuid[]) AS unit_id
               UNION ALL
               SELECT r, unnest($7::uuid[]) FROM unnest($2::uuid[]) AS r WHERE r <> $1::uuid) s
      ON s.round_id = c.round_id AND s.unit_id = c.unit_id
   WHERE c.round_id = ANY($2::uuid[]) AND ${inNullableScopeSql('o.path', '$3')}
),
ca AS (
  SELECT round_id, grp, coalesce(grp, round_id) AS k,
         count(*)::int AS units,
         count(*) FILTER (WHERE has_result AND NOT suppressed)::int AS units_with_results,
         count(*) FILTER (WHERE suppressed)::int AS units_suppressed,
         count(*) FILTER (WHERE NOT has_result)::int AS units_without_results,
         count(*) FILTER (WHERE meeting_held)::int AS meeting_held,
         count(*) FILTER (WHERE areas_chosen)::int AS areas_chosen,
         count(*) FILTER (WHERE plan_registered)::int AS plan_registered,
         count(*) FILTER (WHERE evaluated)::int AS evaluated,
         sum(total)::int AS measures_total,
         sum(done)::int AS measures_done,
         sum(overdue)::int AS measures_overdue,
         sum(done_dated)::int AS measures_done_dated,
         sum(on_time)::int AS measures_on_time
    FROM cf GROUP BY GROUPING SETS ((round_id, grp), (round_id))
),
lateness AS (
  SELECT round_id, coalesce(grp, round_id) AS k, percentile_cont(0.5) WITHIN GROUP (ORDER BY d) AS median_days_late
    FROM cf CROSS JOIN LATERAL unnest(cf.late) AS d
   GROUP BY GROUPING SETS ((round_id, grp), (round_id))
)
SELECT ca.round_id AS "roundId", ca.grp IS NULL AS "isTotal", ca.grp AS "unitId",
       g.code AS "unitCode", g.name_nb AS "unitNameNb", g.name_en AS "unitNameEn", g.kind,
       ca.units, ca.units_with_results AS "unitsWithResults", ca.units_suppressed AS "unitsSuppressed",
       ca.units_without_results AS "unitsWithoutResults", ca.meeting_held AS "followUpMeetingHeld",
       ca.areas_chosen AS "areasChosen", ca.plan_registered AS "planRegistered", ca.evaluated,
       ca.measures_total AS "measuresTotal", ca.measures_done AS "measuresDone", ca.measures_overdue AS "measuresOverdue",
       ca.measures_done_dated AS "measuresDoneDated", ca.measures_on_time AS "measuresOnTime", l.median_days_late AS "medianDaysLate"
  FROM ca
  LEFT JOIN lateness l ON l.round_id = ca.round_id AND l.k = ca.k
  LEFT JOIN org_unit g ON g.id = ca.grp AND ca.round_id = $1::uuid
 ORDER BY ca.grp IS NULL, g.code`;
