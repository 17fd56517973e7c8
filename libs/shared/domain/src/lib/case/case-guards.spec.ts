import { type Role } from '../roles';
import {
  availableTransitions,
  type CaseSnapshot,
  checkTransition,
  type GuardProblem,
} from './case-guards';
import { CASE_STATES, type CaseState } from './case-state';
import { isAllowedTransition } from './case-transitions';

type Area = CaseSnapshot['areas'][number];
type Measure = CaseSnapshot['measures'][number];

const area = (overrides: Partial<Area> = {}): Area => ({
  id: 'a1',
  title: 'Kommunikasjon',
  selected: true,
  ...overrides,
});

const measure = (overrides: Partial<Measure> = {}): Measure => ({
  id: 'm1',
  areaId: 'a1',
  title: 'Faste møter',
  goal: 'Mer faglig samhandling',
  responsibleUserId: 'u1',
  responsibleRole: null,
  deadline: '2026-06-01',
  status: 'planned',
  hasEvaluation: true,
  ...overrides,
});

/** Passes every guard unless overridden. */
const snapshot = (overrides: Partial<CaseSnapshot> = {}): CaseSnapshot => ({
  state: 'results_published',
  workshopDate: '2026-03-10',
  areas: [area()],
  measures: [measure()],
  ...overrides,
});

const admin = { roles: ['admin'] as Role[] };
const leader = { roles: ['leader'] as Role[] };

const previous = (to: CaseState) => CASE_STATES[CASE_STATES.indexOf(to) - 1];

