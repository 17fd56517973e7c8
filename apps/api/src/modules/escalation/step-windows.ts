import {
  addDays,
  type EscalationPolicy,
  type EscalationStep,
  stepDueDate,
} from '@tiltak/shared/domain';

/**
 * The scan decides in SQL, over all subjects at once, which ladder steps fell due. A step's due date
 * grows with the deadline (weekends and holidays only ever push it later), so "due by `today`" is
 * "deadline <= the last deadline whose step falls due by `today`": one date per step, computed here
 * with the shared domain rules and handed to the database.
 */
export function lastDeadlineDueBy(step: EscalationStep, today: string): string {
  let deadline = addDays(today, -step.offsetDays);
  if (stepDueDate(deadline, step) <= today) {
    while (stepDueDate(addDays(deadline, 1), step) <= today) deadline = addDays(deadline, 1);
  } else {
    while (stepDueDate(deadline, step) > today) deadline = addDays(deadline, -1);
  }
  return deadline;
}

/** A step applies to subjects whose deadline is in (after, upTo]; `after` null means no lower bound. */
export interface StepWindow {
  step: EscalationStep;
  after: string | null;
  upTo: string;
}

/**
 * What a scan on `today` may send: each due step, except one that a later due step to the same kind
 * of recipient supersedes. A catch-up (a new measure with a deadline long past, or a scan after an
 * outage) sends the overdue notice, not a stale "due in 7 days" reminder as well.
 */
export function scanWindows(policy: EscalationPolicy, today: string): StepWindow[] {
  const upTo = policy.steps.map((step) => lastDeadlineDueBy(step, today));
  return policy.steps
    .map((step, i) => {
      const later = policy.steps
        .map((other, j) => ({ other, j }))
        .filter(
          ({ other, j }) =>
            j !== i && other.recipient === step.recipient && other.offsetDays > step.offsetDays,
        )
        .map(({ j }) => upTo[j]);
      const after = later.length ? later.reduce((a, b) => (a > b ? a : b)) : null;
      return { step, after, upTo: upTo[i] };
    })
    .filter((w) => w.after === null || w.after < w.upTo);
}

/** Steps falling due after `today` and no later than `days` days from now: the preview. */
export function upcomingWindows(
  policy: EscalationPolicy,
  today: string,
  days: number,
): StepWindow[] {
  const until = addDays(today, days);
  return policy.steps
    .map((step) => ({
      step,
      after: lastDeadlineDueBy(step, today),
      upTo: lastDeadlineDueBy(step, until),
    }))
    .filter((w) => w.after < w.upTo);
}
