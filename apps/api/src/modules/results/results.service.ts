import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseResultsDto, UnitResultDto } from '@tiltak/shared/api-contract';
import { INDICES } from '@tiltak/shared/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { CaseAccessService } from '../cases/case-access.service';
import { SurveyRoundEntity } from '../rounds/survey-round.entity';
import type { UnitResultEntity } from './unit-result.entity';

/**
 * A unit with fewer respondents than the round's threshold shows no values at all: no indices,
 * working hours or appraisal figures, only that it was suppressed.
 */
export function toUnitResultDto(r: UnitResultEntity, threshold: number): UnitResultDto {
  const suppressed = r.respondents < threshold;
  return {
    roundId: r.roundId,
    unitId: r.unitId,
    invited: r.invited,
    respondents: r.respondents,
    responseRate: r.invited > 0 ? Math.round((1000 * r.respondents) / r.invited) / 10 : null,
    suppressed,
    indices: suppressed
      ? []
      : INDICES.filter((i) => r.indices[i.code]).map((i) => ({ code: i.code, ...r.indices[i.code] })),
    workingHours: suppressed ? null : r.workingHours,
    appraisalYesPct: suppressed || r.appraisalYesPct === null ? null : Number(r.appraisalYesPct),
    appraisalUsefulness: suppressed || r.appraisalUsefulness === null ? null : Number(r.appraisalUsefulness),
  };
}

@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseAccessService,
  ) {}

  async forCase(actor: Actor, caseId: string): Promise<CaseResultsDto> {
    const { entity } = await this.cases.load(actor, caseId, null);
    const round = await this.db.getRepository(SurveyRoundEntity).findOneByOrFail({ id: entity.roundId });
    const rows: (UnitResultEntity & { roundYear: number; threshold: number })[] = await this.db.query(
      `SELECT ur.round_id AS "roundId", ur.unit_id AS "unitId", ur.invited, ur.respondents, ur.indices,
              ur.working_hours AS "workingHours", ur.appraisal_yes_pct AS "appraisalYesPct",
              ur.appraisal_usefulness AS "appraisalUsefulness", r.year AS "roundYear", r.anonymity_threshold AS threshold
         FROM unit_result ur JOIN survey_round r ON r.id = ur.round_id
        WHERE ur.unit_id = $1 AND r.year <= $2 ORDER BY r.year`,
      [entity.unitId, round.year],
    );
    const current = rows.find((r) => r.roundId === round.id);
    return {
      current: current ? toUnitResultDto(current, current.threshold) : null,
      previous: rows.filter((r) => r.roundId !== round.id).map((r) => ({ ...toUnitResultDto(r, r.threshold), roundYear: r.roundYear })),
      sector: round.sectorBenchmark,
    };
  }
}
