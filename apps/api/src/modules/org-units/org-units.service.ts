import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrgUnitDto } from '@tiltak/shared/api-contract';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/errors';
import { AuditService } from '../audit';
import { OrgUnitEntity } from './org-unit.entity';
import type { CreateOrgUnitDto, UpdateOrgUnitDto } from './org-units.dto';

export const toOrgUnitDto = (u: OrgUnitEntity): OrgUnitDto => ({
  id: u.id,
  code: u.code,
  parentId: u.parentId,
  kind: u.kind,
  nameNb: u.nameNb,
  nameEn: u.nameEn,
  leaderId: u.leaderId,
  active: u.active,
});

@Injectable()
export class OrgUnitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<OrgUnitDto[]> {
    const units = await this.db.getRepository(OrgUnitEntity).find({ order: { code: 'ASC' } });
    return units.map(toOrgUnitDto);
  }

  async get(id: string): Promise<OrgUnitEntity> {
    const unit = await this.db.getRepository(OrgUnitEntity).findOneBy({ id });
    if (!unit) throw notFound('Unit');
    return unit;
  }

  async create(actor: Actor, dto: CreateOrgUnitDto): Promise<OrgUnitDto> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(OrgUnitEntity);
      if (await repo.existsBy({ code: dto.code }))
        throw new ConflictException(`A unit with code ${dto.code} already exists`);
      let path: string[] = [];
      if (dto.parentId) {
        const parent = await repo.findOneBy({ id: dto.parentId });
        if (!parent) throw new BadRequestException('parentId: no such unit');
        path = parent.path;
      } else if (dto.kind !== 'institution') {
        throw new BadRequestException('parentId: only an institution may have no parent');
      }
      await this.checkLeader(em, dto.leaderId);
      const unit = repo.create({
        ...dto,
        parentId: dto.parentId ?? null,
        leaderId: dto.leaderId ?? null,
        active: true,
        path: [],
      });
      const saved = await repo.save(unit);
      saved.path = [...path, saved.id];
      await repo.update(saved.id, { path: saved.path });
      await this.audit.record(em, actor, null, {
        action: 'org_unit.create',
        entity: 'org_unit',
        entityId: saved.id,
        after: toOrgUnitDto(saved),
      });
      return toOrgUnitDto(saved);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateOrgUnitDto): Promise<OrgUnitDto> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(OrgUnitEntity);
      const unit = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!unit) throw notFound('Unit');
      await this.checkLeader(em, dto.leaderId);
      const before = toOrgUnitDto(unit);
      Object.assign(unit, dto);
      const saved = await repo.save(unit);
      await this.audit.record(em, actor, null, {
        action: 'org_unit.update',
        entity: 'org_unit',
        entityId: id,
        before,
        after: toOrgUnitDto(saved),
      });
      return toOrgUnitDto(saved);
    });
  }

  private async checkLeader(em: EntityManager, leaderId: string | null | undefined): Promise<void> {
    // A plain query: the users folder depends on this one (docs/architecture.md), not the other way round.
    if (leaderId && !(await em.query('SELECT 1 FROM app_user WHERE id = $1', [leaderId])).length) {
      throw new BadRequestException('leaderId: no such user');
    }
  }
}
