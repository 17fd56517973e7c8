import type { AreaDto, CaseDetailDto, MeasureDto } from '@tiltak/shared/api-contract';
import {
  type GuardProblem,
  type GuardProblemCode,
  checkTransition,
  isInPlan,
} from '@tiltak/shared/domain';

/** The deck's action-plan columns that must be filled before the plan counts as registered. */
export type PlanField = 'goal' | 'responsible' | 'deadline';

export interface PlanRow {
  area: AreaDto;
  measure: MeasureDto;
  missing: PlanField[];
}

export interface PlanValidation {
  rows: PlanRow[];
  /** Selected areas that have no measure yet. */
  areasWithoutMeasures: AreaDto[];
  problems: GuardProblem[];
  complete: boolean;
}

const FIELD_OF: Partial<Record<GuardProblemCode, PlanField>> = {
  goal_missing: 'goal',
  responsible_missing: 'responsible',
  deadline_missing: 'deadline',
};

/**
 * Checks the action plan with the shared guard for "measures planned", so the web says exactly
 * what the API would refuse. The guard only runs from the preceding state, so the snapshot is
 * taken as if the case stood there.
 */
export function validatePlan(
  detail: Pick<CaseDetailDto, 'areas' | 'measures' | 'workshopDate'>,
): PlanValidation {
  const check = checkTransition(
    {
      state: 'areas_chosen',
      workshopDate: detail.workshopDate,
      areas: detail.areas,
      measures: detail.measures.map((m) => ({ ...m, hasEvaluation: m.evaluation !== null })),
    },
    'measures_planned',
    { roles: ['leader'] },
  );
  const problems = check.allowed ? [] : check.missing;
  const selected = detail.areas.filter((a) => a.selected);
  const rows: PlanRow[] = [];
  for (const area of [...selected].sort(byRank)) {
    for (const measure of detail.measures.filter(
      (m) => m.areaId === area.id && isInPlan(m.status),
    )) {
      const missing = problems
        .filter((p) => p.entityId === measure.id)
        .map((p) => FIELD_OF[p.code])
        .filter((f): f is PlanField => f !== undefined);
      rows.push({ area, measure, missing });
    }
  }
  const areasWithoutMeasures = selected.filter((a) =>
    problems.some((p) => p.code === 'area_without_measures' && p.entityId === a.id),
  );
  return {
    rows,
    areasWithoutMeasures,
    problems,
    complete: problems.length === 0 && selected.length > 0,
  };
}

function byRank(a: AreaDto, b: AreaDto): number {
  return (
    (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
    a.title.localeCompare(b.title, 'nb')
  );
}
