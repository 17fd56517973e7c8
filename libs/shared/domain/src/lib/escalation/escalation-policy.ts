export const ESCALATION_RECIPIENTS = ['responsible', 'line_manager', 'hr'] as const;
export type EscalationRecipient = (typeof ESCALATION_RECIPIENTS)[number];

export const ESCALATION_DAY_KINDS = ['calendar', 'business'] as const;
export type EscalationDayKind = (typeof ESCALATION_DAY_KINDS)[number];

export type EscalationStep = {
  /** Stable per policy: it is part of the at-most-once key of a sent notification. */
  // `string & {}` keeps editor completion for the default keys while allowing custom ones.
  key: 'reminder' | 'overdue' | 'line_manager' | 'hr' | (string & {});
  /** Negative = before the deadline. */
  offsetDays: number;
  dayKind: EscalationDayKind;
  recipient: EscalationRecipient;
};

export type EscalationPolicy = { steps: EscalationStep[] };

export type PolicyProblem = { path: string; message: string };

export const ESCALATION_OFFSET_MIN = -90;
export const ESCALATION_OFFSET_MAX = 365;

export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = {
  steps: [
    {
      key: 'reminder',
      offsetDays: -7,
      dayKind: 'calendar',
      recipient: 'responsible',
    },
    {
      key: 'overdue',
      offsetDays: 1,
      dayKind: 'calendar',
      recipient: 'responsible',
    },
    {
      key: 'line_manager',
      offsetDays: 14,
      dayKind: 'calendar',
      recipient: 'line_manager',
    },
    { key: 'hr', offsetDays: 28, dayKind: 'calendar', recipient: 'hr' },
  ],
};

/**
 * Problems in a policy an admin submitted; empty when valid. An empty ladder is valid (no escalation).
 * Offsets must strictly ascend so that each step is a later rung than the one before.
 */
export function validatePolicy(policy: EscalationPolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const seen = new Set<string>();
  policy.steps.forEach((step, i) => {
    const at = (field: string) => `steps[${i}].${field}`;
    if (typeof step.key !== 'string' || step.key.trim() === '') {
      problems.push({ path: at('key'), message: 'key must not be blank' });
    } else if (seen.has(step.key)) {
      problems.push({
        path: at('key'),
        message: `key "${step.key}" is used twice`,
      });
    }
    seen.add(step.key);
    const offset = step.offsetDays;
    if (
      !Number.isInteger(offset) ||
      offset < ESCALATION_OFFSET_MIN ||
      offset > ESCALATION_OFFSET_MAX
    ) {
      problems.push({
        path: at('offsetDays'),
        message: `offsetDays must be an integer from ${ESCALATION_OFFSET_MIN} to ${ESCALATION_OFFSET_MAX}`,
      });
    } else if (i > 0 && offset <= policy.steps[i - 1].offsetDays) {
      problems.push({
        path: at('offsetDays'),
        message: 'offsetDays must be greater than the previous step',
      });
    }
    if (!ESCALATION_DAY_KINDS.includes(step.dayKind)) {
      problems.push({
        path: at('dayKind'),
        message: `dayKind must be one of ${ESCALATION_DAY_KINDS.join(', ')}`,
      });
    }
    if (!ESCALATION_RECIPIENTS.includes(step.recipient)) {
      problems.push({
        path: at('recipient'),
        message: `recipient must be one of ${ESCALATION_RECIPIENTS.join(', ')}`,
      });
    }
  });
  return problems;
}
