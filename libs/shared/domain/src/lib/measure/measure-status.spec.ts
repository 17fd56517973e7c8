import {
  AREA_KINDS,
  canChangeMeasureStatus,
  EVALUATION_ACHIEVED,
  EVALUATION_VERDICT,
  isInPlan,
  isOpenMeasure,
  inPlanMeasureSql,
  isOverdue,
  isPriorityScore,
  MEASURE_STATUSES,
  type MeasureStatus,
  measureStatusChangeNeedsReason,
  openMeasureSql,
} from './measure-status';

const ALLOWED: Record<MeasureStatus, MeasureStatus[]> = {
  planned: ['in_progress', 'done', 'postponed', 'cancelled'],
  in_progress: ['done', 'postponed', 'cancelled'],
  postponed: ['planned', 'in_progress', 'done', 'cancelled'],
  done: ['in_progress'],
  cancelled: [],
};

describe('measure status', () => {
  const pairs = MEASURE_STATUSES.flatMap((from) =>
    MEASURE_STATUSES.map((to): [MeasureStatus, MeasureStatus] => [from, to]),
  );

  it.each(pairs)('%s → %s', (from, to) => {
    expect(canChangeMeasureStatus(from, to)).toBe(ALLOWED[from].includes(to));
  });

  it('needs a reason only to cancel', () => {
    expect(MEASURE_STATUSES.filter(measureStatusChangeNeedsReason)).toEqual(['cancelled']);
  });

  it.each<[MeasureStatus, string | null, string, boolean]>([
    ['planned', '2026-05-03', '2026-05-04', true],
    ['in_progress', '2026-05-03', '2026-05-04', true],
    ['postponed', '2026-05-03', '2026-05-04', true],
    ['done', '2026-05-03', '2026-05-04', false],
    ['cancelled', '2026-05-03', '2026-05-04', false],
    ['planned', '2026-05-04', '2026-05-04', false],
    ['planned', '2026-05-05', '2026-05-04', false],
    ['planned', null, '2026-05-04', false],
    ['planned', '2025-12-31', '2026-01-01', true],
  ])('%s with deadline %s on %s: overdue = %s', (status, deadline, today, expected) => {
    expect(isOverdue({ status, deadline }, today)).toBe(expected);
  });

  it('has the evaluation and area vocabularies', () => {
    expect(EVALUATION_ACHIEVED).toEqual(['yes', 'partly', 'no']);
    expect(EVALUATION_VERDICT).toEqual(['keep', 'adjust', 'stop']);
    expect(AREA_KINDS).toEqual(['preserve', 'develop']);
  });

  it.each([
    [0, false],
    [1, true],
    [5, true],
    [6, false],
    [2.5, false],
  ])('priority score %s valid = %s', (value, expected) => {
    expect(isPriorityScore(value)).toBe(expected);
  });

  it.each<[MeasureStatus, boolean]>([
    ['planned', true],
    ['in_progress', true],
    ['postponed', true],
    ['done', false],
    ['cancelled', false],
  ])('a %s measure is open: %s', (status, expected) => {
    expect(isOpenMeasure(status)).toBe(expected);
  });

  it.each<[string | undefined, string]>([
    [undefined, `m.status NOT IN ('done', 'cancelled')`],
    ['status', `status NOT IN ('done', 'cancelled')`],
  ])('open measures in SQL on column %s: %s', (column, expected) => {
    expect(openMeasureSql(column)).toBe(expected);
  });

  it.each<[MeasureStatus, boolean]>([
    ['planned', true],
    ['in_progress', true],
    ['postponed', true],
    ['done', true],
    ['cancelled', false],
  ])('a %s measure is in the plan: %s', (status, expected) => {
    expect(isInPlan(status)).toBe(expected);
  });

  it.each<[string | undefined, string]>([
    [undefined, `m.status NOT IN ('cancelled')`],
    ['status', `status NOT IN ('cancelled')`],
  ])('measures in the plan in SQL on column %s: %s', (column, expected) => {
    expect(inPlanMeasureSql(column)).toBe(expected);
  });
});
