import {
  DEFAULT_ESCALATION_POLICY,
  type EscalationPolicy,
  type EscalationStep,
} from './escalation-policy';
import {
  dueSteps,
  type EscalationSubject,
  stepDueDate,
  upcomingSteps,
} from './escalation-schedule';

const subject = (overrides: Partial<EscalationSubject> = {}): EscalationSubject => ({
  kind: 'measure',
  id: 'm1',
  deadline: '2026-05-04', // a Monday
  deadlineVersion: 1,
  closed: false,
  ...overrides,
});

const step = (overrides: Partial<EscalationStep> = {}): EscalationStep => ({
  key: 'reminder',
  offsetDays: -7,
  dayKind: 'calendar',
  recipient: 'responsible',
  ...overrides,
});

const due = (s: EscalationSubject, now: string, policy = DEFAULT_ESCALATION_POLICY) =>
  dueSteps(s, new Date(now), policy).map((d) => `${d.step.key}@${d.dueDate}+${d.daysLate}`);

describe('stepDueDate', () => {
  it.each<[string, Partial<EscalationStep>, string]>([
    ['2026-05-04', { offsetDays: -7 }, '2026-04-27'],
    ['2026-05-04', { offsetDays: 28 }, '2026-06-01'],
    ['2026-04-01', { offsetDays: 1 }, '2026-04-02'],
    ['2026-04-01', { offsetDays: 1, dayKind: 'business' }, '2026-04-07'],
    ['2026-04-01', { offsetDays: -3, dayKind: 'business' }, '2026-03-27'],
    ['2026-04-04', { offsetDays: 0, dayKind: 'business' }, '2026-04-04'],
  ])('%s with %j is due %s', (deadline, overrides, expected) => {
    expect(stepDueDate(deadline, step(overrides))).toBe(expected);
  });
});

describe('dueSteps', () => {
  it.each([
    ['2026-04-26T12:00:00Z', []],
    ['2026-04-26T22:30:00Z', ['reminder@2026-04-27+0']], // 00:30 on 27 April in Oslo
    ['2026-05-04T21:59:00Z', ['reminder@2026-04-27+7']], // deadline day, 23:59 in Oslo
    ['2026-05-04T22:00:00Z', ['reminder@2026-04-27+8', 'overdue@2026-05-05+0']],
    [
      '2026-05-18T08:00:00Z',
      ['reminder@2026-04-27+21', 'overdue@2026-05-05+13', 'line_manager@2026-05-18+0'],
    ],
    [
      '2026-06-01T08:00:00Z',
      [
        'reminder@2026-04-27+35',
        'overdue@2026-05-05+27',
        'line_manager@2026-05-18+14',
        'hr@2026-06-01+0',
      ],
    ],
  ])('at %s: %j', (now, expected) => {
    expect(due(subject(), now)).toEqual(expected);
  });

  it('sends nothing for a closed subject', () => {
    expect(due(subject({ closed: true }), '2026-06-01T08:00:00Z')).toEqual([]);
    expect(
      upcomingSteps(
        subject({ closed: true }),
        new Date('2026-04-20T08:00:00Z'),
        60,
        DEFAULT_ESCALATION_POLICY,
      ),
    ).toEqual([]);
  });

  it('counts a moved deadline from the new date', () => {
    const moved = subject({ deadline: '2026-06-15', deadlineVersion: 2 });
    expect(due(moved, '2026-06-01T08:00:00Z')).toEqual([]);
    expect(due(moved, '2026-06-16T08:00:00Z')).toEqual([
      'reminder@2026-06-08+8',
      'overdue@2026-06-16+0',
    ]);
  });

  it('skips weekends and holidays under a business-day policy', () => {
    const business: EscalationPolicy = {
      steps: DEFAULT_ESCALATION_POLICY.steps.map((s) => ({
        ...s,
        dayKind: 'business',
      })),
    };
    const beforeEaster = subject({ deadline: '2026-04-01' });
    expect(due(beforeEaster, '2026-04-06T10:00:00Z', business)).toEqual(['reminder@2026-03-23+14']);
    expect(due(beforeEaster, '2026-04-07T10:00:00Z', business)).toEqual([
      'reminder@2026-03-23+15',
      'overdue@2026-04-07+0',
    ]);
    expect(due(beforeEaster, '2026-04-24T10:00:00Z', business).at(-1)).toBe(
      'line_manager@2026-04-24+0',
    );
  });
});

describe('upcomingSteps', () => {
  const upcoming = (now: string, days: number) =>
    upcomingSteps(subject(), new Date(now), days, DEFAULT_ESCALATION_POLICY).map(
      (u) => `${u.step.key}@${u.dueDate}-${u.daysUntil}`,
    );

  it.each([
    ['2026-04-30T10:00:00Z', 14, ['overdue@2026-05-05-5']],
    ['2026-04-30T10:00:00Z', 18, ['overdue@2026-05-05-5', 'line_manager@2026-05-18-18']],
    ['2026-05-04T22:00:00Z', 7, []], // overdue falls due today in Oslo: dueSteps has it
    ['2026-04-20T10:00:00Z', 0, []],
  ])('at %s for %s days: %j', (now, days, expected) => {
    expect(upcoming(now, days)).toEqual(expected);
  });
});
