import {
  CASE_STATES,
  type CasePhase,
  type CaseState,
  isPhaseCompleted,
} from '@tiltak/shared/domain';

/** Phase names as stored on notifications (snake_case, like the round's columns). */
export type PhaseKey = 'follow_up_meeting' | 'plan_registered' | 'evaluation';

export const PHASE_OF: Record<PhaseKey, CasePhase> = {
  follow_up_meeting: 'followUpMeeting',
  plan_registered: 'planRegistered',
  evaluation: 'evaluation',
};

/** The round column holding each phase's deadline. */
export const PHASE_DEADLINE_COLUMN: Record<PhaseKey, string> = {
  follow_up_meeting: 'follow_up_meeting_by',
  plan_registered: 'plan_registered_by',
  evaluation: 'evaluation_by',
};

/** Case states in which a phase is still to be done (from the shared domain rule). */
export function openStates(phase: PhaseKey): CaseState[] {
  return CASE_STATES.filter((s) => !isPhaseCompleted(PHASE_OF[phase], s));
}

/** For SQL: `c.state IN (...)` of the open states; the values come from the constant list above. */
export function openStatesSql(phase: PhaseKey, column = 'c.state'): string {
  return `${column} IN (${openStates(phase)
    .map((s) => `'${s}'`)
    .join(', ')})`;
}

/**
 * For SQL: one `(phase, deadline, open)` row per phase, to read a round's phase deadlines as rows with
 * `CROSS JOIN LATERAL (VALUES …) AS p(phase, deadline, open)`; `round` is the survey_round's alias.
 */
export function phaseDeadlineRowsSql(round = 'r'): string {
  return (Object.keys(PHASE_DEADLINE_COLUMN) as PhaseKey[])
    .map(
      (phase) => `('${phase}', ${round}.${PHASE_DEADLINE_COLUMN[phase]}, ${openStatesSql(phase)})`,
    )
    .join(',\n');
}
