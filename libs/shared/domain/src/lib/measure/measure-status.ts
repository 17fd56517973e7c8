import { sqlList } from '../sql/sql-list';

// "Overdue" is not a status: it is derived from the deadline (isOverdue) and never stored.
export const MEASURE_STATUSES = [
  'planned',
  'in_progress',
  'done',
  'postponed',
  'cancelled',
] as const;

export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Cancelled is final because plans are archived, never deleted; a done measure may be reopened. */
export const MEASURE_STATUS_TRANSITIONS = {
  planned: ['in_progress', 'done', 'postponed', 'cancelled'],
  in_progress: ['done', 'postponed', 'cancelled'],
  postponed: ['planned', 'in_progress', 'done', 'cancelled'],
  done: ['in_progress'],
  cancelled: [],
} as const satisfies Record<MeasureStatus, readonly MeasureStatus[]>;

export function canChangeMeasureStatus(from: MeasureStatus, to: MeasureStatus): boolean {
  return (MEASURE_STATUS_TRANSITIONS[from] as readonly MeasureStatus[]).includes(to);
}

/** Measures are withdrawn with a reason instead of being deleted (public-archive rules). */
export function measureStatusChangeNeedsReason(to: MeasureStatus): boolean {
  return to === 'cancelled';
}

/** A cancelled measure stays on record but is withdrawn from the plan: it no longer counts. */
export function isInPlan(status: MeasureStatus): boolean {
  return status !== 'cancelled';
}

/** For SQL: `m.status NOT IN ('cancelled')`, the measures that count in the plan (see isInPlan). */
export function inPlanMeasureSql(column = 'm.status'): string {
  return `${column} NOT IN (${sqlList(MEASURE_STATUSES.filter((s) => !isInPlan(s)))})`;
}

/** Done and cancelled measures are finished: nobody answers for them any more, nothing is escalated. */
export const FINISHED_MEASURE_STATUSES = [
  'done',
  'cancelled',
] as const satisfies readonly MeasureStatus[];

export function isOpenMeasure(status: MeasureStatus): boolean {
  return !(FINISHED_MEASURE_STATUSES as readonly MeasureStatus[]).includes(status);
}

/**
 * For SQL: `status NOT IN ('done', 'cancelled')`. Written as NOT IN over the finished statuses so that the
 * planner can use the partial index `measure_open_deadline_idx`, whose predicate is spelled the same way
 * (apps/api/src/database/migrations/1764144000000-initial-schema.ts).
 */
export function openMeasureSql(column = 'm.status'): string {
  return `${column} NOT IN (${sqlList(FINISHED_MEASURE_STATUSES)})`;
}

/** @param today the current calendar date in Europe/Oslo, `YYYY-MM-DD` (see osloDate). */
export function isOverdue(
  measure: { status: MeasureStatus; deadline: string | null },
  today: string,
): boolean {
  return measure.deadline !== null && measure.deadline < today && isOpenMeasure(measure.status);
}

export const EVALUATION_ACHIEVED = ['yes', 'partly', 'no'] as const;
export type EvaluationAchieved = (typeof EVALUATION_ACHIEVED)[number];

export const EVALUATION_VERDICT = ['keep', 'adjust', 'stop'] as const;
export type EvaluationVerdict = (typeof EVALUATION_VERDICT)[number];

export const AREA_KINDS = ['preserve', 'develop'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/** In the workshop's group work each group proposes at most this many areas to preserve or develop. */
export const MAX_AREAS_PER_GROUP = 4;

/** Importance and feasibility are scored on the survey's own 1–5 scale. */
export const PRIORITY_SCORE_MIN = 1;
export const PRIORITY_SCORE_MAX = 5;

export function isPriorityScore(value: number): boolean {
  return Number.isInteger(value) && value >= PRIORITY_SCORE_MIN && value <= PRIORITY_SCORE_MAX;
}
