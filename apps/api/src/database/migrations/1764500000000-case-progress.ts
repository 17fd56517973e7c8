import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Per-case progress counters for the completion report (docs/benchmarks.md): what the report needs
 * from a case's measures and areas, kept up to date by statement-level triggers in the same
 * transaction as the write, so the report reads one row per case instead of every measure.
 *
 * Only what does not depend on the date is counted; what does (overdue, days late of open measures)
 * is derived at report time from the open measures' deadlines, kept sorted per case.
 *
 * Concurrency: refresh_case_progress locks the cases' progress rows before it counts, and PL/pgSQL
 * takes a fresh snapshot for each statement (READ COMMITTED), so a second writer of the same case
 * waits for the first to commit and then counts both changes.
 */
export class CaseProgress1764500000000 implements MigrationInterface {
  name = 'CaseProgress1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_progress (
        case_id uuid PRIMARY KEY REFERENCES follow_up_case (id) ON DELETE CASCADE,
        -- measures that are not cancelled
        measures integer NOT NULL DEFAULT 0,
        done integer NOT NULL DEFAULT 0,
        -- done measures with both a deadline and a completion date, and those completed by the deadline
        done_dated integer NOT NULL DEFAULT 0,
        on_time integer NOT NULL DEFAULT 0,
        -- every measure that is not cancelled has an evaluation (true when there are none)
        all_evaluated boolean NOT NULL DEFAULT true,
        -- deadlines of open measures (planned, in progress, postponed), sorted
        open_deadlines date[] NOT NULL DEFAULT '{}',
        -- days late of each measure done after its deadline
        days_late_done integer[] NOT NULL DEFAULT '{}',
        areas_chosen boolean NOT NULL DEFAULT false
      );

      CREATE FUNCTION refresh_case_progress(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM 1 FROM case_progress WHERE case_id = ANY (ids) ORDER BY case_id FOR UPDATE;
        UPDATE case_progress p
           SET measures = s.measures, done = s.done, done_dated = s.done_dated, on_time = s.on_time,
               all_evaluated = s.all_evaluated, open_deadlines = s.open_deadlines, days_late_done = s.days_late_done,
               areas_chosen = s.areas_chosen
          FROM (
            SELECT c.id AS case_id,
                   count(m.case_id)::int AS measures,
                   count(*) FILTER (WHERE m.status = 'done')::int AS done,
                   count(*) FILTER (WHERE m.status = 'done' AND m.deadline IS NOT NULL AND m.completed_on IS NOT NULL)::int AS done_dated,
                   count(*) FILTER (WHERE m.status = 'done' AND m.completed_on <= m.deadline)::int AS on_time,
                   coalesce(bool_and(m.eval_achieved IS NOT NULL), true) AS all_evaluated,
                   coalesce(array_agg(m.deadline ORDER BY m.deadline) FILTER (WHERE m.status <> 'done' AND m.deadline IS NOT NULL), '{}') AS open_deadlines,
                   coalesce(array_agg(m.completed_on - m.deadline) FILTER (WHERE m.status = 'done' AND m.completed_on > m.deadline), '{}') AS days_late_done,
                   EXISTS (SELECT 1 FROM area a WHERE a.case_id = c.id AND a.selected) AS areas_chosen
              FROM unnest(ids) AS c (id)
              LEFT JOIN measure m ON m.case_id = c.id AND m.status <> 'cancelled'
             GROUP BY c.id
          ) s
         WHERE p.case_id = s.case_id;
      END
      $fn$;

      -- One function for the triggers on measure and area (both have case_id); transition tables need
      -- one trigger per event.
      CREATE FUNCTION case_progress_trigger() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM refresh_case_progress(ARRAY(SELECT DISTINCT case_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM refresh_case_progress(ARRAY(SELECT DISTINCT case_id FROM old_rows));
        ELSE
          PERFORM refresh_case_progress(ARRAY(SELECT case_id FROM new_rows UNION SELECT case_id FROM old_rows));
        END IF;
        RETURN NULL;
      END
      $fn$;

      CREATE FUNCTION case_progress_create() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO case_progress (case_id) SELECT id FROM new_rows;
        RETURN NULL;
      END
      $fn$;

      CREATE TRIGGER case_progress_create AFTER INSERT ON follow_up_case
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_progress_create();

      CREATE TRIGGER case_progress_measure_insert AFTER INSERT ON measure
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_progress_trigger();
      CREATE TRIGGER case_progress_measure_update AFTER UPDATE ON measure
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_progress_trigger();
      CREATE TRIGGER case_progress_measure_delete AFTER DELETE ON measure
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_progress_trigger();

      CREATE TRIGGER case_progress_area_insert AFTER INSERT ON area
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_progress_trigger();
      CREATE TRIGGER case_progress_area_update AFTER UPDATE ON area
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_progress_trigger();
      CREATE TRIGGER case_progress_area_delete AFTER DELETE ON area
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_progress_trigger();

      INSERT INTO case_progress (case_id) SELECT id FROM follow_up_case;
      SELECT refresh_case_progress(ARRAY(SELECT id FROM follow_up_case));

      -- Only the report read this covering index; the counters replace that scan.
      DROP INDEX measure_report_idx;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX measure_report_idx ON measure (case_id) INCLUDE (status, deadline, completed_on, eval_achieved);
      DROP TRIGGER case_progress_area_delete ON area;
      DROP TRIGGER case_progress_area_update ON area;
      DROP TRIGGER case_progress_area_insert ON area;
      DROP TRIGGER case_progress_measure_delete ON measure;
      DROP TRIGGER case_progress_measure_update ON measure;
      DROP TRIGGER case_progress_measure_insert ON measure;
      DROP TRIGGER case_progress_create ON follow_up_case;
      DROP FUNCTION case_progress_create();
      DROP FUNCTION case_progress_trigger();
      DROP FUNCTION refresh_case_progress(uuid[]);
      DROP TABLE case_progress;
    `);
  }
}
