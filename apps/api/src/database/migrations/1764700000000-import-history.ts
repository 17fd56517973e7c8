import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The organisation and people imports keep every applied file for the archive: who imported which
 * file when, and what it changed. Dry runs are not kept (they change nothing).
 */
export class ImportHistory1764700000000 implements MigrationInterface {
  name = 'ImportHistory1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('org-units', 'people')),
        mode text CHECK (mode IN ('merge', 'full')),
        actor_id uuid REFERENCES app_user (id),
        at timestamptz NOT NULL DEFAULT now(),
        dry_run boolean NOT NULL DEFAULT false CHECK (NOT dry_run),
        counts jsonb NOT NULL,
        sha256 text NOT NULL,
        filename text,
        content_type text NOT NULL,
        file bytea NOT NULL
      );
      CREATE INDEX import_run_at_idx ON import_run (at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE import_run;`);
  }
}
