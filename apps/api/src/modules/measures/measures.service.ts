import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MeasureDto } from '@tiltak/shared/api-contract';
import { canChangeMeasureStatus, isOpenMeasure } from '@tiltak/shared/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { notFound, staleVersion } from '../../common/errors';
import { AuditService } from '../audit';
import { AreaEntity } from './area.entity';
import { CaseAccessService, type CasePermission, type CaseScope, inCaseDirectory } from '../access';
import { toMeasureDto } from './measure-mappers';
import { UserEntity } from '../users';
import { MeasureDeadlineChangeEntity } from './measure-deadline-change.entity';
import { MeasureEntity } from './measure.entity';
import type {
  CancelMeasureDto,
  CreateMeasureDto,
  DeadlineChangeRequestDto,
  EvaluationRequestDto,
  MeasureStatusDto,
  UpdateMeasureDto,
} from './measures.dto';

/** Measures are changed, moved or cancelled with a reason, never deleted (archive rules). */
@Injectable()
export class MeasuresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, caseId: string): Promise<MeasureDto[]> {
    await this.cases.load(actor, caseId, null);
    const measures = await this.db
      .getRepository(MeasureEntity)
      .find({ where: { caseId }, order: { createdAt: 'ASC' } });
    return this.toDtos(this.db.manager, measures);
  }

  async get(actor: Actor, id: string): Promise<MeasureDto> {
    const measure = await this.db.getRepository(MeasureEntity).findOneBy({ id });
    if (!measure) throw notFound('Measure');
    await this.cases.load(actor, measure.caseId, null).catch((e) => {
      throw e.getStatus?.() === 404 ? notFound('Measure') : e;
    });
    return (await this.toDtos(this.db.manager, [measure]))[0];
  }

  async create(actor: Actor, caseId: string, dto: CreateMeasureDto): Promise<MeasureDto> {
    return this.db.transaction(async (em) => {
      const { scope } = await this.cases.loadForChange(actor, caseId, em);
      await this.checkArea(em, caseId, dto.areaId);
      await this.checkResponsible(em, scope, dto.responsibleUserId);
      const repo = em.getRepository(MeasureEntity);
      const saved = await repo.save(
        repo.create({
          caseId,
          areaId: dto.areaId,
          title: dto.title.trim(),
          description: dto.description ?? null,
          goal: dto.goal ?? null,
          responsibleUserId: dto.responsibleUserId ?? null,
          responsibleRole: dto.responsibleRole ?? null,
          deadline: dto.deadline ?? null,
          deadlineVersion: 1,
          importance: dto.importance ?? null,
          feasibility: dto.feasibility ?? null,
          status: 'planned',
          version: 1,
        }),
      );
      return this.finish(em, actor, scope, 'measure.create', null, saved);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateMeasureDto): Promise<MeasureDto> {
    return this.change(actor, id, dto.version, 'measure.update', async (em, m, caseId, scope) => {
      if (dto.areaId !== undefined) await this.checkArea(em, caseId, dto.areaId);
      // Checked when it changes: an editor saving the whole form keeps a responsible chosen earlier.
      if (dto.responsibleUserId !== undefined && dto.responsibleUserId !== m.responsibleUserId) {
        await this.checkResponsible(em, scope, dto.responsibleUserId);
      }
      if (dto.deadline !== undefined && dto.deadline !== m.deadline) {
        if (m.deadline !== null) {
          throw new ConflictException(
            'deadline: the measure already has a deadline; move it with POST /api/measures/{id}/deadline and a reason',
          );
        }
        m.deadline = dto.deadline;
      }
      const { version: _v, deadline: _d, ...changes } = dto;
      Object.assign(m, changes);
      if (changes.title !== undefined) m.title = changes.title.trim();
    });
  }

  async setStatus(actor: Actor, id: string, dto: MeasureStatusDto): Promise<MeasureDto> {
    return this.change(actor, id, dto.version, 'measure.status', async (_em, m) => {
      if (m.status === dto.status) return;
      if (!canChangeMeasureStatus(m.status, dto.status)) {
        throw new ConflictException(`status: a ${m.status} measure cannot become ${dto.status}`);
      }
      m.status = dto.status;
      m.completedOn = dto.status === 'done' ? (dto.completedOn ?? this.clock.today()) : null;
    });
  }

  async moveDeadline(actor: Actor, id: string, dto: DeadlineChangeRequestDto): Promise<MeasureDto> {
    return this.change(
      actor,
      id,
      dto.version,
      'measure.deadline',
      async (em, m) => {
        if (!isOpenMeasure(m.status)) {
          throw new ConflictException(`deadline: a ${m.status} measure has no deadline to move`);
        }
        if (m.deadline === dto.deadline)
          throw new BadRequestException(`deadline: the deadline is already ${dto.deadline}`);
        await em.getRepository(MeasureDeadlineChangeEntity).insert({
          measureId: m.id,
          fromDeadline: m.deadline,
          toDeadline: dto.deadline,
          reason: dto.reason.trim(),
          changedBy: actor.userId,
        });
        m.deadline = dto.deadline;
        // A new deadline version starts a new escalation ladder; the old one stops.
        m.deadlineVersion += 1;
      },
      { reason: dto.reason },
    );
  }

  async cancel(actor: Actor, id: string, dto: CancelMeasureDto): Promise<MeasureDto> {
    return this.change(
      actor,
      id,
      dto.version,
      'measure.cancel',
      async (_em, m) => {
        if (m.status === 'cancelled')
          throw new ConflictException('The measure is already cancelled');
        m.status = 'cancelled';
        m.cancelReason = dto.reason.trim();
      },
      { reason: dto.reason },
    );
  }

  async evaluate(actor: Actor, id: string, dto: EvaluationRequestDto): Promise<MeasureDto> {
    return this.change(actor, id, dto.version, 'measure.evaluate', async (_em, m) => {
      if (m.status === 'cancelled')
        throw new ConflictException('A cancelled measure is not evaluated');
      m.evalAchieved = dto.achieved;
      m.evalVerdict = dto.verdict;
      m.evalWhatChanged = dto.whatChanged.trim();
      m.evalOn = dto.evaluatedOn ?? this.clock.today();
      m.evalBy = actor.userId;
    });
  }

  /** Lock the case and the measure, check access and version, apply, audit, return the new state. */
  private async change(
    actor: Actor,
    id: string,
    version: number,
    action: string,
    apply: (em: EntityManager, m: MeasureEntity, caseId: string, scope: CaseScope) => Promise<void>,
    extra: Record<string, unknown> = {},
    permission: CasePermission = 'edit',
  ): Promise<MeasureDto> {
    return this.db.transaction(async (em) => {
      const found = await em.getRepository(MeasureEntity).findOneBy({ id });
      if (!found) throw notFound('Measure');
      const { scope } = await this.cases
        .loadForChange(actor, found.caseId, em, permission)
        .catch((e) => {
          throw e.getStatus?.() === 404 ? notFound('Measure') : e;
        });
      const measure = await em
        .getRepository(MeasureEntity)
        .findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (measure.version !== version) throw staleVersion('measure', measure.version);
      const before = (await this.toDtos(em, [measure]))[0];
      await apply(em, measure, measure.caseId, scope);
      measure.version += 1;
      const saved = await em.getRepository(MeasureEntity).save(measure);
      return this.finish(em, actor, scope, action, before, saved, extra);
    });
  }

  private async finish(
    em: EntityManager,
    actor: Actor,
    scope: CaseScope,
    action: string,
    before: MeasureDto | null,
    saved: MeasureEntity,
    extra: Record<string, unknown> = {},
  ): Promise<MeasureDto> {
    const after = (await this.toDtos(em, [saved]))[0];
    await this.audit.record(em, actor, scope, {
      action,
      entity: 'measure',
      entityId: saved.id,
      caseId: saved.caseId,
      before: before && strip(before),
      after: { ...strip(after), ...extra },
    });
    return after;
  }

  private async toDtos(em: EntityManager, measures: MeasureEntity[]): Promise<MeasureDto[]> {
    if (!measures.length) return [];
    const ids = measures.map((m) => m.id);
    const userIds = [
      ...new Set(
        measures.flatMap((m) => [m.responsibleUserId, m.evalBy]).filter((u): u is string => !!u),
      ),
    ];
    const [history, users] = await Promise.all([
      em
        .getRepository(MeasureDeadlineChangeEntity)
        .find({ where: { measureId: In(ids) }, order: { changedAt: 'ASC' } }),
      userIds.length
        ? em.getRepository(UserEntity).findBy({ id: In(userIds) })
        : Promise.resolve([]),
    ]);
    const names = new Map(users.map((u) => [u.id, u.name]));
    const today = this.clock.today();
    return measures.map((m) => toMeasureDto(m, today, names, history));
  }

  private async checkArea(em: EntityManager, caseId: string, areaId: string): Promise<void> {
    if (!(await em.getRepository(AreaEntity).existsBy({ id: areaId, caseId }))) {
      throw new BadRequestException('areaId: no such area in this case');
    }
  }

  /** The responsible must be an active person of the case's directory (its unit subtree, or a role covering it). */
  private async checkResponsible(
    em: EntityManager,
    scope: CaseScope,
    userId: string | null | undefined,
  ): Promise<void> {
    if (!userId) return;
    if (!(await em.getRepository(UserEntity).existsBy({ id: userId, active: true }))) {
      throw new BadRequestException('responsibleUserId: no such active user');
    }
    if (!(await inCaseDirectory(em, scope, userId))) {
      throw new BadRequestException(
        "responsibleUserId: the person must belong to the case's unit (or a unit below it) or hold a role covering it",
      );
    }
  }
}

/** The audit trail keeps the measure's own fields, not derived ones. */
function strip(m: MeasureDto) {
  const { overdue: _o, deadlineHistory: _h, responsibleUserName: _n, ...rest } = m;
  return rest;
}
