import {
  DEFAULT_ESCALATION_POLICY,
  type EscalationStep,
  validatePolicy,
} from './escalation-policy';

const step = (overrides: Partial<EscalationStep> = {}): EscalationStep => ({
  key: 'reminder',
  offsetDays: -7,
  dayKind: 'calendar',
  recipient: 'responsible',
  ...overrides,
});

describe('DEFAULT_ESCALATION_POLICY', () => {
  it('is the ladder of 7 days before, 1, 14 and 28 days after, and valid', () => {
    expect(
      DEFAULT_ESCALATION_POLICY.steps.map((s) => [s.key, s.offsetDays, s.dayKind, s.recipient]),
    ).toEqual([
      ['reminder', -7, 'calendar', 'responsible'],
      ['overdue', 1, 'calendar', 'responsible'],
      ['line_manager', 14, 'calendar', 'line_manager'],
      ['hr', 28, 'calendar', 'hr'],
    ]);
    expect(validatePolicy(DEFAULT_ESCALATION_POLICY)).toEqual([]);
  });
});

describe('validatePolicy', () => {
  it.each<[string, EscalationStep[], { path: string; message: string }[]]>([
    ['an empty ladder', [], []],
    [
      'a duplicate key',
      [step(), step({ offsetDays: 1 })],
      [{ path: 'steps[1].key', message: 'key "reminder" is used twice' }],
    ],
    [
      'a blank key',
      [step({ key: ' ' })],
      [{ path: 'steps[0].key', message: 'key must not be blank' }],
    ],
    [
      'offsets out of order',
      [step({ offsetDays: 3 }), step({ key: 'overdue', offsetDays: 3 })],
      [
        {
          path: 'steps[1].offsetDays',
          message: 'offsetDays must be greater than the previous step',
        },
      ],
    ],
    ...[-91, 366, 1.5, Number.NaN].map(
      (offsetDays): [string, EscalationStep[], { path: string; message: string }[]] => [
        `offset ${offsetDays}`,
        [step({ offsetDays })],
        [
          {
            path: 'steps[0].offsetDays',
            message: 'offsetDays must be an integer from -90 to 365',
          },
        ],
      ],
    ),
    ['the offset bounds', [step({ offsetDays: -90 }), step({ key: 'late', offsetDays: 365 })], []],
    [
      'an unknown day kind and recipient',
      [step({ dayKind: 'weekday' as never, recipient: 'dean' as never })],
      [
        {
          path: 'steps[0].dayKind',
          message: 'dayKind must be one of calendar, business',
        },
        {
          path: 'steps[0].recipient',
          message: 'recipient must be one of responsible, line_manager, hr',
        },
      ],
    ],
  ])('%s', (_, steps, problems) => {
    expect(validatePolicy({ steps })).toEqual(problems);
  });
});
