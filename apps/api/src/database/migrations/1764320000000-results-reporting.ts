import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Results import and reporting: unit results get an optimistic-lock version (hand entry by leaders,
 * imports bump it only when a value really changes), and an admin can name the predecessor of a
 * reorganised unit so that its earlier rounds can be compared.
 */
export class ResultsReporting1764320000000 implements MigrationInterface {
  name = 'ResultsReporting1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE unit_result ADD COLUMN version integer NOT NULL DEFAULT 1;

      CREATE TABLE unit_predecessor (
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        predecessor_id uuid NOT NULL REFERENCES org_unit (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (unit_id, predecessor_id),
        CHECK (unit_id <> predecessor_id)
      );
      CREATE INDEX unit_predecessor_predecessor_idx ON unit_predecessor (predecessor_id);

      -- The completion report reads these columns of every measure and selected area of a round:
      -- narrow covering indexes let it scan a tenth of the pages (index-only scans).
      CREATE INDEX measure_report_idx ON measure (case_id) INCLUDE (status, deadline, completed_on, eval_achieved);
      CREATE INDEX area_selected_case_idx ON area (case_id) WHERE selected;
      -- The anonymity cache checks a round's results for changes on every request (count, versions, last change).
      CREATE INDEX unit_result_round_state_idx ON unit_result (round_id) INCLUDE (version, updated_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX unit_result_round_state_idx;
      DROP INDEX area_selected_case_idx;
      DROP INDEX measure_report_idx;
      DROP TABLE unit_predecessor;
      ALTER TABLE unit_result DROP COLUMN version;
    `);
  }
}
