import * as fc from 'fast-check';
import {
  addDays,
  DEFAULT_ESCALATION_POLICY,
  dueSteps,
  type EscalationPolicy,
  upcomingSteps,
} from '@tiltak/shared/domain';
import { lastDeadlineDueBy, scanWindows, upcomingWindows } from './step-windows';

const BUSINESS: EscalationPolicy = {
  steps: [
    {
      key: 'reminder',
      offsetDays: -5,
      dayKind: 'business',
      recipient: 'responsible',
    },
    {
      key: 'overdue',
      offsetDays: 1,
      dayKind: 'business',
      recipient: 'responsible',
    },
    {
      key: 'line_manager',
      offsetDays: 10,
      dayKind: 'business',
      recipient: 'line_manager',
    },
    { key: 'hr', offsetDays: 28, dayKind: 'calendar', recipient: 'hr' },
  ],
};

const inWindow = (d: string, w: { after: string | null; upTo: string }) =>
  d <= w.upTo && (w.after === null || d > w.after);
const noonOslo = (date: string) => new Date(`${date}T11:00:00Z`);

// Around Easter 2026 (April 2–6), May holidays, DST changes (2026-03-29, 2026-10-25) and Christmas.
const dates = fc.integer({ min: 0, max: 800 }).map((n) => addDays('2025-12-01', n));

describe('step windows (the scan decides in SQL from these)', () => {
  it('lastDeadlineDueBy: Easter pushes a business-day step', () => {
    // Deadline Wed 2026-04-01: 1 business day later skips Maundy Thursday, Good Friday, the weekend
    // and Easter Monday: Tue 2026-04-07. So on 2026-04-06 the last deadline due is 2026-03-31.
    expect(lastDeadlineDueBy(BUSINESS.steps[1], '2026-04-06')).toBe('2026-03-31');
    expect(lastDeadlineDueBy(BUSINESS.steps[1], '2026-04-07')).toBe('2026-04-06');
    expect(lastDeadlineDueBy(DEFAULT_ESCALATION_POLICY.steps[0], '2026-03-29')).toBe('2026-04-05');
  });

  it.each([
    ['default (calendar days)', DEFAULT_ESCALATION_POLICY],
    ['business days', BUSINESS],
  ])('agree with dueSteps for every deadline and day (%s)', (_, policy) => {
    fc.assert(
      fc.property(dates, dates, (deadline, today) => {
        const subject = {
          kind: 'measure' as const,
          id: 'm',
          deadline,
          deadlineVersion: 1,
          closed: false,
        };
        const due = dueSteps(subject, noonOslo(today), policy).map((d) => d.step.key);
        // The scan sends, per kind of recipient, the latest due step.
        const latest = policy.steps
          .filter((s) => due.includes(s.key))
          .filter(
            (s) =>
              !policy.steps.some(
                (o) =>
                  o.recipient === s.recipient && o.offsetDays > s.offsetDays && due.includes(o.key),
              ),
          )
          .map((s) => s.key);
        const windows = scanWindows(policy, today)
          .filter((w) => inWindow(deadline, w))
          .map((w) => w.step.key);
        expect(windows).toEqual(latest);

        const upcoming = upcomingSteps(subject, noonOslo(today), 14, policy).map((u) => u.step.key);
        expect(
          upcomingWindows(policy, today, 14)
            .filter((w) => inWindow(deadline, w))
            .map((w) => w.step.key),
        ).toEqual(upcoming);
      }),
      { numRuns: 400 },
    );
  });
});
