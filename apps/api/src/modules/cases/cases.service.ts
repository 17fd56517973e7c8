import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseDetailDto, CaseSummaryDto, Page } from '@tiltak/shared/api-contract';
import {
  availableTransitions,
  type CaseSnapshot,
  checkTransition,
  currentPhase,
  inPlanMeasureSql,
  isCaseOpen,
  openMeasureSql,
  type Role,
} from '@tiltak/shared/domain';
import { In, type DataSource } from 'typeorm';
import { type Actor, isAdmin } from '../../common/actor';
import { Clock } from '../../common/clock';
import { notFound } from '../../common/errors';
import { AuditService } from '../audit';
import { ConfirmationEntity } from '../comments';
import { AreaEntity, MeasureDeadlineChangeEntity, MeasureEntity, toMeasureDto } from '../measures';
import { OrgUnitEntity } from '../org-units';
import { SurveyRoundEntity } from '../rounds';
import { UserEntity } from '../users';
import {
  access,
  CaseAccessService,
  CaseEntity,
  type CaseScope,
  caseReadScope,
  inScopeSql,
} from '../access';
import { toAreaDto, toGroupDto } from './case-mappers';
import type { CreateCaseDto, ListCasesQuery, TransitionDto, UpdateWorkshopDto } from './cases.dto';
import { WorkshopGroupEntity } from './workshop-group.entity';

/** A row of summarySelect: the summary's own fields, plus what nextDeadline is derived from. */
interface SummaryRow extends Omit<CaseSummaryDto, 'nextDeadline' | 'updatedAt'> {
  updatedAt: Date;
  followUpMeetingBy: string | null;
  planRegisteredBy: string | null;
  evaluationBy: string | null;
  nextMeasureDeadline: string | null;
}

const summarySelect = (today: string) => `
  SELECT c.id, c.round_id AS "roundId", r.name AS "roundName", r.year AS "roundYear",
         c.unit_id AS "unitId", o.code AS "unitCode", o.name_nb AS "unitNameNb", o.name_en AS "unitNameEn",
         c.state, c.version, to_char(c.workshop_date, 'YYYY-MM-DD') AS "workshopDate", c.updated_at AS "updatedAt",
         to_char(r.follow_up_meeting_by, 'YYYY-MM-DD') AS "followUpMeetingBy",
         to_char(r.plan_registered_by, 'YYYY-MM-DD') AS "planRegisteredBy",
         to_char(r.evaluation_by, 'YYYY-MM-DD') AS "evaluationBy",
         m.total AS "measuresTotal", m.done AS "measuresDone", m.overdue AS "measuresOverdue",
         to_char(m.next_deadline, 'YYYY-MM-DD') AS "nextMeasureDeadline"
    FROM follow_up_case c
    JOIN org_unit o ON o.id = c.unit_id
    JOIN survey_round r ON r.id = c.round_id
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE ${inPlanMeasureSql('status')})::int AS total,
             count(*) FILTER (WHERE status = 'done')::int AS done,
             count(*) FILTER (WHERE ${openMeasureSql('status')} AND deadline < ${today}::date)::int AS overdue,
             min(deadline) FILTER (WHERE ${openMeasureSql('status')}) AS next_deadline
        FROM measure WHERE case_id = c.id
    ) m`;

/** The deadline that matters next: the round's phase deadline for the current state, or a measure's. */
function nextDeadline(row: SummaryRow): string | null {
  const phase = currentPhase(row.state);
  if (phase === null) return null;
  const phaseDeadline = {
    followUpMeeting: row.followUpMeetingBy,
    planRegistered: row.planRegisteredBy,
    evaluation: row.evaluationBy,
  }[phase];
  // The measures are carried out while the case awaits its evaluation: their deadlines compete with it.
  const deadlines =
    phase === 'evaluation' ? [phaseDeadline, row.nextMeasureDeadline] : [phaseDeadline];
  return deadlines.filter((d): d is string => !!d).sort()[0] ?? null;
}

const toSummary = (row: SummaryRow): CaseSummaryDto => ({
  id: row.id,
  roundId: row.roundId,
  roundName: row.roundName,
  roundYear: row.roundYear,
  unitId: row.unitId,
  unitCode: row.unitCode,
  unitNameNb: row.unitNameNb,
  unitNameEn: row.unitNameEn,
  state: row.state,
  version: row.version,
  workshopDate: row.workshopDate,
  measuresTotal: row.measuresTotal,
  measuresDone: row.measuresDone,
  measuresOverdue: row.measuresOverdue,
  nextDeadline: nextDeadline(row),
  updatedAt: new Date(row.updatedAt).toISOString(),
});