describe('checkTransition', () => {
  const pairs = CASE_STATES.flatMap((from) =>
    CASE_STATES.map((to): [CaseState, CaseState] => [from, to]),
  );

  it.each(pairs)('%s → %s is allowed only when the table has it', (from, to) => {
    const check = checkTransition(snapshot({ state: from }), to, admin, 'Trenger ny runde');
    if (isAllowedTransition(from, to)) {
      expect(check).toEqual({ allowed: true });
    } else {
      expect(check).toEqual({
        allowed: false,
        kind: 'not_allowed',
        missing: [{ code: 'transition_not_allowed' }],
        message: expect.stringMatching(
          new RegExp(`^Cannot move from ${from} to ${to}: allowed targets are `),
        ),
      });
    }
  });

  it.each<[string, CaseState, Partial<CaseSnapshot>, string, GuardProblem[]]>([
    [
      'no workshop date',
      'results_presented',
      { workshopDate: null },
      'Cannot move to results_presented: the workshop date is not set',
      [{ code: 'workshop_date_missing', field: 'workshopDate' }],
    ],
    [
      'a blank workshop date',
      'results_presented',
      { workshopDate: ' ' },
      'Cannot move to results_presented: the workshop date is not set',
      [{ code: 'workshop_date_missing', field: 'workshopDate' }],
    ],
    [
      'no selected area',
      'areas_chosen',
      { areas: [area({ selected: false })] },
      'Cannot move to areas_chosen: no area is selected',
      [{ code: 'no_area_selected', field: 'areas' }],
    ],
    [
      'an area without measures and an incomplete measure',
      'measures_planned',
      {
        areas: [area(), area({ id: 'a2', title: 'Samarbeid' })],
        measures: [measure({ areaId: 'a2', goal: null, deadline: null })],
      },
      'Cannot move to measures_planned: area "Kommunikasjon" has no measures; measure "Faste møter" has no goal, no deadline',
      [
        {
          code: 'area_without_measures',
          entityId: 'a1',
          field: 'measures',
          label: 'Kommunikasjon',
        },
        {
          code: 'goal_missing',
          entityId: 'm1',
          field: 'goal',
          label: 'Faste møter',
        },
        {
          code: 'deadline_missing',
          entityId: 'm1',
          field: 'deadline',
          label: 'Faste møter',
        },
      ],
    ],
    [
      'a selected area whose only measure is cancelled',
      'measures_planned',
      { measures: [measure({ status: 'cancelled' })] },
      'Cannot move to measures_planned: area "Kommunikasjon" has no measures',
      [
        {
          code: 'area_without_measures',
          entityId: 'a1',
          field: 'measures',
          label: 'Kommunikasjon',
        },
      ],
    ],
    [
      'no responsible user or role, blank goal',
      'measures_planned',
      {
        measures: [
          measure({
            goal: '  ',
            responsibleUserId: null,
            responsibleRole: ' ',
          }),
        ],
      },
      'Cannot move to measures_planned: measure "Faste møter" has no goal, no responsible',
      [
        {
          code: 'goal_missing',
          entityId: 'm1',
          field: 'goal',
          label: 'Faste møter',
        },
        {
          code: 'responsible_missing',
          entityId: 'm1',
          field: 'responsible',
          label: 'Faste møter',
        },
      ],
    ],
    [
      'a measure without evaluation',
      'evaluated',
      {
        measures: [measure({ hasEvaluation: false }), measure({ id: 'm2', title: 'Felles lunsj' })],
      },
      'Cannot move to evaluated: measure "Faste møter" has no evaluation',
      [
        {
          code: 'evaluation_missing',
          entityId: 'm1',
          field: 'evaluation',
          label: 'Faste møter',
        },
      ],
    ],
  ])('refuses with %s', (_, to, overrides, message, missing) => {
    const check = checkTransition(snapshot({ state: previous(to), ...overrides }), to, leader);
    expect(check).toEqual({
      allowed: false,
      kind: 'guard_failed',
      missing,
      message,
    });
  });

  it.each<[string, CaseState, Partial<CaseSnapshot>]>([
    [
      'a responsible role instead of a user',
      'measures_planned',
      {
        measures: [
          measure({
            responsibleUserId: null,
            responsibleRole: 'Studieprogramledere',
          }),
        ],
      },
    ],
    [
      'an incomplete cancelled measure beside a complete one',
      'measures_planned',
      {
        measures: [
          measure(),
          measure({
            id: 'm2',
            status: 'cancelled',
            goal: null,
            deadline: null,
          }),
        ],
      },
    ],
    [
      'an incomplete measure under a deselected area',
      'measures_planned',
      {
        areas: [area(), area({ id: 'a2', selected: false })],
        measures: [measure(), measure({ id: 'm2', areaId: 'a2', goal: null })],
      },
    ],
    [
      'a cancelled measure without evaluation',
      'evaluated',
      {
        measures: [measure(), measure({ id: 'm2', status: 'cancelled', hasEvaluation: false })],
      },
    ],
  ])('allows %s', (_, to, overrides) => {
    expect(checkTransition(snapshot({ state: previous(to), ...overrides }), to, leader)).toEqual({
      allowed: true,
    });
  });

  it.each<[Role[], CaseState, CaseState, boolean]>([
    [['leader'], 'results_published', 'results_presented', true],
    [['hr'], 'results_published', 'results_presented', true],
    [['verneombud'], 'results_published', 'results_presented', false],
    [['employee'], 'measures_planned', 'evaluated', false],
    [['leader'], 'evaluated', 'closed', false],
    [['leader', 'verneombud'], 'evaluated', 'closed', false],
    [['hr'], 'evaluated', 'closed', true],
    [['admin'], 'evaluated', 'closed', true],
    [['leader'], 'closed', 'evaluated', false],
    [['hr'], 'closed', 'evaluated', true],
  ])('roles %j: %s → %s permitted = %s', (roles, from, to, permitted) => {
    const check = checkTransition(snapshot({ state: from }), to, { roles }, 'Ny vurdering');
    expect(check.allowed).toBe(permitted);
    if (!check.allowed) expect(check.kind).toBe('forbidden');
  });

  it('names the required roles when forbidden', () => {
    expect(checkTransition(snapshot({ state: 'evaluated' }), 'closed', leader)).toEqual({
      allowed: false,
      kind: 'forbidden',
      missing: [{ code: 'role_required', label: 'hr, admin' }],
      message: 'Cannot move to closed: requires role hr or admin',
    });
  });

  it.each([undefined, '', '   '])('refuses a step back with reason %j', (reason) => {
    expect(
      checkTransition(snapshot({ state: 'measures_planned' }), 'areas_chosen', leader, reason),
    ).toEqual({
      allowed: false,
      kind: 'reason_required',
      missing: [{ code: 'reason_required', field: 'reason' }],
      message: 'Cannot move back to areas_chosen: a reason is required',
    });
  });

  it('allows a step back with a reason even when the earlier guards would now fail', () => {
    const check = checkTransition(
      snapshot({ state: 'areas_chosen', workshopDate: null, areas: [] }),
      'results_presented',
      leader,
      'Feil område valgt',
    );
    expect(check).toEqual({ allowed: true });
  });
});

describe('availableTransitions', () => {
  it('lists forward and back targets with the guard state', () => {
    const incomplete = snapshot({
      state: 'areas_chosen',
      measures: [measure({ deadline: null })],
    });
    expect(availableTransitions(incomplete, leader)).toEqual([
      {
        to: 'measures_planned',
        direction: 'forward',
        reasonRequired: false,
        guardPasses: false,
        missing: [
          {
            code: 'deadline_missing',
            entityId: 'm1',
            field: 'deadline',
            label: 'Faste møter',
          },
        ],
        message: 'Cannot move to measures_planned: measure "Faste møter" has no deadline',
      },
      {
        to: 'results_presented',
        direction: 'back',
        reasonRequired: true,
        guardPasses: true,
        missing: [],
        message: null,
      },
    ]);
  });

  it('leaves out what the actor may not do', () => {
    expect(availableTransitions(snapshot({ state: 'evaluated' }), leader).map((t) => t.to)).toEqual(
      ['measures_planned'],
    );
    expect(availableTransitions(snapshot({ state: 'evaluated' }), admin).map((t) => t.to)).toEqual([
      'closed',
      'measures_planned',
    ]);
    expect(
      availableTransitions(snapshot({ state: 'areas_chosen' }), {
        roles: ['verneombud'],
      }),
    ).toEqual([]);
  });
});
