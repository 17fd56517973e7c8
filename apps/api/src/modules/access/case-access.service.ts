import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isCaseOpen } from '@tiltak/shared/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { access, type CaseScope } from './scopes';
import { forbidden, notFound, staleVersion } from '../../common/errors';
import { CaseEntity } from './case.entity';

export type CasePermission = Exclude<keyof typeof access, 'read'>;

const WHAT: Record<CasePermission, string> = {
  readInternal: "read this case's comments and history",
  edit: 'change this case',
  comment: 'comment on this case',
  confirm: 'confirm participation in this case',
  close: 'close or reopen this case',
};

export interface LoadedCase {
  entity: CaseEntity;
  scope: CaseScope;
}

/**
 * Loads a case with its unit's place in the tree and applies the object-level rules: a case the actor
 * may not read is a 404 (its existence is not revealed); a readable case without the permission is a 403.
 */
@Injectable()
export class CaseAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(
    actor: Actor,
    caseId: string,
    permission: CasePermission | null,
    opts: { em?: EntityManager; lock?: boolean } = {},
  ): Promise<LoadedCase> {
    const em = opts.em ?? this.db.manager;
    const qb = em
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .where('c.id = :caseId', { caseId });
    if (opts.lock) qb.setLock('pessimistic_write');
    const entity = await qb.getOne();
    const unitPath: string[] | undefined = entity
      ? (await em.query('SELECT path FROM org_unit WHERE id = $1', [entity.unitId]))[0]?.path
      : undefined;
    if (!entity || !unitPath) throw notFound('Case');
    const scope: CaseScope = { unitId: entity.unitId, unitPath };
    if (!access.read(actor, scope)) throw notFound('Case');
    if (permission && !access[permission](actor, scope)) throw forbidden(WHAT[permission]);
    return { entity, scope };
  }

  forbiddenFor(permission: CasePermission) {
    return forbidden(WHAT[permission]);
  }

  stale(current: number) {
    return staleVersion('case', current);
  }

  /** For writes to a case's plan: lock the case row, check permission, refuse a closed case. */
  async loadForChange(
    actor: Actor,
    caseId: string,
    em: EntityManager,
    permission: CasePermission = 'edit',
  ): Promise<LoadedCase> {
    const loaded = await this.load(actor, caseId, permission, { em, lock: true });
    if (!isCaseOpen(loaded.entity.state)) {
      throw new ConflictException('The case is closed: reopen it before changing it');
    }
    return loaded;
  }
}