/** The roles the shared transition table should see for this actor on this case. */
function transitionRoles(actor: Actor, scope: CaseScope): Role[] {
  const roles: Role[] = [];
  if (access.edit(actor, scope)) roles.push(isAdmin(actor) ? 'admin' : 'leader');
  if (access.close(actor, scope)) roles.push(isAdmin(actor) ? 'admin' : 'hr');
  return roles;
}

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, q: ListCasesQuery): Promise<Page<CaseSummaryDto>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (v: unknown) => `$${params.push(v)}`;
    const readable = caseReadScope(actor);
    if (readable) where.push(inScopeSql('o.path', param(readable)));
    if (q.roundId) where.push(`c.round_id = ${param(q.roundId)}`);
    if (q.unitId)
      where.push(
        q.subtree
          ? `o.path @> ARRAY[${param(q.unitId)}]::uuid[]`
          : `c.unit_id = ${param(q.unitId)}`,
      );
    if (q.state) where.push(`c.state = ${param(q.state)}`);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.db.query(
      `SELECT count(*)::int AS total FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id ${filter}`,
      [...params],
    );
    const today = param(this.clock.today());
    const rows: SummaryRow[] = await this.db.query(
      `${summarySelect(today)} ${filter} ORDER BY r.year DESC, o.code, c.id LIMIT ${param(q.pageSize)} OFFSET ${param((q.page - 1) * q.pageSize)}`,
      params,
    );
    return { items: rows.map(toSummary), total, page: q.page, pageSize: q.pageSize };
  }

  async create(actor: Actor, dto: CreateCaseDto): Promise<CaseDetailDto> {
    const id = await this.db.transaction(async (em) => {
      if (!(await em.getRepository(SurveyRoundEntity).existsBy({ id: dto.roundId })))
        throw notFound('Round');
      if (!(await em.getRepository(OrgUnitEntity).existsBy({ id: dto.unitId })))
        throw notFound('Unit');
      if (
        await em.getRepository(CaseEntity).existsBy({ roundId: dto.roundId, unitId: dto.unitId })
      ) {
        throw new ConflictException('The unit already has a case in this round');
      }
      const saved = await em
        .getRepository(CaseEntity)
        .save(em.create(CaseEntity, { ...dto, state: 'results_published', version: 1 }));
      await this.audit.record(em, actor, null, {
        action: 'case.create',
        entity: 'case',
        entityId: saved.id,
        caseId: saved.id,
        after: dto,
      });
      return saved.id;
    });
    return this.detail(actor, id);
  }

  async detail(actor: Actor, caseId: string): Promise<CaseDetailDto> {
    const { entity, scope } = await this.cases.load(actor, caseId, null);
    const em = this.db.manager;
    const [[summary], areas, measures, groups, confirmations] = await Promise.all([
      em.query(`${summarySelect('$1')} WHERE c.id = $2`, [this.clock.today(), caseId]) as Promise<
        SummaryRow[]
      >,
      em
        .getRepository(AreaEntity)
        .find({ where: { caseId }, order: { selected: 'DESC', rank: 'ASC', createdAt: 'ASC' } }),
      em.getRepository(MeasureEntity).find({ where: { caseId }, order: { createdAt: 'ASC' } }),
      em
        .getRepository(WorkshopGroupEntity)
        .find({ where: { caseId }, order: { createdAt: 'ASC' } }),
      access.readInternal(actor, scope)
        ? em
            .getRepository(ConfirmationEntity)
            .find({ where: { caseId }, order: { createdAt: 'ASC' } })
        : Promise.resolve([]),
    ]);
    const history = measures.length
      ? await em.getRepository(MeasureDeadlineChangeEntity).find({
          where: { measureId: In(measures.map((m) => m.id)) },
          order: { changedAt: 'ASC' },
        })
      : [];
    const userIds = new Set<string>(
      [
        ...measures.flatMap((m) => [m.responsibleUserId, m.evalBy]),
        ...confirmations.map((c) => c.userId),
      ].filter((id): id is string => !!id),
    );
    const names = new Map(
      (userIds.size ? await em.getRepository(UserEntity).findBy({ id: In([...userIds]) }) : []).map(
        (u) => [u.id, u.name],
      ),
    );
    const today = this.clock.today();
    const roles = transitionRoles(actor, scope);
    return {
      ...toSummary(summary),
      workshop: {
        date: entity.workshopDate,
        participants: entity.workshopParticipants,
        facilitator: entity.workshopFacilitator,
        notes: entity.workshopNotes,
      },
      phaseDeadlines: {
        followUpMeetingBy: summary.followUpMeetingBy,
        planRegisteredBy: summary.planRegisteredBy,
        evaluationBy: summary.evaluationBy,
      },
      areas: areas.map(toAreaDto),
      measures: measures.map((m) => toMeasureDto(m, today, names, history)),
      groups: groups.map(toGroupDto),
      confirmations: confirmations.map((c) => ({
        id: c.id,
        caseId: c.caseId,
        phase: c.phase,
        userId: c.userId,
        userName: names.get(c.userId) ?? '',
        note: c.note,
        createdAt: c.createdAt.toISOString(),
      })),
      permissions: {
        edit: access.edit(actor, scope) && isCaseOpen(entity.state),
        comment: access.comment(actor, scope),
        confirm: access.confirm(actor, scope),
        close: access.close(actor, scope),
      },
      transitions: roles.length
        ? availableTransitions(snapshotOf(entity, areas, measures), { roles }).map((t) => ({
            to: t.to,
            direction: t.direction,
            ready: t.guardPasses,
            message: t.message,
          }))
        : [],
    };
  }

  async updateWorkshop(
    actor: Actor,
    caseId: string,
    dto: UpdateWorkshopDto,
  ): Promise<CaseDetailDto> {
    await this.db.transaction(async (em) => {
      const { entity, scope } = await this.cases.loadForChange(actor, caseId, em);
      this.checkVersion(entity, dto.version);
      const before = workshopOf(entity);
      if (dto.date !== undefined) entity.workshopDate = dto.date;
      if (dto.participants !== undefined) entity.workshopParticipants = dto.participants;
      if (dto.facilitator !== undefined) entity.workshopFacilitator = dto.facilitator;
      if (dto.notes !== undefined) entity.workshopNotes = dto.notes;
      entity.version += 1;
      await em.getRepository(CaseEntity).save(entity);
      await this.audit.record(em, actor, scope, {
        action: 'case.workshop',
        entity: 'case',
        entityId: caseId,
        caseId,
        before,
        after: workshopOf(entity),
      });
    });
    return this.detail(actor, caseId);
  }

  async transition(actor: Actor, caseId: string, dto: TransitionDto): Promise<CaseDetailDto> {
    await this.db.transaction(async (em) => {
      const { entity, scope } = await this.cases.load(actor, caseId, null, { em, lock: true });
      const roles = transitionRoles(actor, scope);
      if (!roles.length) throw this.cases.forbiddenFor('edit');
      this.checkVersion(entity, dto.version);
      const [areas, measures] = await Promise.all([
        em.getRepository(AreaEntity).findBy({ caseId }),
        em.getRepository(MeasureEntity).findBy({ caseId }),
      ]);
      const check = checkTransition(
        snapshotOf(entity, areas, measures),
        dto.to,
        { roles },
        dto.reason,
      );
      if (!check.allowed) {
        if (check.kind === 'forbidden')
          throw this.cases.forbiddenFor(
            dto.to === 'closed' || entity.state === 'closed' ? 'close' : 'edit',
          );
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: check.message,
          missing: check.missing,
        });
      }
      const from = entity.state;
      entity.state = dto.to;
      entity.stateChangedAt = this.clock.now();
      entity.version += 1;
      await em.getRepository(CaseEntity).save(entity);
      await this.audit.record(em, actor, scope, {
        action: 'case.transition',
        entity: 'case',
        entityId: caseId,
        caseId,
        before: { state: from },
        after: { state: dto.to, reason: dto.reason ?? null },
      });
    });
    return this.detail(actor, caseId);
  }

  private checkVersion(entity: CaseEntity, version: number): void {
    if (entity.version !== version) throw this.cases.stale(entity.version);
  }
}

function workshopOf(c: CaseEntity) {
  return {
    date: c.workshopDate,
    participants: c.workshopParticipants,
    facilitator: c.workshopFacilitator,
    notes: c.workshopNotes,
  };
}

export function snapshotOf(
  c: CaseEntity,
  areas: AreaEntity[],
  measures: MeasureEntity[],
): CaseSnapshot {
  return {
    state: c.state,
    workshopDate: c.workshopDate,
    areas: areas.map((a) => ({ id: a.id, title: a.title, selected: a.selected })),
    measures: measures.map((m) => ({
      id: m.id,
      areaId: m.areaId,
      title: m.title,
      goal: m.goal,
      responsibleUserId: m.responsibleUserId,
      responsibleRole: m.responsibleRole,
      deadline: m.deadline,
      status: m.status,
      hasEvaluation: m.evalAchieved !== null,
    })),
  };
}
