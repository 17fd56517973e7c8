import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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

  async create(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    await this.db.getRepository(SessionEntity).insert({ tokenHash: hash(token), userId, expiresAt });
    return { token, expiresAt };
  }

  async destroy(token: string): Promise<void> {
    await this.db.getRepository(SessionEntity).delete({ tokenHash: hash(token) });
  }

  /** The actor for a session token, in one query; null when unknown, expired or the user is inactive. */
  async resolve(token: string, requestId: string): Promise<Actor | null> {
    const rows: { id: string; name: string; email: string; language: 'nb' | 'en'; assignments: { role: Role; unitId: string }[]; institutionHr: boolean }[] =
      await this.db.query(
        `SELECT u.id, u.name, u.email, u.language,
                COALESCE(json_agg(json_build_object('role', r.role, 'unitId', r.unit_id)) FILTER (WHERE r.id IS NOT NULL), '[]') AS assignments,
                COALESCE(bool_or(r.role = 'hr' AND o.parent_id IS NULL), false) AS "institutionHr"
           FROM user_session s
           JOIN app_user u ON u.id = s.user_id AND u.active
           LEFT JOIN role_assignment r ON r.user_id = u.id
           LEFT JOIN org_unit o ON o.id = r.unit_id
          WHERE s.token_hash = $1 AND s.expires_at > now()
          GROUP BY u.id`,
        [hash(token)],
      );
    const row = rows[0];
    if (!row) return null;
    return { userId: row.id, name: row.name, email: row.email, language: row.language, assignments: row.assignments, institutionHr: row.institutionHr, requestId };
  }
}
