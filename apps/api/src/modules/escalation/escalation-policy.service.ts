import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_ESCALATION_POLICY,
  type EscalationPolicy,
  type EscalationStep,
  validatePolicy,
} from '@tiltak/shared/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/errors';
import { lockVersioned } from '../../common/optimistic-lock';
import { AuditService } from '../audit';
import { SurveyRoundEntity } from '../rounds';
import type { UpdateEscalationPolicyDto } from './escalation.dto';
import { policyOf } from './escalation-scan.service';

export interface EscalationPolicyDto {
  roundId: string;
  /** True when the round has no policy of its own and the default ladder applies. */
  isDefault: boolean;
  steps: EscalationStep[];
  /** The round's version, for the next PUT. */
  version: number;
}

const toDto = (r: SurveyRoundEntity): EscalationPolicyDto => {
  const policy = policyOf(r.escalationPolicy);
  return {
    roundId: r.id,
    isDefault: policy === DEFAULT_ESCALATION_POLICY,
    steps: policy.steps,
    version: r.version,
  };
};

@Injectable()
export class EscalationPolicyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(roundId: string): Promise<EscalationPolicyDto> {
    const round = await this.db.getRepository(SurveyRoundEntity).findOneBy({ id: roundId });
    if (!round) throw notFound('Round');
    return toDto(round);
  }

  async update(
    actor: Actor,
    roundId: string,
    dto: UpdateEscalationPolicyDto,
  ): Promise<EscalationPolicyDto> {
    const policy = parsePolicy(dto.steps);
    return this.db.transaction(async (em) => {
      const round = await lockVersioned(em, SurveyRoundEntity, roundId, dto.version, 'round');
      const before = toDto({ ...round, version: round.version - 1 });
      round.escalationPolicy = policy;
      const saved = await em.getRepository(SurveyRoundEntity).save(round);
      const after = toDto(saved);
      await this.audit.record(em, actor, null, {
        action: 'round.escalation_policy',
        entity: 'survey_round',
        entityId: roundId,
        before,
        after,
      });
      return after;
    });
  }
}

/** Only the four known fields of each step are kept; every problem is named in the 400. */
function parsePolicy(steps: unknown[]): EscalationPolicy {
  const details: { field: string; problem: string }[] = [];
  const clean = steps.map((raw, i) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      details.push({
        field: `steps[${i}]`,
        problem: 'must be an object { key, offsetDays, dayKind, recipient }',
      });
      return null;
    }
    const extra = Object.keys(raw).filter(
      (k) => !['key', 'offsetDays', 'dayKind', 'recipient'].includes(k),
    );
    for (const k of extra)
      details.push({
        field: `steps[${i}].${k}`,
        problem: 'is not a step field',
      });
    const { key, offsetDays, dayKind, recipient } = raw as EscalationStep;
    return { key, offsetDays, dayKind, recipient };
  });
  if (!details.length) {
    for (const p of validatePolicy({ steps: clean as EscalationStep[] }))
      details.push({ field: p.path, problem: p.message });
  }
  if (details.length) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: details.map((d) => `${d.field}: ${d.problem}`).join('; '),
      details,
    });
  }
  return { steps: clean as EscalationStep[] };
}
