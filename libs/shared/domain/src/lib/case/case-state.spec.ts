import {
  CASE_PHASES,
  CASE_STATES,
  type CasePhase,
  type CaseState,
  currentPhase,
  isPhaseCompleted,
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
});
