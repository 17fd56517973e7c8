import { sqlList } from '../sql/sql-list';

// Ordered: a case moves through these one step at a time (see case-transitions.ts).
export const CASE_STATES = [
  'results_published',
  'results_presented',
  'areas_chosen',
  'measures_planned',
  'evaluated',
  'closed',
] as const;

export type CaseState = (typeof CASE_STATES)[number];

/** A closed case is frozen: nobody edits its plan and nothing more is escalated until it is reopened. */
export function isCaseOpen(state: CaseState): boolean {
  return state !== 'closed';
}

/** For SQL: `c.state NOT IN ('closed')`, the open cases (see isCaseOpen). */
export function openCaseSql(column = 'c.state'): string {
  return `${column} NOT IN (${sqlList(CASE_STATES.filter((s) => !isCaseOpen(s)))})`;
}

/** The phases of a case that have a deadline in the survey round. */
export const CASE_PHASES = ['followUpMeeting', 'planRegistered', 'evaluation'] as const;

export type CasePhase = (typeof CASE_PHASES)[number];

/**
 * The state that proves a phase is done: escalation for the phase stops once the case has reached it.
 * The follow-up meeting counts as held when its results have been presented (the workshop date is set).
 */
export const PHASE_COMPLETED_AT = {
  followUpMeeting: 'results_presented',
  planRegistered: 'measures_planned',
  evaluation: 'evaluated',
} as const satisfies Record<CasePhase, CaseState>;

export function caseStateIndex(state: CaseState): number {
  return CASE_STATES.indexOf(state);
}

export function isPhaseCompleted(phase: CasePhase, state: CaseState): boolean {
  return caseStateIndex(state) >= caseStateIndex(PHASE_COMPLETED_AT[phase]);
}

/** The phase whose deadline the case works towards: the first one not yet completed (none once evaluated). */
export function currentPhase(state: CaseState): CasePhase | null {
  return CASE_PHASES.find((phase) => !isPhaseCompleted(phase, state)) ?? null;
}
