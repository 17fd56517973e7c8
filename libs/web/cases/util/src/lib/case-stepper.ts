import { CASE_STATES, type CaseState } from '@tiltak/shared/domain';

/** The workspace's steps, in the order the workshop deck runs them. */
export const CASE_STEPS = ['results', 'workshop', 'measures', 'follow-up'] as const;
export type CaseStep = (typeof CASE_STEPS)[number];

export type StepStatus = 'done' | 'current' | 'upcoming';

/**
 * The state a case must reach for each step to count as done:
 * results are presented at the workshop, the workshop ends with chosen areas,
 * measures end in a plan, follow-up ends in an evaluation.
 */
const DONE_AT: Record<CaseStep, CaseState> = {
  results: 'results_presented',
  workshop: 'areas_chosen',
  measures: 'measures_planned',
  'follow-up': 'evaluated',
};

function rank(state: CaseState): number {
  return CASE_STATES.indexOf(state);
}

export function isStepDone(step: CaseStep, state: CaseState): boolean {
  return rank(state) >= rank(DONE_AT[step]);
}

/** The first step not yet done; a closed or evaluated case rests on follow-up. */
export function currentStep(state: CaseState): CaseStep {
  return CASE_STEPS.find((step) => !isStepDone(step, state)) ?? 'follow-up';
}

export function stepStatus(step: CaseStep, state: CaseState): StepStatus {
  if (isStepDone(step, state)) return 'done';
  return step === currentStep(state) ? 'current' : 'upcoming';
}

export interface StepView {
  step: CaseStep;
  status: StepStatus;
  /** 1-based position, shown in the stepper. */
  position: number;
}

export function stepperView(state: CaseState): StepView[] {
  return CASE_STEPS.map((step, i) => ({ step, status: stepStatus(step, state), position: i + 1 }));
}

export function isCaseStep(value: string | null | undefined): value is CaseStep {
  return (CASE_STEPS as readonly string[]).includes(value ?? '');
}
