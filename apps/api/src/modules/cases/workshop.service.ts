import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AreaDto,
  AreaKindValue,
  PlenaryItemDto,
  WorkshopGroupDto,
} from '@tiltak/shared/api-contract';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/errors';
import { lockVersioned } from '../../common/optimistic-lock';
import { AuditService } from '../audit';
import { AreaEntity } from '../measures';
import { CaseAccessService } from '../access';
import { toAreaDto, toGroupDto } from './case-mappers';
import type { CreateAreaDto, CreateGroupDto, UpdateAreaDto, UpdateGroupDto } from './cases.dto';
import { WorkshopGroupEntity } from './workshop-group.entity';

/** Titles that differ only in case and spacing are the same area in the plenary. */
export const areaKey = (kind: string, title: string) =>
  `${kind}:${title.trim().replace(/\s+/g, ' ').toLowerCase()}`;

/** Group work and the plenary: groups propose up to four areas, the unit selects its areas. */
@Injectable()
export class WorkshopService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async groups(actor: Actor, caseId: string): Promise<WorkshopGroupDto[]> {
    await this.cases.load(actor, caseId, null);
    const groups = await this.db
      .getRepository(WorkshopGroupEntity)
      .find({ where: { caseId }, order: { createdAt: 'ASC' } });
    return groups.map(toGroupDto);
  }

  async createGroup(actor: Actor, caseId: string, dto: CreateGroupDto): Promise<WorkshopGroupDto> {
    return this.db.transaction(async (em) => {
      const { scope } = await this.cases.loadForChange(actor, caseId, em);
      const repo = em.getRepository(WorkshopGroupEntity);
      if (await repo.existsBy({ caseId, name: dto.name }))
        throw new ConflictException(`name: a group called "${dto.name}" already exists`);
      const saved = await repo.save(
        repo.create({ caseId, name: dto.name, proposals: dto.proposals.map(plain), version: 1 }),
      );
      await this.audit.record(em, actor, scope, {
        action: 'group.create',
        entity: 'workshop_group',
        entityId: saved.id,
        caseId,
        after: toGroupDto(saved),
      });
      return toGroupDto(saved);
    });
  }

  async updateGroup(
    actor: Actor,
    caseId: string,
    groupId: string,
    dto: UpdateGroupDto,
  ): Promise<WorkshopGroupDto> {
    return this.db.transaction(async (em) => {
      const { scope } = await this.cases.loadForChange(actor, caseId, em);
      const group = await lockVersioned(em, WorkshopGroupEntity, groupId, dto.version, 'group');
      if (group.caseId !== caseId) throw notFound('Group');
      const before = toGroupDto({ ...group, version: group.version - 1 });
      if (dto.name !== undefined) group.name = dto.name;
      if (dto.proposals !== undefined) group.proposals = dto.proposals.map(plain);
      const saved = await em.getRepository(WorkshopGroupEntity).save(group);
      await this.audit.record(em, actor, scope, {
        action: 'group.update',
        entity: 'workshop_group',
        entityId: groupId,
        caseId,
        before,
        after: toGroupDto(saved),
      });
      return toGroupDto(saved);
    });
  }

  /** The groups' proposals merged: how many groups chose each area, and which area it became. */
  async plenary(actor: Actor, caseId: string): Promise<PlenaryItemDto[]> {
    await this.cases.load(actor, caseId, null);
    const [groups, areas] = await Promise.all([
      this.db
        .getRepository(WorkshopGroupEntity)
        .find({ where: { caseId }, order: { createdAt: 'ASC' } }),
      this.db.getRepository(AreaEntity).findBy({ caseId }),
    ]);
    const areaByKey = new Map(areas.map((a) => [areaKey(a.kind, a.title), a.id]));
    const items = new Map<string, PlenaryItemDto>();
    for (const group of groups) {
      for (const p of group.proposals) {
        const key = areaKey(p.kind, p.title);
        const item = items.get(key) ?? {
          kind: p.kind,
          title: p.title.trim(),
          indexCodes: [],
          groups: 0,
          groupNames: [],
          areaId: areaByKey.get(key) ?? null,
        };
        if (!item.groupNames.includes(group.name)) {
          item.groups += 1;
          item.groupNames.push(group.name);
        }
        item.indexCodes = [...new Set([...(item.indexCodes ?? []), ...(p.indexCodes ?? [])])];
        items.set(key, item);
      }
    }
    return [...items.values()].sort(
      (a, b) => b.groups - a.groups || a.title.localeCompare(b.title, 'nb'),
    );
  }

  async areas(actor: Actor, caseId: string): Promise<AreaDto[]> {
    await this.cases.load(actor, caseId, null);
    const areas = await this.db
      .getRepository(AreaEntity)
      .find({ where: { caseId }, order: { selected: 'DESC', rank: 'ASC', createdAt: 'ASC' } });
    return areas.map(toAreaDto);
  }

  async createArea(actor: Actor, caseId: string, dto: CreateAreaDto): Promise<AreaDto> {
    return this.db.transaction(async (em) => {
      const { scope } = await this.cases.loadForChange(actor, caseId, em);
      const repo = em.getRepository(AreaEntity);
      const duplicate = (await repo.findBy({ caseId })).find(
        (a) => areaKey(a.kind, a.title) === areaKey(dto.kind, dto.title),
      );
      if (duplicate)
        throw new ConflictException(`title: the case already has the area "${duplicate.title}"`);
      const saved = await repo.save(
        repo.create({
          caseId,
          kind: dto.kind,
          title: dto.title.trim(),
          description: dto.description ?? null,
          indexCodes: dto.indexCodes ?? [],
          selected: dto.selected ?? false,
          rank: dto.rank ?? null,
          votes: dto.votes ?? 0,
          version: 1,
        }),
      );
      await this.audit.record(em, actor, scope, {
        action: 'area.create',
        entity: 'area',
        entityId: saved.id,
        caseId,
        after: toAreaDto(saved),
      });
      return toAreaDto(saved);
    });
  }

  async updateArea(
    actor: Actor,
    caseId: string,
    areaId: string,
    dto: UpdateAreaDto,
  ): Promise<AreaDto> {
    return this.db.transaction(async (em) => {
      const { scope } = await this.cases.loadForChange(actor, caseId, em);
      const area = await lockVersioned(em, AreaEntity, areaId, dto.version, 'area');
      if (area.caseId !== caseId) throw notFound('Area');
      const before = toAreaDto({ ...area, version: area.version - 1 });
      const { version: _v, ...changes } = dto;
      Object.assign(area, changes);
      if (changes.title !== undefined) area.title = changes.title.trim();
      const saved = await em.getRepository(AreaEntity).save(area);
      await this.audit.record(em, actor, scope, {
        action: 'area.update',
        entity: 'area',
        entityId: areaId,
        caseId,
        before,
        after: toAreaDto(saved),
      });
      return toAreaDto(saved);
    });
  }
}

/** class-validator instances into plain JSON for the jsonb column. */
const plain = (p: { kind: AreaKindValue; title: string; indexCodes?: string[] }) => ({
  kind: p.kind,
  title: p.title.trim(),
  indexCodes: p.indexCodes ?? [],
});
