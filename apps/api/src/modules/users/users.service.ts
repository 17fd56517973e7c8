import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DirectoryUserDto,
  MeDto,
  Page,
  RoleAssignmentDto,
  UserDto,
  UserStatus,
} from '@tiltak/shared/api-contract';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { CASE_DIRECTORY, type CaseScope } from '../access';
import { notFound } from '../../common/errors';
import { AuditService } from '../audit';
import { SessionEntity } from '../auth';
import { OrgUnitEntity } from '../org-units';
import { RoleAssignmentEntity } from './role-assignment.entity';
import { UserEntity } from './user.entity';
import type { AssignRoleDto, CreateUserDto, UpdateMyProfileDto, UpdateUserDto } from './users.dto';

/** The demo users (`DEMO_USERS` of the demo data), offered on the dev sign-in page in this order. */
export const DEMO_USER_EMAILS = [
  'admin@tiltak.example',
  'hr@tiltak.example',
  'hms.ie@tiltak.example',
  'dekan.ie@tiltak.example',
  'leder.idi@tiltak.example',
  'leder.itk@tiltak.example',
  'vo.idi@tiltak.example',
  'ansatt.idi@tiltak.example',
];

export const toDirectoryUserDto = (
  u: Pick<UserEntity, 'id' | 'name' | 'email'>,
): DirectoryUserDto => ({ id: u.id, name: u.name, email: u.email });

