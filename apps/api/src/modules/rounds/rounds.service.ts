import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RoundDto } from '@tiltak/shared/api-contract';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/errors';
import { lockVersioned } from '../../common/optimistic-lock';
import { AuditService } from '../audit';
import { UnitResultEntity } from '../results';
import type { CreateRoundDto, UpdateRoundDto } from './rounds.dto';
import { SurveyRoundEntity } from './survey-round.entity';

export const toRoundDto = (r: SurveyRoundEntity): RoundDto => ({
  id: r.id,
  name: r.name,
  year: r.year,
  invitedCount: r.invitedCount,
  invitedDate: r.invitedDate,
  responses: r.responses,
  anonymityThreshold: r.anonymityThreshold,
  followUpMeetingBy: r.followUpMeetingBy,
  planRegisteredBy: r.planRegisteredBy,
  evaluationBy: r.evaluationBy,
  version: r.version,
});

function checkPhaseOrder(
  r: Pick<RoundDto, 'followUpMeetingBy' | 'planRegisteredBy' | 'evaluationBy'>,
): void {
  const order = [
    ['followUpMeetingBy', r.followUpMeetingBy],
    ['planRegisteredBy', r.planRegisteredBy],
    ['evaluationBy', r.evaluationBy],
  ].filter((e): e is [string, string] => !!e[1]);
  for (let i = 1; i < order.length; i++) {
    if (order[i][1] < order[i - 1][1]) {
      throw new BadRequestException(
        `${order[i][0]}: must not be before ${order[i - 1][0]} (${order[i - 1][1]})`,
      );
    }
  }
}

@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<RoundDto[]> {
    return (await this.db.getRepository(SurveyRoundEntity).find({ order: { year: 'DESC' } })).map(
      toRoundDto,
    );
  }

  async get(id: string): Promise<RoundDto> {
    const round = await this.db.getRepository(SurveyRoundEntity).findOneBy({ id });
    if (!round) throw notFound('Round');
    return toRoundDto(round);
  }

  async create(actor: Actor, dto: CreateRoundDto): Promise<RoundDto> {
    checkPhaseOrder({
      followUpMeetingBy: dto.followUpMeetingBy ?? null,
      planRegisteredBy: dto.planRegisteredBy ?? null,
      evaluationBy: dto.evaluationBy ?? null,
    });
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(SurveyRoundEntity);
      if (await repo.existsBy({ year: dto.year }))
        throw new ConflictException(`A round for ${dto.year} already exists`);
      const saved = await repo.save(
        repo.create({ anonymityThreshold: 5, sectorBenchmark: {}, version: 1, ...dto }),
      );
      await this.audit.record(em, actor, null, {
        action: 'round.create',
        entity: 'survey_round',
        entityId: saved.id,
        after: toRoundDto(saved),
      });
      return toRoundDto(saved);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateRoundDto): Promise<RoundDto> {
    return this.db.transaction(async (em) => {
      const round = await lockVersioned(em, SurveyRoundEntity, id, dto.version, 'round');
      const before = toRoundDto({ ...round, version: round.version - 1 });
      const { version: _ignored, ...changes } = dto;
      if (
        changes.anonymityThreshold !== undefined &&
        changes.anonymityThreshold < round.anonymityThreshold
      ) {
        const hasResults = await em.getRepository(UnitResultEntity).existsBy({ roundId: id });
        if (hasResults) {
          throw new ConflictException(
            `anonymityThreshold: cannot be lowered from ${round.anonymityThreshold} once results exist (it would reveal small groups)`,
          );
        }
      }
      Object.assign(round, changes);
      checkPhaseOrder(round);
      const saved = await em.getRepository(SurveyRoundEntity).save(round);
      await this.audit.record(em, actor, null, {
        action: 'round.update',
        entity: 'survey_round',
        entityId: id,
        before,
        after: toRoundDto(saved),
      });
      return toRoundDto(saved);
    });
  }
}
