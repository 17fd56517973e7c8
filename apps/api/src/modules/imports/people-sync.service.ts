import { BadRequestException, Injectable } from '@nestjs/common';
import type { Language } from '@tiltak/shared/api-contract';
import { openMeasureSql, ROLES, type Role, sqlList } from '@tiltak/shared/domain';
import type { EntityManager } from 'typeorm';

/** Roles that HR files and identity systems may hand out; admin is only ever granted by hand. */
export type SyncedRole = Exclude<Role, 'admin'>;
export const SYNCED_ROLES = ROLES.filter((r): r is SyncedRole => r !== 'admin');

/** For SQL: `r.role NOT IN ('admin')`, the role assignments an outside source manages (SYNCED_ROLES). */
export function syncedRoleSql(column = 'r.role'): string {
  return `${column} NOT IN (${sqlList(ROLES.filter((r) => !(SYNCED_ROLES as Role[]).includes(r)))})`;
}

export interface RoleGrant {
  userId: string;
  role: SyncedRole;
  unitCode: string;
}

export interface PersonFields {
  email: string;
  name: string;
  language: Language;
}

export interface SyncedPerson extends PersonFields {
  id: string;
  created: boolean;
  /** Name, language or active flag changed (e-mail case differences are left as they are). */
  changed: boolean;
}

/** The rows of an UPDATE or DELETE … RETURNING: TypeORM answers those with [rows, affected count]. */
async function returning<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result: unknown = await em.query(sql, params);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}

/**
 * The one place that changes people and their roles on behalf of an outside source (the people import,
 * SCIM provisioning). Every method works inside the caller's transaction and returns what it really
 * changed, so a caller can audit exactly that and a repeated sync writes nothing. The bulk methods let
 * an import of 10,000 rows run in a handful of statements; the single-person methods are thin wrappers.
 * Auditing is the caller's job: it knows who asked and why.
 */
@Injectable()
export class PeopleSyncService {
  /** Grants a role at the unit with this code; false when the person already had it. A leader also becomes the unit's `leader_id`. */
  async grantRole(
    em: EntityManager,
    userId: string,
    role: SyncedRole,
    unitCode: string,
  ): Promise<boolean> {
    return (await this.grantRoles(em, [{ userId, role, unitCode }])).length === 1;
  }

  /** Ends a role at the unit with this code; false when the person did not have it. */
  async endRole(
    em: EntityManager,
    userId: string,
    role: SyncedRole,
    unitCode: string,
  ): Promise<boolean> {
    return (await this.endRoles(em, [{ userId, role, unitCode }])).length === 1;
  }

  /** Deactivates the person and ends their sessions at once; false when already inactive. Roles are kept. */
  async deactivate(em: EntityManager, userId: string): Promise<boolean> {
    return (await this.deactivateMany(em, [userId])).length === 1;
  }

  /** Lets an inactive person sign in again; false when already active. */
  async activate(em: EntityManager, userId: string): Promise<boolean> {
    const rows = await returning<{ id: string }>(
      em,
      `UPDATE app_user SET active = true, updated_at = clock_timestamp() WHERE id = $1 AND NOT active RETURNING id`,
      [userId],
    );
    return rows.length === 1;
  }

  async grantRoles(em: EntityManager, grants: readonly RoleGrant[]): Promise<RoleGrant[]> {
    if (!grants.length) return [];
    const codes = [...new Set(grants.map((g) => g.unitCode))];
    const known: { code: string }[] = await em.query(
      `SELECT code FROM org_unit WHERE code = ANY($1::text[])`,
      [codes],
    );
    const missing = codes.filter((c) => !known.some((k) => k.code === c));
    if (missing.length)
      throw new BadRequestException(
        `unitCode: no unit with code ${missing.slice(0, 5).join(', ')}`,
      );
    const bad = grants.find((g) => !SYNCED_ROLES.includes(g.role));
    if (bad)
      throw new BadRequestException(
        `role: ${String(bad.role)} cannot be granted by a sync (one of ${SYNCED_ROLES.join(', ')})`,
      );
    const inserted: { user_id: string; role: SyncedRole; code: string }[] = await em.query(
      `INSERT INTO role_assignment (user_id, role, unit_id)
       SELECT g.user_id, g.role, o.id
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS g(user_id, role, code)
         JOIN org_unit o ON o.code = g.code
       ON CONFLICT (user_id, role, unit_id) DO NOTHING
       RETURNING user_id, role, (SELECT code FROM org_unit WHERE id = unit_id) AS code`,
      [grants.map((g) => g.userId), grants.map((g) => g.role), grants.map((g) => g.unitCode)],
    );
    const leaders = grants.filter((g) => g.role === 'leader');
    if (leaders.length) {
      // Escalations go to the unit's leader_id: the leader role and that column say the same thing.
      await em.query(
        `UPDATE org_unit o SET leader_id = g.user_id, updated_at = clock_timestamp()
           FROM unnest($1::uuid[], $2::text[]) AS g(user_id, code)
          WHERE o.code = g.code AND o.leader_id IS DISTINCT FROM g.user_id`,
        [leaders.map((g) => g.userId), leaders.map((g) => g.unitCode)],
      );
    }
    return inserted.map((r) => ({ userId: r.user_id, role: r.role, unitCode: r.code }));
  }

