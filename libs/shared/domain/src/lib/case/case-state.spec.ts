import {
  CASE_PHASES,
  CASE_STATES,
  type CasePhase,
  type CaseState,
  currentPhase,
  isCaseOpen,
  isPhaseCompleted,
  openCaseSql,
} from './case-state';

describe('case states', () => {
  it('are ordered as the workflow runs', () => {
    expect(CASE_STATES).toEqual([
      'results_published',
      'results_presented',
      'areas_chosen',
      'measures_planned',
      'evaluated',
      'closed',
    ]);
    expect(CASE_PHASES).toEqual(['followUpMeeting', 'planRegistered', 'evaluation']);
  });

  it.each<[CasePhase, CaseState, boolean]>([
    ['followUpMeeting', 'results_published', false],
    ['followUpMeeting', 'results_presented', true],
    ['planRegistered', 'areas_chosen', false],
    ['planRegistered', 'measures_planned', true],
    ['planRegistered', 'closed', true],
    ['evaluation', 'measures_planned', false],
    ['evaluation', 'evaluated', true],
  ])('phase %s is completed in %s: %s', (phase, state, expected) => {
    expect(isPhaseCompleted(phase, state)).toBe(expected);
  });

  it.each<[CaseState, CasePhase | null]>([
    ['results_published', 'followUpMeeting'],
    ['results_presented', 'planRegistered'],
    ['areas_chosen', 'planRegistered'],
    ['measures_planned', 'evaluation'],
    ['evaluated', null],
    ['closed', null],
  ])('in %s the current phase is %s', (state, expected) => {
    expect(currentPhase(state)).toBe(expected);
  });

  it.each<[CaseState, boolean]>([
    ['results_published', true],
    ['measures_planned', true],
    ['evaluated', true],
    ['closed', false],
  ])('a case in %s is open: %s', (state, expected) => {
    expect(isCaseOpen(state)).toBe(expected);
  });

  it.each<[string | undefined, string]>([
    [undefined, `c.state NOT IN ('closed')`],
    ['state', `state NOT IN ('closed')`],
  ])('open cases in SQL on column %s: %s', (column, expected) => {
    expect(openCaseSql(column)).toBe(expected);
  });
});
