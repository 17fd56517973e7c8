import {
  CASE_PHASES,
  CASE_STATES,
  type CasePhase,
  type CaseState,
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
});