  async endRoles(em: EntityManager, ends: readonly RoleGrant[]): Promise<RoleGrant[]> {
    if (!ends.length) return [];
    const deleted = await returning<{ user_id: string; role: SyncedRole; code: string }>(
      em,
      `DELETE FROM role_assignment r
        USING unnest($1::uuid[], $2::text[], $3::text[]) AS g(user_id, role, code), org_unit o
        WHERE o.code = g.code AND r.unit_id = o.id AND r.user_id = g.user_id AND r.role = g.role AND ${syncedRoleSql()}
        RETURNING r.user_id, r.role, o.code`,
      [ends.map((g) => g.userId), ends.map((g) => g.role), ends.map((g) => g.unitCode)],
    );
    const leaders = deleted.filter((d) => d.role === 'leader');
    if (leaders.length) {
      await em.query(
        // Another leader still holding the role at the unit takes over rather than leaving escalations nowhere to go.
        `UPDATE org_unit o SET updated_at = clock_timestamp(),
                leader_id = (SELECT r.user_id FROM role_assignment r WHERE r.unit_id = o.id AND r.role = 'leader' ORDER BY r.created_at, r.user_id LIMIT 1)
           FROM unnest($1::uuid[], $2::text[]) AS g(user_id, code)
          WHERE o.code = g.code AND o.leader_id = g.user_id`,
        [leaders.map((d) => d.user_id), leaders.map((d) => d.code)],
      );
    }
    return deleted.map((r) => ({ userId: r.user_id, role: r.role, unitCode: r.code }));
  }

  /** Deactivates the active ones among these people and deletes all their sessions; returns the ids deactivated. */
  async deactivateMany(em: EntityManager, userIds: readonly string[]): Promise<string[]> {
    if (!userIds.length) return [];
    const rows = await returning<{ id: string }>(
      em,
      `UPDATE app_user SET active = false, updated_at = clock_timestamp() WHERE id = ANY($1::uuid[]) AND active RETURNING id`,
      [userIds],
    );
    await em.query(`DELETE FROM user_session WHERE user_id = ANY($1::uuid[])`, [userIds]);
    return rows.map((r) => r.id);
  }

  /** How many open measures each of these people is responsible for (people with none are left out). */
  async openResponsibilities(
    em: EntityManager,
    userIds: readonly string[],
  ): Promise<Map<string, number>> {
    if (!userIds.length) return new Map();
    const rows: { id: string; n: number }[] = await em.query(
      `SELECT m.responsible_user_id AS id, count(*)::int AS n FROM measure m
        WHERE m.responsible_user_id = ANY($1::uuid[]) AND ${openMeasureSql()} GROUP BY 1`,
      [userIds],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  /**
   * Creates the people whose e-mail (compared without case) is unknown, and updates name and language of
   * the others, reactivating them when inactive. Returns every person with their id.
   */
  async upsertPeople(em: EntityManager, people: readonly PersonFields[]): Promise<SyncedPerson[]> {
    if (!people.length) return [];
    const rows: {
      id: string;
      email: string;
      name: string;
      language: Language;
      created: boolean;
      changed: boolean;
    }[] = await em.query(
      `WITH input AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS p(email, name, language)
       ), updated AS (
         UPDATE app_user u SET name = i.name, language = i.language, active = true, updated_at = clock_timestamp()
           FROM input i
          WHERE lower(u.email) = lower(i.email) AND (u.name, u.language, u.active) IS DISTINCT FROM (i.name, i.language, true)
          RETURNING u.id, lower(u.email) AS key
       ), created AS (
         INSERT INTO app_user (email, name, language)
         SELECT i.email, i.name, i.language FROM input i
          WHERE NOT EXISTS (SELECT 1 FROM app_user u WHERE lower(u.email) = lower(i.email))
         RETURNING id, lower(email) AS key
       )
       SELECT COALESCE(c.id, u.id) AS id, i.email, i.name, i.language, c.id IS NOT NULL AS created, up.id IS NOT NULL AS changed
         FROM input i
         LEFT JOIN created c ON c.key = lower(i.email)
         LEFT JOIN app_user u ON lower(u.email) = lower(i.email)
         LEFT JOIN updated up ON up.key = lower(i.email)`,
      [people.map((p) => p.email), people.map((p) => p.name), people.map((p) => p.language)],
    );
    return rows;
  }
}
