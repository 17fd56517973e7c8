import { currentStep, isCaseStep, stepStatus, stepperView } from './case-stepper';

describe('case stepper', () => {
  it('starts on results while results are only published', () => {
    expect(currentStep('results_published')).toBe('results');
    expect(stepperView('results_published').map((s) => s.status)).toEqual([
      'current',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
  });

  it('moves to the workshop once results are presented', () => {
    expect(currentStep('results_presented')).toBe('workshop');
    expect(stepStatus('results', 'results_presented')).toBe('done');
  });

  it('follows each state to its step', () => {
    expect(currentStep('areas_chosen')).toBe('measures');
    expect(currentStep('measures_planned')).toBe('follow-up');
  });

  it('marks every step done when evaluated or closed', () => {
    for (const state of ['evaluated', 'closed'] as const) {
      expect(stepperView(state).every((s) => s.status === 'done')).toBe(true);
      expect(currentStep(state)).toBe('follow-up');
    }
  });

  it('numbers the steps from one', () => {
    expect(stepperView('closed').map((s) => s.position)).toEqual([1, 2, 3, 4]);
  });

  it('recognises step names from the URL', () => {
    expect(isCaseStep('follow-up')).toBe(true);
    expect(isCaseStep('plan')).toBe(false);
    expect(isCaseStep(null)).toBe(false);
  });
});
