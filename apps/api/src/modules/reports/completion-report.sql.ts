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
 * Plain joins rather than CTEs joined to each other, on purpose: a materialised CTE hides that case ids
 * are unique, the planner then overestimates every join by orders of magnitude and PostgreSQL's JIT
 * compiler spends far longer compiling the statement (~1 s) than running it. Measures and selected
 * areas are read through covering indexes (measure_report_idx, area_selected_case_idx).
 *
 * One row per (round, group) and one total per round (GROUPING SETS: the total has no group; a
 * group is keyed by its unit id, a total by its round id).
 */
export const COMPLETION_REPORT_SQL = `
WITH cs AS NOT MATERIALIZED (
  SELECT c.id, c.round_id, c.state, c.workshop_date,
         CASE WHEN $4::int = 0 OR cardinality(o.path) < $4::int THEN o.id ELSE o.path[$4::int] END AS grp,
         ur.unit_id IS NOT NULL AS has_result,
         s.unit_id IS NOT NULL AS suppressed
    FROM follow_up_case c
    JOIN org_unit o ON o.id = c.unit_id
    LEFT JOIN unit_result ur ON ur.round_id = c.round_id AND ur.unit_id = c.unit_id
    LEFT JOIN (SELECT $1::uuid AS round_id, unnest($6::uuid[]) AS unit_id
               UNION ALL
               SELECT r, unnest($7::uuid[]) FROM unnest($2::uuid[]) AS r WHERE r <> $1::uuid) s
      ON s.round_id = c.round_id AND s.unit_id = c.unit_id
   WHERE c.round_id = ANY($2::uuid[]) AND ($3::uuid[] IS NULL OR o.path && $3::uuid[])
),
-- Per case, in one pass over its measures (cancelled ones do not count); late measures keep their days late.
mc AS (
  SELECT m.case_id,
         count(*) AS total,
         count(*) FILTER (WHERE m.status = 'done') AS done,
         count(*) FILTER (WHERE m.status <> 'done' AND m.deadline < $5::date) AS overdue,
         count(*) FILTER (WHERE m.status = 'done' AND m.deadline IS NOT NULL AND m.completed_on IS NOT NULL) AS done_dated,
         count(*) FILTER (WHERE m.status = 'done' AND m.completed_on <= m.deadline) AS on_time,
         bool_and(m.eval_achieved IS NOT NULL) AS all_evaluated,
         array_agg(CASE WHEN m.status = 'done' THEN m.completed_on - m.deadline ELSE $5::date - m.deadline END)
           FILTER (WHERE (m.status = 'done' AND m.completed_on > m.deadline) OR (m.status <> 'done' AND m.deadline < $5::date)) AS late
    FROM measure m
    JOIN follow_up_case c ON c.id = m.case_id
    JOIN org_unit o ON o.id = c.unit_id
   WHERE m.status <> 'cancelled' AND c.round_id = ANY($2::uuid[]) AND ($3::uuid[] IS NULL OR o.path && $3::uuid[])
   GROUP BY m.case_id
),
chosen AS (
  SELECT DISTINCT a.case_id
    FROM area a
    JOIN follow_up_case c ON c.id = a.case_id
    JOIN org_unit o ON o.id = c.unit_id
   WHERE a.selected AND c.round_id = ANY($2::uuid[]) AND ($3::uuid[] IS NULL OR o.path && $3::uuid[])
),
cf AS MATERIALIZED (
  SELECT cs.round_id, cs.grp, cs.has_result, cs.suppressed, mc.total, mc.done, mc.overdue, mc.done_dated, mc.on_time, mc.late,
         cs.workshop_date IS NOT NULL AND cs.workshop_date <= $5::date AS meeting_held,
         chosen.case_id IS NOT NULL AS areas_chosen,
         cs.state IN ('measures_planned', 'evaluated') OR (cs.state = 'closed' AND mc.total > 0) AS plan_registered,
         cs.state = 'evaluated' OR (cs.state = 'closed' AND mc.total > 0 AND mc.all_evaluated) AS evaluated
    FROM cs LEFT JOIN chosen ON chosen.case_id = cs.id LEFT JOIN mc ON mc.case_id = cs.id
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
         coalesce(sum(total), 0)::int AS measures_total,
         coalesce(sum(done), 0)::int AS measures_done,
         coalesce(sum(overdue), 0)::int AS measures_overdue,
         coalesce(sum(done_dated), 0)::int AS measures_done_dated,
         coalesce(sum(on_time), 0)::int AS measures_on_time
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
  LEFT JOIN org_unit g ON g.id = ca.grp
 ORDER BY ca.grp IS NULL, g.code`;
