import { type CaseState, caseStateIndex, isCaseOpen } from './case-state';

/**
 * Manual transitions: one step forward, or one step back (a step back needs a reason, see
 * case-guards.ts). `closed` is reached by hand only from `evaluated`.
 *
 * Separately, the system closes a case from any open state when the unit's next survey round opens
 * (`canCloseOnNextRound`); that path bypasses the guards because the old plan is superseded.
 */
export const CASE_TRANSITIONS = {
  results_published: ['results_presented'],
  results_presented: ['areas_chosen', 'results_published'],
  areas_chosen: ['measures_planned', 'results_presented'],
  measures_planned: ['evaluated', 'areas_chosen'],
  evaluated: ['closed', 'measures_planned'],
  closed: ['evaluated'],
} as const satisfies Record<CaseState, readonly CaseState[]>;

export function allowedTransitions(from: CaseState): readonly CaseState[] {
  return CASE_TRANSITIONS[from];
}

export function isAllowedTransition(from: CaseState, to: CaseState): boolean {
  return allowedTransitions(from).includes(to);
}

export function isForward(from: CaseState, to: CaseState): boolean {
  return isAllowedTransition(from, to) && caseStateIndex(to) > caseStateIndex(from);
}

export function isStepBack(from: CaseState, to: CaseState): boolean {
  return isAllowedTransition(from, to) && caseStateIndex(to) < caseStateIndex(from);
}

export function canCloseOnNextRound(from: CaseState): boolean {
  return isCaseOpen(from);
}
