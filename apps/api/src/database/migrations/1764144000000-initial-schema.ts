import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The whole domain model (docs/architecture.md). Plans, measures and their history are never deleted
 * (archive rules); the audit table refuses UPDATE, DELETE and TRUNCATE at the database level.
 */
export class InitialSchema1764144000000 implements MigrationInterface {
  name = 'InitialSchema1764144000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        email text NOT NULL,
        language text NOT NULL DEFAULT 'nb' CHECK (language IN ('nb', 'en')),
        notify_mode text NOT NULL DEFAULT 'immediate' CHECK (notify_mode IN ('immediate', 'digest')),
        external_subject text UNIQUE,
        calendar_token text UNIQUE,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));

      CREATE TABLE org_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        parent_id uuid REFERENCES org_unit (id),
        -- ids of the unit's ancestors and itself, root first: subtree queries use "path @> ARRAY[id]".
        path uuid[] NOT NULL,
        kind text NOT NULL CHECK (kind IN ('institution', 'faculty', 'department', 'section', 'group')),
        name_nb text NOT NULL,
        name_en text NOT NULL,
        leader_id uuid REFERENCES app_user (id),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX org_unit_path_idx ON org_unit USING gin (path);
      CREATE INDEX org_unit_parent_idx ON org_unit (parent_id);

      CREATE TABLE role_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id),
        role text NOT NULL CHECK (role IN ('admin', 'hr', 'leader', 'verneombud', 'employee')),
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, role, unit_id)
      );
      CREATE INDEX role_assignment_unit_idx ON role_assignment (unit_id, role);

      CREATE TABLE user_session (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX user_session_user_idx ON user_session (user_id);

      CREATE TABLE survey_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        year integer NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
        invited_count integer CHECK (invited_count >= 0),
        invited_date date,
        responses integer CHECK (responses >= 0),
        anonymity_threshold integer NOT NULL DEFAULT 5 CHECK (anonymity_threshold BETWEEN 1 AND 100),
        follow_up_meeting_by date,
        plan_registered_by date,
        evaluation_by date,
        escalation_policy jsonb,
        sector_benchmark jsonb NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE unit_result (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES survey_round (id),
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        invited integer NOT NULL CHECK (invited >= 0),
        respondents integer NOT NULL CHECK (respondents >= 0 AND respondents <= invited),
        -- { "<index code>": { "mean": 4.1, "sd": 0.7, "n": 23 } }
        indices jsonb NOT NULL DEFAULT '{}',
        working_hours jsonb,
        appraisal_yes_pct numeric(5, 2) CHECK (appraisal_yes_pct BETWEEN 0 AND 100),
        appraisal_usefulness numeric(4, 2) CHECK (appraisal_usefulness BETWEEN 1 AND 5),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (round_id, unit_id)
      );

      CREATE TABLE follow_up_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES survey_round (id),
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        state text NOT NULL DEFAULT 'results_published' CHECK (state IN
          ('results_published', 'results_presented', 'areas_chosen', 'measures_planned', 'evaluated', 'closed')),
        workshop_date date,
        workshop_participants integer CHECK (workshop_participants >= 0),
        workshop_facilitator text,
        workshop_notes text,
        state_changed_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (round_id, unit_id)
      );
      CREATE INDEX follow_up_case_unit_idx ON follow_up_case (unit_id);
      CREATE INDEX follow_up_case_state_idx ON follow_up_case (round_id, state);

      CREATE TABLE workshop_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES follow_up_case (id),
        name text NOT NULL,
        -- up to four proposed areas: [{ "kind": "develop", "title": "...", "indexCodes": [] }]
        proposals jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(proposals) = 'array' AND jsonb_array_length(proposals) <= 4),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, name)
      );

      CREATE TABLE area (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES follow_up_case (id),
        kind text NOT NULL CHECK (kind IN ('preserve', 'develop')),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        description text,
        index_codes text[] NOT NULL DEFAULT '{}',
        selected boolean NOT NULL DEFAULT false,
        rank integer,
        votes integer NOT NULL DEFAULT 0 CHECK (votes >= 0),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX area_case_idx ON area (case_id);

      CREATE TABLE measure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES follow_up_case (id),
        area_id uuid NOT NULL REFERENCES area (id),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        description text,
        goal text,
        responsible_user_id uuid REFERENCES app_user (id),
        responsible_role text,
        deadline date,
        -- bumped when the deadline moves: the escalation ladder restarts for the new version.
        deadline_version integer NOT NULL DEFAULT 1,
        importance smallint CHECK (importance BETWEEN 1 AND 5),
        feasibility smallint CHECK (feasibility BETWEEN 1 AND 5),
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'postponed', 'cancelled')),
        completed_on date,
        cancel_reason text,
        eval_achieved text CHECK (eval_achieved IN ('yes', 'partly', 'no')),
        eval_verdict text CHECK (eval_verdict IN ('keep', 'adjust', 'stop')),
        eval_what_changed text,
        eval_on date,
        eval_by uuid REFERENCES app_user (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL),
        CHECK ((eval_achieved IS NULL) = (eval_verdict IS NULL))
      );
      CREATE INDEX measure_case_idx ON measure (case_id);
      CREATE INDEX measure_area_idx ON measure (area_id);
      CREATE INDEX measure_open_deadline_idx ON measure (deadline) WHERE status NOT IN ('done', 'cancelled');
      CREATE INDEX measure_responsible_idx ON measure (responsible_user_id);

      CREATE TABLE measure_deadline_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        measure_id uuid NOT NULL REFERENCES measure (id),
        from_deadline date,
        to_deadline date NOT NULL,
        reason text NOT NULL CHECK (length(btrim(reason)) > 0),
        changed_by uuid NOT NULL REFERENCES app_user (id),
        changed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX measure_deadline_change_measure_idx ON measure_deadline_change (measure_id);

      CREATE TABLE case_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES follow_up_case (id),
        measure_id uuid REFERENCES measure (id),
        author_id uuid NOT NULL REFERENCES app_user (id),
        body text NOT NULL CHECK (length(btrim(body)) > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX case_comment_case_idx ON case_comment (case_id);

      CREATE TABLE confirmation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES follow_up_case (id),
        phase text NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user (id),
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, phase, user_id)
      );

      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES app_user (id),
        actor_role text,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id uuid,
        case_id uuid REFERENCES follow_up_case (id),
        before jsonb,
        after jsonb,
        request_id text
      );
      CREATE INDEX audit_event_case_idx ON audit_event (case_id, at);
      CREATE INDEX audit_event_entity_idx ON audit_event (entity, entity_id);

      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES app_user (id),
        template text NOT NULL,
        language text NOT NULL CHECK (language IN ('nb', 'en')),
        payload jsonb NOT NULL DEFAULT '{}',
        -- (subject, deadline version, step, recipient): each is sent at most once.
        dedupe_key text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'queued', 'sent', 'failed', 'skipped')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        subject text,
        body_text text,
        body_html text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX notification_status_idx ON notification (status, created_at);
      CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE notification;
      DROP TABLE audit_event;
      DROP FUNCTION audit_event_append_only();
      DROP TABLE confirmation;
      DROP TABLE case_comment;
      DROP TABLE measure_deadline_change;
      DROP TABLE measure;
      DROP TABLE area;
      DROP TABLE workshop_group;
      DROP TABLE follow_up_case;
      DROP TABLE unit_result;
      DROP TABLE survey_round;
      DROP TABLE user_session;
      DROP TABLE role_assignment;
      DROP TABLE org_unit;
      DROP TABLE app_user;
    `);
  }
}
