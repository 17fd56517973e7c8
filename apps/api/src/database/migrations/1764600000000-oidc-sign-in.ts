import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Sign-in with OpenID Connect: a person is known by issuer + subject once they have signed in, sessions
 * end when idle, and a sign-in in progress (PKCE verifier, state, nonce) is kept server-side until the
 * identity provider sends the browser back.
 */
export class OidcSignIn1764600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user ADD COLUMN oidc_issuer text;
      -- A subject is unique only within its issuer.
      ALTER TABLE app_user DROP CONSTRAINT app_user_external_subject_key;
      ALTER TABLE app_user ADD CONSTRAINT app_user_oidc_subject_key UNIQUE (oidc_issuer, external_subject);

      ALTER TABLE user_session ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now();
      -- Kept for the issuer's sign-out (id_token_hint); the session row dies with the session.
      ALTER TABLE user_session ADD COLUMN id_token text;
      CREATE INDEX user_session_expires_idx ON user_session (expires_at);
      CREATE INDEX user_session_last_seen_idx ON user_session (last_seen_at);

      CREATE TABLE oidc_login (
        -- sha256 of the browser's tiltak_oidc cookie: the callback must come back to the browser that started.
        binding_hash text PRIMARY KEY,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX oidc_login_expires_idx ON oidc_login (expires_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE oidc_login;
      DROP INDEX user_session_last_seen_idx;
      DROP INDEX user_session_expires_idx;
      ALTER TABLE user_session DROP COLUMN id_token;
      ALTER TABLE user_session DROP COLUMN last_seen_at;
      ALTER TABLE app_user DROP CONSTRAINT app_user_oidc_subject_key;
      -- Subjects from different issuers may collide once the issuer is gone: keep the first only.
      UPDATE app_user u SET external_subject = NULL
       WHERE external_subject IS NOT NULL
         AND EXISTS (SELECT 1 FROM app_user o WHERE o.external_subject = u.external_subject AND o.id < u.id);
      ALTER TABLE app_user ADD CONSTRAINT app_user_external_subject_key UNIQUE (external_subject);
      ALTER TABLE app_user DROP COLUMN oidc_issuer;
    `);
  }
}
