import { addBusinessDays } from '../time/business-days';
import { addDays, diffDays, osloDate } from '../time/oslo-date';
import { type EscalationPolicy, type EscalationStep } from './escalation-policy';

// When each step of a policy falls due for one subject. Pure: `now` is passed in, dates are Oslo dates.

export type EscalationSubject = {
  kind: 'measure' | 'phase';
  id: string;
  /** `YYYY-MM-DD`, the last day on which the work is on time. */
  deadline: string;
  /** Bumped when the deadline moves: a moved deadline starts a new ladder. */
  deadlineVersion: number;
  /** Done, cancelled, or phase completed: nothing more is sent. */
  closed: boolean;
};

/** `daysLate` counts days since the step fell due (0 on its due date), so a catch-up can tell stale steps. */
export type DueStep = {
  step: EscalationStep;
  dueDate: string;
  daysLate: number;
};

export type UpcomingStep = {
  step: EscalationStep;
  dueDate: string;
  daysUntil: number;
};

export function stepDueDate(deadline: string, step: EscalationStep): string {
  return step.dayKind === 'business'
    ? addBusinessDays(deadline, step.offsetDays)
    : addDays(deadline, step.offsetDays);
}

/** Steps due on or before today in Oslo; the caller skips the ones already sent for this deadline version. */
export function dueSteps(
  subject: EscalationSubject,
  now: Date,
  policy: EscalationPolicy,
): DueStep[] {
  if (subject.closed) return [];
  const today = osloDate(now);
  return policy.steps
    .map((step) => ({ step, dueDate: stepDueDate(subject.deadline, step) }))
    .filter(({ dueDate }) => dueDate <= today)
    .map((due) => ({ ...due, daysLate: diffDays(today, due.dueDate) }));
}

/** Steps falling due after today and within the next `days` days: together with dueSteps, the preview. */
export function upcomingSteps(
  subject: EscalationSubject,
  now: Date,
  days: number,
  policy: EscalationPolicy,
): UpcomingStep[] {
  if (subject.closed) return [];
  const today = osloDate(now);
  return policy.steps
    .map((step) => ({ step, dueDate: stepDueDate(subject.deadline, step) }))
    .map((due) => ({ ...due, daysUntil: diffDays(due.dueDate, today) }))
    .filter(({ daysUntil }) => daysUntil > 0 && daysUntil <= days);
}
