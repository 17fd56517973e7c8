import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * What the escalation scan and the mail processor need on the notification outbox: the subject and
 * ladder step a row belongs to (so a scan skips steps already decided without expanding recipients,
 * and the sender can re-check the condition), the case and unit (HR sees notifications within their
 * scope), and how a sent row was delivered (SMTP or kept in the outbox).
 */
export class EscalationOutbox1764230400000 implements MigrationInterface {
  name = 'EscalationOutbox1764230400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notification
        ADD COLUMN subject_kind text CHECK (subject_kind IN ('measure', 'phase')),
        ADD COLUMN subject_id uuid,
        ADD COLUMN phase text CHECK (phase IN ('follow_up_meeting', 'plan_registered', 'evaluation')),
        ADD COLUMN deadline_version integer,
        ADD COLUMN step_key text,
        -- No foreign keys on these two: cases and units are never deleted, and a first scan over a
        -- large backlog writes a million rows whose per-row key checks would double its time.
        ADD COLUMN case_id uuid,
        ADD COLUMN unit_id uuid,
        ADD COLUMN delivered_via text CHECK (delivered_via IN ('smtp', 'outbox')),
        ADD CONSTRAINT notification_phase_subject CHECK ((subject_kind = 'phase') = (phase IS NOT NULL));
      CREATE INDEX notification_subject_step_idx ON notification (subject_id, step_key, deadline_version);
      CREATE INDEX notification_unit_idx ON notification (unit_id, created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX notification_unit_idx;
      DROP INDEX notification_subject_step_idx;
      ALTER TABLE notification
        DROP CONSTRAINT notification_phase_subject,
        DROP COLUMN delivered_via,
        DROP COLUMN unit_id,
        DROP COLUMN case_id,
        DROP COLUMN step_key,
        DROP COLUMN deadline_version,
        DROP COLUMN phase,
        DROP COLUMN subject_id,
        DROP COLUMN subject_kind;
    `);
  }
}
