import { HttpException, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language } from '@tiltak/shared/api-contract';
import SCIMMY from 'scimmy';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit';
import { PeopleSyncService, type SyncedRole, syncedRoleSql } from '../imports';
import { UserEntity, toUserDto } from '../users';
import { groupId, groupName, parseGroupId, parseGroupName } from './scim-group-name';

/** A user as SCIM shows it (core User schema; scimmy adds `schemas` and `meta`). */
export interface ScimUser {
  id: string;
  userName: string;
  displayName: string;
  name: { formatted: string };
  emails: { value: string; type: 'work'; primary: true }[];
  preferredLanguage: Language;
  active: boolean;
}

export interface ScimGroup {
  id: string;
  displayName: string;
  members: { value: string; display: string; type: 'User' }[];
}

/** What scimmy hands the ingress handler after checking it against the User schema. */
export interface ScimUserInput {
  userName: string;
  displayName?: string;
  name?: { formatted?: string; givenName?: string; familyName?: string };
  emails?: { value?: string; primary?: boolean; type?: string }[];
  preferredLanguage?: string;
  locale?: string;
  active?: boolean;
}

export interface ScimGroupInput {
  displayName: string;
  members?: { value: string }[];
}

/** The filter scimmy parsed from `?filter=`: one object per `or` branch, `{attribute: [operator, value]}`. */
type ParsedFilter = (Record<string, unknown[]> & { match?: unknown })[] & {
  match(values: object[]): object[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const VIA = 'scim';

export const scimError = (status: number, scimType: string | null, detail: string) =>
  new SCIMMY.Types.Error(status, scimType as string, detail);

interface UserRow {
  id: string;
  name: string;
  email: string;
  language: Language;
  active: boolean;
}

const toScimUser = (u: UserRow): ScimUser => ({
  id: u.id,
  userName: u.email,
  displayName: u.name,
  name: { formatted: u.name },
  emails: [{ value: u.email, type: 'work', primary: true }],
  preferredLanguage: u.language,
  active: u.active,
});

/**
 * SCIM provisioning on top of PeopleSyncService: users are people (userName is the e-mail address they
 * sign in with), groups named `tiltak-<role>-<UNITCODE>` are the holders of one role at one unit.
 * Every method runs in the caller's transaction, which already holds the lock for the user or group.
 */
@Injectable()
export class ScimService {
  private readonly logger = new Logger('SCIM');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sync: PeopleSyncService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Runs one SCIM operation in a transaction holding a per-resource advisory lock, so that two changes to
   * the same user or group (Entra sends them in parallel) are applied one after the other, each seeing
   * the other's result. Errors that are not SCIM errors become one, never a bare 500 with a stack.
   */
  async inTransaction<T>(
    lockKey: string | null,
    work: (em: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async (em) => {
      if (lockKey)
        await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
          `scim:${lockKey}`,
        ]);
      return work(em);
    });
  }

  /** Turns an error from below (Nest exceptions, PostgreSQL) into a SCIM error; scimmy would call it "not found". */
  toScimError(error: unknown): InstanceType<typeof SCIMMY.Types.Error> {
    if (error instanceof SCIMMY.Types.Error) return error;
    if (error instanceof HttpException)
      return scimError(
        error.getStatus(),
        error.getStatus() === 400 ? 'invalidValue' : null,
        error.message,
      );
    if ((error as { code?: string }).code === '23505')
      return scimError(409, 'uniqueness', 'userName: another user already has this e-mail address');
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return scimError(500, null, 'Internal error');
  }

  // ---- Users ----

  async listUsers(em: EntityManager, filter: ParsedFilter | undefined): Promise<ScimUser[]> {
    const userName = singleEquality(filter, 'userName');
    if (userName !== undefined) {
      // userName is case-insensitive in the SCIM schema, as e-mail addresses are in Tiltak.
      const rows: UserRow[] = await em.query(
        `SELECT id, name, email, language, active FROM app_user WHERE lower(email) = lower($1)`,
        [userName],
      );
      return rows.map(toScimUser);
    }
    const rows: UserRow[] = await em.query(
      `SELECT id, name, email, language, active FROM app_user ORDER BY lower(email)`,
    );
    const users = rows.map(toScimUser);
    return filter ? (filter.match(users) as ScimUser[]) : users;
  }

  async getUser(em: EntityManager, id: string): Promise<ScimUser> {
    return toScimUser(await this.userRow(em, id));
  }

  async createUser(em: EntityManager, input: ScimUserInput, requestId: string): Promise<ScimUser> {
    const fields = personFields(input, null);
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `scim:email:${fields.email.toLowerCase()}`,
    ]);
    const taken: { id: string }[] = await em.query(
      `SELECT id FROM app_user WHERE lower(email) = lower($1)`,
      [fields.email],
    );
    if (taken.length)
      throw scimError(
        409,
        'uniqueness',
        `userName: a user with e-mail ${fields.email} already exists (id ${taken[0].id})`,
      );
    const [person] = await this.sync.upsertPeople(em, [
      { email: fields.email, name: fields.name, language: fields.language ?? 'nb' },
    ]);
    if (input.active === false) await this.sync.deactivate(em, person.id);
    const user = await em.getRepository(UserEntity).findOneByOrFail({ id: person.id });
    await this.audit.record(em, null, null, {
      action: 'user.create',
      entity: 'user',
      entityId: user.id,
      after: { ...toUserDto(user), via: VIA },
      requestId,
    });
    return toScimUser(user);
  }

  async updateUser(
    em: EntityManager,
    id: string,
    input: ScimUserInput,
    requestId: string,
  ): Promise<ScimUser> {
    const before = await this.userRow(em, id);
    const fields = personFields(input, before);
    if (fields.email.toLowerCase() !== before.email.toLowerCase()) {
      const taken: { id: string }[] = await em.query(
        `SELECT id FROM app_user WHERE lower(email) = lower($1) AND id <> $2`,
        [fields.email, id],
      );
      if (taken.length)
        throw scimError(
          409,
          'uniqueness',
          `userName: a user with e-mail ${fields.email} already exists (id ${taken[0].id})`,
        );
    }
    await em.query(
      `UPDATE app_user SET email = $2, name = $3, language = $4, updated_at = clock_timestamp()
        WHERE id = $1 AND (email, name, language) IS DISTINCT FROM ($2, $3, $4)`,
      [id, fields.email, fields.name, fields.language ?? before.language],
    );
    // Deactivation ends the person's sessions in the same transaction: their next request is refused.
    if (input.active === false && before.active) {
      await this.assertNotLastAdmin(em, before);
      await this.sync.deactivate(em, id);
    }
    if (input.active === true) await this.sync.activate(em, id);
    const after = await this.userRow(em, id);
    if (JSON.stringify(toScimUser(before)) !== JSON.stringify(toScimUser(after))) {
      await this.audit.record(em, null, null, {
        action: 'user.update',
        entity: 'user',
        entityId: id,
        before,
        after: { ...after, via: VIA },
        requestId,
      });
    }
    return toScimUser(after);
  }

  /** SCIM DELETE: Tiltak keeps people for the history of their cases, so they are deactivated and lose their roles. */
  async deleteUser(em: EntityManager, id: string, requestId: string): Promise<void> {
    const before = await this.userRow(em, id);
    await this.assertNotLastAdmin(em, before);
    const roles: { role: SyncedRole; code: string }[] = await em.query(
      `SELECT r.role, o.code FROM role_assignment r JOIN org_unit o ON o.id = r.unit_id WHERE r.user_id = $1 AND ${syncedRoleSql()}`,
      [id],
    );
    const ended = await this.sync.endRoles(
      em,
      roles.map((r) => ({ userId: id, role: r.role, unitCode: r.code })),
    );
    for (const e of ended) {
      await this.audit.record(em, null, null, {
        action: 'role.remove',
        entity: 'user',
        entityId: id,
        before: { ...e, via: VIA },
        requestId,
      });
    }
    await this.sync.deactivate(em, id);
    await this.audit.record(em, null, null, {
      action: 'user.delete',
      entity: 'user',
      entityId: id,
      before,
      after: { ...before, active: false, via: VIA },
      requestId,
    });
  }

  /** Admin is granted by hand only; an identity system must not lock the institution out of Tiltak by accident. */
  private async assertNotLastAdmin(em: EntityManager, user: UserRow): Promise<void> {
    if (!user.active) return;
    const [{ mine, others }]: { mine: boolean; others: boolean }[] = await em.query(
      `SELECT EXISTS (SELECT 1 FROM role_assignment WHERE user_id = $1 AND role = 'admin') AS mine,
              EXISTS (SELECT 1 FROM role_assignment r JOIN app_user u ON u.id = r.user_id
                       WHERE r.role = 'admin' AND u.active AND u.id <> $1) AS others`,
      [user.id],
    );
    if (mine && !others) {
      throw scimError(
        409,
        null,
        `active: ${user.email} is the last active administrator of Tiltak; make someone else administrator first`,
      );
    }
  }

  private async userRow(em: EntityManager, id: string): Promise<UserRow> {
    if (!UUID.test(id)) throw scimError(404, null, `User ${id} not found`);
    const rows: UserRow[] = await em.query(
      `SELECT id, name, email, language, active FROM app_user WHERE id = $1`,
      [id],
    );
    if (!rows.length) throw scimError(404, null, `User ${id} not found`);
    return rows[0];
  }

  // ---- Groups ----

  async listGroups(em: EntityManager, filter: ParsedFilter | undefined): Promise<ScimGroup[]> {
    const name = singleEquality(filter, 'displayName');
    if (name !== undefined) {
      const key = parseGroupName(name);
      const unit = key ? await this.unitByCode(em, key.unitCode) : null;
      return key && unit ? [await this.groupOf(em, key.role, unit)] : [];
    }
    // Otherwise every role at every unit that someone holds, with its members, in one query.
    const held: { role: SyncedRole; id: string; code: string; members: ScimGroup['members'] }[] =
      await em.query(
        `SELECT r.role, o.id, o.code,
              json_agg(json_build_object('value', u.id, 'display', u.name, 'type', 'User') ORDER BY u.name, u.id) AS members
         FROM role_assignment r JOIN org_unit o ON o.id = r.unit_id JOIN app_user u ON u.id = r.user_id
        WHERE ${syncedRoleSql()}
        GROUP BY r.role, o.id, o.code
        ORDER BY o.code, r.role`,
      );
    const groups = held.map((h) => ({
      id: groupId(h.role, h.id),
      displayName: groupName({ role: h.role, unitCode: h.code }),
      members: h.members,
    }));
    return filter ? (filter.match(groups) as ScimGroup[]) : groups;
  }

  async getGroup(em: EntityManager, id: string): Promise<ScimGroup> {
    const { role, unit } = await this.groupTarget(em, id);
    return this.groupOf(em, role, unit);
  }

  /** Creating a group only checks its name: a group exists for every role at every unit. Members given are added. */
  async createGroup(
    em: EntityManager,
    input: ScimGroupInput,
    requestId: string,
  ): Promise<ScimGroup> {
    const key = parseGroupName(input.displayName);
    if (!key) {
      throw scimError(
        400,
        'invalidValue',
        `displayName: "${input.displayName}" does not follow the convention tiltak-<leader|verneombud|hr|employee>-<UNITCODE>`,
      );
    }
    const unit = await this.unitByCode(em, key.unitCode);
    if (!unit)
      throw scimError(
        400,
        'invalidValue',
        `displayName: there is no unit with code ${key.unitCode}`,
      );
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `scim:group:${groupId(key.role, unit.id)}`,
    ]);
    const current = await this.groupOf(em, key.role, unit);
    const wanted = new Set([
      ...current.members.map((m) => m.value),
      ...(await this.memberIds(em, input)),
    ]);
    await this.applyMembers(em, key.role, unit, current, wanted, requestId);
    return this.groupOf(em, key.role, unit);
  }

  async updateGroup(
    em: EntityManager,
    id: string,
    input: ScimGroupInput,
    requestId: string,
  ): Promise<ScimGroup> {
    const { role, unit } = await this.groupTarget(em, id);
    const key = parseGroupName(input.displayName);
    if (!key || key.role !== role || key.unitCode.toLowerCase() !== unit.code.toLowerCase()) {
      throw scimError(
        400,
        'mutability',
        `displayName: a group cannot be renamed (it is ${groupName({ role, unitCode: unit.code })}); create a new group instead`,
      );
    }
    const current = await this.groupOf(em, role, unit);
    await this.applyMembers(
      em,
      role,
      unit,
      current,
      new Set(await this.memberIds(em, input)),
      requestId,
    );
    return this.groupOf(em, role, unit);
  }

  /** Deleting a group ends the role for everyone in it. */
  async deleteGroup(em: EntityManager, id: string, requestId: string): Promise<void> {
    const { role, unit } = await this.groupTarget(em, id);
    const current = await this.groupOf(em, role, unit);
    await this.applyMembers(em, role, unit, current, new Set(), requestId);
  }

  private async applyMembers(
    em: EntityManager,
    role: SyncedRole,
    unit: { id: string; code: string },
    current: ScimGroup,
    wanted: Set<string>,
    requestId: string,
  ): Promise<void> {
    const have = new Set(current.members.map((m) => m.value));
    const group = groupName({ role, unitCode: unit.code });
    const granted = await this.sync.grantRoles(
      em,
      [...wanted]
        .filter((u) => !have.has(u))
        .map((userId) => ({ userId, role, unitCode: unit.code })),
    );
    const ended = await this.sync.endRoles(
      em,
      [...have]
        .filter((u) => !wanted.has(u))
        .map((userId) => ({ userId, role, unitCode: unit.code })),
    );
    for (const g of granted) {
      await this.audit.record(em, null, null, {
        action: 'role.assign',
        entity: 'user',
        entityId: g.userId,
        after: { ...g, unitId: unit.id, group, via: VIA },
        requestId,
      });
    }
    for (const e of ended) {
      await this.audit.record(em, null, null, {
        action: 'role.remove',
        entity: 'user',
        entityId: e.userId,
        before: { ...e, unitId: unit.id, group, via: VIA },
        requestId,
      });
    }
  }

  /** Member ids from the request, each an existing user; a missing one is named in the 400. */
  private async memberIds(em: EntityManager, input: ScimGroupInput): Promise<string[]> {
    const ids = [...new Set((input.members ?? []).map((m) => m.value))];
    const bad = ids.find((id) => !UUID.test(id));
    if (bad !== undefined)
      throw scimError(400, 'invalidValue', `members.value: no user with id ${bad}`);
    if (!ids.length) return [];
    const known: { id: string }[] = await em.query(
      `SELECT id FROM app_user WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const missing = ids.find((id) => !known.some((k) => k.id === id.toLowerCase()));
    if (missing !== undefined)
      throw scimError(400, 'invalidValue', `members.value: no user with id ${missing}`);
    return ids.map((id) => id.toLowerCase());
  }

  private async groupTarget(
    em: EntityManager,
    id: string,
  ): Promise<{ role: SyncedRole; unit: { id: string; code: string } }> {
    const parsed = parseGroupId(id);
    const rows: { id: string; code: string }[] = parsed
      ? await em.query(`SELECT id, code FROM org_unit WHERE id = $1`, [parsed.unitId])
      : [];
    if (!parsed || !rows.length) throw scimError(404, null, `Group ${id} not found`);
    return { role: parsed.role, unit: rows[0] };
  }

  private async groupOf(
    em: EntityManager,
    role: SyncedRole,
    unit: { id: string; code: string },
  ): Promise<ScimGroup> {
    const members: { id: string; name: string }[] = await em.query(
      `SELECT u.id, u.name FROM role_assignment r JOIN app_user u ON u.id = r.user_id WHERE r.unit_id = $1 AND r.role = $2 ORDER BY u.name, u.id`,
      [unit.id, role],
    );
    return {
      id: groupId(role, unit.id),
      displayName: groupName({ role, unitCode: unit.code }),
      members: members.map((m) => ({ value: m.id, display: m.name, type: 'User' })),
    };
  }

  /** Unit codes are unique; the identity system's group name may differ in case. */
  private async unitByCode(
    em: EntityManager,
    code: string,
  ): Promise<{ id: string; code: string } | null> {
    const rows: { id: string; code: string }[] = await em.query(
      `SELECT id, code FROM org_unit WHERE upper(code) = upper($1) ORDER BY (code = $1) DESC LIMIT 1`,
      [code],
    );
    return rows[0] ?? null;
  }
}

/** The value of a filter that is exactly `<attribute> eq "<value>"` (how Entra ID looks people and groups up). */
function singleEquality(filter: ParsedFilter | undefined, attribute: string): string | undefined {
  if (!filter || filter.length !== 1) return undefined;
  const keys = Object.keys(filter[0]);
  const entry = filter[0][keys[0]];
  if (
    keys.length !== 1 ||
    keys[0].toLowerCase() !== attribute.toLowerCase() ||
    !Array.isArray(entry) ||
    String(entry[0]).toLowerCase() !== 'eq'
  )
    return undefined;
  if (typeof entry[1] !== 'string')
    throw scimError(400, 'invalidFilter', `filter: ${attribute} eq needs a quoted value`);
  return entry[1];
}

/** Name, e-mail and language from a SCIM user; fields the client left out keep their value on update. */
function personFields(
  input: ScimUserInput,
  before: UserRow | null,
): { email: string; name: string; language: Language | null } {
  const email = input.userName.trim();
  if (!EMAIL.test(email))
    throw scimError(
      400,
      'invalidValue',
      `userName: "${input.userName}" is not an e-mail address (map userName to the address people sign in with)`,
    );
  const given = [input.name?.givenName, input.name?.familyName].filter(Boolean).join(' ');
  const name = (
    input.displayName ||
    input.name?.formatted ||
    given ||
    before?.name ||
    email
  ).trim();
  const tag = (input.preferredLanguage || input.locale || '').toLowerCase();
  const language = tag.startsWith('en') ? 'en' : /^(nb|no|nn)/.test(tag) ? 'nb' : null;
  return { email, name, language };
}