export const toUserDto = (u: UserEntity): UserDto => ({
  id: u.id,
  name: u.name,
  email: u.email,
  language: u.language,
  notifyMode: u.notifyMode,
  active: u.active,
});

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  findActiveByEmail(email: string): Promise<UserEntity | null> {
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email) AND u.active', { email })
      .getOne();
  }

  async get(id: string): Promise<UserEntity> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw notFound('User');
    return user;
  }

  async roles(userId: string): Promise<RoleAssignmentDto[]> {
    return this.db.query(
      `SELECT r.id, r.role, r.unit_id AS "unitId", o.code AS "unitCode"
         FROM role_assignment r JOIN org_unit o ON o.id = r.unit_id
        WHERE r.user_id = $1 ORDER BY r.role, o.code`,
      [userId],
    );
  }

  async me(userId: string): Promise<MeDto> {
    const user = await this.get(userId);
    return { ...toUserDto(user), roles: await this.roles(userId) };
  }

  async demoUsers(): Promise<{ email: string; name: string; roles: string[] }[]> {
    const rows: { email: string; name: string; roles: string[] }[] = await this.db.query(
      `SELECT u.email, u.name, COALESCE(array_agg(r.role || ' ' || o.code ORDER BY r.role) FILTER (WHERE r.id IS NOT NULL), '{}') AS roles
         FROM app_user u LEFT JOIN role_assignment r ON r.user_id = u.id LEFT JOIN org_unit o ON o.id = r.unit_id
        WHERE lower(u.email) = ANY($1) AND u.active GROUP BY u.id`,
      [DEMO_USER_EMAILS],
    );
    return rows.sort(
      (a, b) => DEMO_USER_EMAILS.indexOf(a.email) - DEMO_USER_EMAILS.indexOf(b.email),
    );
  }

  async list(
    q: string | undefined,
    status: UserStatus,
    page: number,
    pageSize: number,
  ): Promise<Page<UserDto>> {
    const qb = this.db.getRepository(UserEntity).createQueryBuilder('u');
    if (status === 'active') qb.where('u.active');
    if (status === 'inactive') qb.where('NOT u.active');
    if (q)
      qb.andWhere('(u.name ILIKE :q OR u.email ILIKE :q)', {
        q: `%${q.replace(/[\\%_]/g, '\\$&')}%`,
      });
    const [items, total] = await qb
      .orderBy('u.name')
      .addOrderBy('u.id')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: items.map(toUserDto), total, page, pageSize };
  }

  /** Name and e-mail of the people of a case's directory (CASE_DIRECTORY) whose name or e-mail matches `q`. */
  async directory(
    scope: CaseScope,
    q: string | undefined,
    page: number,
    pageSize: number,
  ): Promise<Page<DirectoryUserDto>> {
    const params: unknown[] = [scope.unitId, scope.unitPath];
    let filter = '';
    if (q) {
      params.push(`%${q.replace(/[\\%_]/g, '\\$&')}%`);
      filter = 'AND (u.name ILIKE $3 OR u.email ILIKE $3)';
    }
    const from = `FROM app_user u WHERE u.id IN (${CASE_DIRECTORY}) ${filter}`;
    const n = params.length;
    const [items, [{ total }]] = await Promise.all([
      this.db.query(
        `SELECT u.id, u.name, u.email ${from} ORDER BY u.name, u.id LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...params, pageSize, (page - 1) * pageSize],
      ) as Promise<DirectoryUserDto[]>,
      this.db.query(`SELECT count(*)::int AS total ${from}`, params) as Promise<
        { total: number }[]
      >,
    ]);
    return { items: items.map(toDirectoryUserDto), total, page, pageSize };
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserDto> {
    return this.db.transaction(async (em) => {
      await this.assertEmailFree(em, dto.email, null);
      const saved = await em
        .getRepository(UserEntity)
        .save(em.create(UserEntity, { ...dto, language: dto.language ?? 'nb', active: true }));
      await this.audit.record(em, actor, null, {
        action: 'user.create',
        entity: 'user',
        entityId: saved.id,
        after: toUserDto(saved),
      });
      return toUserDto(saved);
    });
  }

  async update(
    actor: Actor,
    id: string,
    dto: UpdateUserDto | UpdateMyProfileDto,
  ): Promise<UserDto> {
    return this.db.transaction(async (em) => {
      const user = await em
        .getRepository(UserEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('User');
      const before = toUserDto(user);
      const deactivating = 'active' in dto && dto.active === false && user.active;
      // Nobody would be left to undo it if the last admin did this.
      if (deactivating && id === actor.userId)
        throw new ConflictException('You cannot deactivate your own user');
      if ('email' in dto && dto.email !== undefined) await this.assertEmailFree(em, dto.email, id);
      Object.assign(user, dto);
      const saved = await em.getRepository(UserEntity).save(user);
      // Sign-in already refuses inactive users; ending their sessions as well leaves nothing behind.
      if (deactivating) await em.getRepository(SessionEntity).delete({ userId: id });
      await this.audit.record(em, actor, null, {
        action: 'user.update',
        entity: 'user',
        entityId: id,
        before,
        after: toUserDto(saved),
      });
      return toUserDto(saved);
    });
  }

  async assignRole(actor: Actor, userId: string, dto: AssignRoleDto): Promise<RoleAssignmentDto[]> {
    await this.db.transaction(async (em) => {
      await this.getIn(em, userId);
      if (!(await em.getRepository(OrgUnitEntity).existsBy({ id: dto.unitId })))
        throw notFound('Unit');
      const existing = await em
        .getRepository(RoleAssignmentEntity)
        .findOneBy({ userId, role: dto.role, unitId: dto.unitId });
      if (existing)
        throw new ConflictException(`The user already has the role ${dto.role} at that unit`);
      const saved = await em
        .getRepository(RoleAssignmentEntity)
        .save(em.create(RoleAssignmentEntity, { userId, ...dto }));
      await this.audit.record(em, actor, null, {
        action: 'role.assign',
        entity: 'role_assignment',
        entityId: saved.id,
        after: { userId, ...dto },
      });
    });
    return this.roles(userId);
  }

  async removeRole(
    actor: Actor,
    userId: string,
    assignmentId: string,
  ): Promise<RoleAssignmentDto[]> {
    await this.db.transaction(async (em) => {
      const existing = await em
        .getRepository(RoleAssignmentEntity)
        .findOneBy({ id: assignmentId, userId });
      if (!existing) throw notFound('Role assignment');
      await em.getRepository(RoleAssignmentEntity).delete({ id: assignmentId });
      await this.audit.record(em, actor, null, {
        action: 'role.remove',
        entity: 'role_assignment',
        entityId: assignmentId,
        before: { userId, role: existing.role, unitId: existing.unitId },
      });
    });
    return this.roles(userId);
  }

  /** E-mails are unique regardless of case; say so in words rather than with the index's name. */
  private async assertEmailFree(
    em: EntityManager,
    email: string,
    exceptId: string | null,
  ): Promise<void> {
    const query = em
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email });
    if (exceptId) query.andWhere('u.id <> :exceptId', { exceptId });
    if (await query.getExists())
      throw new ConflictException(`A user with e-mail ${email} already exists`);
  }

  private async getIn(em: EntityManager, id: string): Promise<UserEntity> {
    const user = await em.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw notFound('User');
    return user;
  }
}
