import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language } from '@tiltak/shared/api-contract';
import type { Role } from '@tiltak/shared/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { SessionEntity } from './session.entity';

export const SESSION_COOKIE = 'tiltak_session';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new session (a new random id at every sign-in); the id token is kept for the issuer's sign-out. */
  async create(
    userId: string,
    idToken: string | null = null,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    await this.db
      .getRepository(SessionEntity)
      .insert({ tokenHash: hash(token), userId, expiresAt, idToken });
    return { token, expiresAt };
  }

  /** Ends the session; returns its id token (for the issuer's sign-out), if it had one. */
  async destroy(token: string): Promise<{ idToken: string | null } | null> {
    const [rows]: [{ id_token: string | null }[], number] = await this.db.query(
      `DELETE FROM user_session WHERE token_hash = $1 RETURNING id_token`,
      [hash(token)],
    );
    return rows.length ? { idToken: rows[0].id_token } : null;
  }

  /** Deletes sessions past their lifetime or idle too long, and sign-ins never completed. */
  async purgeExpired(): Promise<{ sessions: number; logins: number }> {
    const [, sessions] = await this.db.query(
      `DELETE FROM user_session WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)`,
      [this.config.sessionIdleMinutes],
    );
    const [, logins] = await this.db.query(`DELETE FROM oidc_login WHERE expires_at <= now()`);
    return { sessions, logins };
  }

  /**
   * The actor for a session token, in one statement that also marks the session as used (at most once
   * a minute, so parallel requests of one session do not queue on its row); null when unknown, past its
   * lifetime, idle too long, or the user is inactive.
   */
  async resolve(token: string, requestId: string): Promise<Actor | null> {
    const rows: {
      id: string;
      name: string;
      email: string;
      language: Language;
      assignments: { role: Role; unitId: string }[];
      institutionHr: boolean;
    }[] = await this.db.query(
      `WITH s AS (
           SELECT user_id FROM user_session
            WHERE token_hash = $1 AND expires_at > now() AND last_seen_at > now() - make_interval(mins => $2)),
         touch AS (
           UPDATE user_session SET last_seen_at = now()
            WHERE token_hash = $1 AND last_seen_at < now() - interval '1 minute' AND EXISTS (SELECT 1 FROM s))
         SELECT u.id, u.name, u.email, u.language,
                COALESCE(json_agg(json_build_object('role', r.role, 'unitId', r.unit_id)) FILTER (WHERE r.id IS NOT NULL), '[]') AS assignments,
                COALESCE(bool_or(r.role = 'hr' AND o.parent_id IS NULL), false) AS "institutionHr"
           FROM s
           JOIN app_user u ON u.id = s.user_id AND u.active
           LEFT JOIN role_assignment r ON r.user_id = u.id
           LEFT JOIN org_unit o ON o.id = r.unit_id
          GROUP BY u.id`,
      [hash(token), this.config.sessionIdleMinutes],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      userId: row.id,
      name: row.name,
      email: row.email,
      language: row.language,
      assignments: row.assignments,
      institutionHr: row.institutionHr,
      requestId,
    };
  }
}
