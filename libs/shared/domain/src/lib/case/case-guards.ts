import { isInPlan, type MeasureStatus } from '../measure/measure-status';
import { hasAnyRole, type Role } from '../roles';
import { type CaseState } from './case-state';
import { allowedTransitions, isAllowedTransition, isStepBack } from './case-transitions';

/** What the guards need to know about a case; the API builds it from the database, the web from its DTO. */
export type CaseSnapshot = {
  state: CaseState;
  workshopDate: string | null;
  areas: { id: string; title: string; selected: boolean }[];
  measures: {
    id: string;
    areaId: string;
    title: string;
    goal: string | null;
    responsibleUserId: string | null;
    responsibleRole: string | null;
    deadline: string | null;
    status: MeasureStatus;
    hasEvaluation: boolean;
  }[];
};

export type GuardProblemCode =
  | 'transition_not_allowed'
  | 'role_required'
  | 'reason_required'
  | 'workshop_date_missing'
  | 'no_area_selected'
  | 'area_without_measures'
  | 'goal_missing'
  | 'responsible_missing'
  | 'deadline_missing'
  | 'evaluation_missing';

/** `code` is stable (the web translates it); `entityId`/`field` point at what to fix. */
export type GuardProblem = {
  code: GuardProblemCode;
  entityId?: string;
  field?: string;
  label?: string;
};

export type TransitionRefusal = 'not_allowed' | 'guard_failed' | 'forbidden' | 'reason_required';

export type TransitionCheck =
  | { allowed: true }
  | {
      allowed: false;
      kind: TransitionRefusal;
      missing: GuardProblem[];
      message: string;
    };

export type AvailableTransition = {
  to: CaseState;
  direction: 'forward' | 'back';
  reasonRequired: boolean;
  guardPasses: boolean;
  missing: GuardProblem[];
  message: string | null;
};

type Actor = { roles: readonly Role[] };

const CASE_EDITORS: readonly Role[] = ['leader', 'hr', 'admin'];
const CASE_CLOSERS: readonly Role[] = ['hr', 'admin'];

/**
 * Roles only; whether the actor leads *this* unit is an object-level check the API makes first.
 * Whoever may close a case is also the one who may reopen it.
 */
export function requiredRolesForTransition(from: CaseState, to: CaseState): readonly Role[] {
  return from === 'closed' || to === 'closed' ? CASE_CLOSERS : CASE_EDITORS;
}

export function checkTransition(
  snapshot: CaseSnapshot,
  to: CaseState,
  actor: Actor,
  reason?: string,
): TransitionCheck {
  const from = snapshot.state;
  if (!isAllowedTransition(from, to)) {
    const targets = allowedTransitions(from).join(', ');
    return refuse(
      'not_allowed',
      `Cannot move from ${from} to ${to}: allowed targets are ${targets}`,
      [{ code: 'transition_not_allowed' }],
    );
  }
  const roles = requiredRolesForTransition(from, to);
  if (!hasAnyRole(actor, roles)) {
    return refuse('forbidden', `Cannot move to ${to}: requires role ${roles.join(' or ')}`, [
      { code: 'role_required', label: roles.join(', ') },
    ]);
  }
  if (isStepBack(from, to)) {
    return isBlank(reason)
      ? refuse('reason_required', `Cannot move back to ${to}: a reason is required`, [
          { code: 'reason_required', field: 'reason' },
        ])
      : { allowed: true };
  }
  const missing = guardProblems(snapshot, to);
  return missing.length === 0
    ? { allowed: true }
    : refuse('guard_failed', describe(to, missing), missing);
}

/** The transitions this actor may start from the current state, each with the state of its guard. */
export function availableTransitions(snapshot: CaseSnapshot, actor: Actor): AvailableTransition[] {
  const from = snapshot.state;
  return allowedTransitions(from)
    .filter((to) => hasAnyRole(actor, requiredRolesForTransition(from, to)))
    .map((to) => {
      const back = isStepBack(from, to);
      const missing = back ? [] : guardProblems(snapshot, to);
      return {
        to,
        direction: back ? 'back' : 'forward',
        reasonRequired: back,
        guardPasses: missing.length === 0,
        missing,
        message: missing.length === 0 ? null : describe(to, missing),
      };
    });
}

function guardProblems(snapshot: CaseSnapshot, to: CaseState): GuardProblem[] {
  switch (to) {
    case 'results_presented':
      return isBlank(snapshot.workshopDate)
        ? [{ code: 'workshop_date_missing', field: 'workshopDate' }]
        : [];
    case 'areas_chosen':
      return snapshot.areas.some((a) => a.selected)
        ? []
        : [{ code: 'no_area_selected', field: 'areas' }];
    case 'measures_planned':
      return planProblems(snapshot);
    case 'evaluated':
      return planMeasures(snapshot)
        .filter((m) => !m.hasEvaluation)
        .map((m) => ({
          code: 'evaluation_missing',
          entityId: m.id,
          field: 'evaluation',
          label: m.title,
        }));
    default:
      return [];
  }
}

/**
 * The plan is the non-cancelled measures of the selected areas; measures left under an area that was
 * later deselected are not part of it, so they are neither required to be complete nor evaluated.
 * A measure is "responsible"-complete with an accountable user or a free-text role.
 */
function planMeasures(snapshot: CaseSnapshot): CaseSnapshot['measures'] {
  const selected = new Set(snapshot.areas.filter((a) => a.selected).map((a) => a.id));
  return snapshot.measures.filter((m) => selected.has(m.areaId) && isInPlan(m.status));
}

function planProblems(snapshot: CaseSnapshot): GuardProblem[] {
  const measures = planMeasures(snapshot);
  const problems: GuardProblem[] = snapshot.areas
    .filter((a) => a.selected && !measures.some((m) => m.areaId === a.id))
    .map((a) => ({
      code: 'area_without_measures',
      entityId: a.id,
      field: 'measures',
      label: a.title,
    }));
  for (const m of measures) {
    const measure = { entityId: m.id, label: m.title };
    if (isBlank(m.goal)) problems.push({ code: 'goal_missing', field: 'goal', ...measure });
    if (isBlank(m.responsibleUserId) && isBlank(m.responsibleRole)) {
      problems.push({
        code: 'responsible_missing',
        field: 'responsible',
        ...measure,
      });
    }
    if (isBlank(m.deadline))
      problems.push({
        code: 'deadline_missing',
        field: 'deadline',
        ...measure,
      });
  }
  return problems;
}

const PROBLEM_TEXT: Record<GuardProblemCode, string> = {
  transition_not_allowed: 'the transition is not allowed',
  role_required: 'a role is required',
  reason_required: 'a reason is required',
  workshop_date_missing: 'the workshop date is not set',
  no_area_selected: 'no area is selected',
  area_without_measures: 'no measures',
  goal_missing: 'no goal',
  responsible_missing: 'no responsible',
  deadline_missing: 'no deadline',
  evaluation_missing: 'no evaluation',
};

const SUBJECT_KIND: Partial<Record<GuardProblemCode, string>> = {
  area_without_measures: 'area',
  goal_missing: 'measure',
  responsible_missing: 'measure',
  deadline_missing: 'measure',
  evaluation_missing: 'measure',
};

/** One sentence naming everything that is missing, grouped per area or measure. */
function describe(to: CaseState, problems: GuardProblem[]): string {
  const phrases = new Map<string, { subject: string | null; defects: string[] }>();
  for (const p of problems) {
    const kind = SUBJECT_KIND[p.code];
    const key = kind && p.entityId ? `${kind}:${p.entityId}` : p.code;
    const subject = kind ? `${kind} "${p.label?.trim() || p.entityId}"` : null;
    const phrase = phrases.get(key) ?? { subject, defects: [] };
    phrase.defects.push(PROBLEM_TEXT[p.code]);
    phrases.set(key, phrase);
  }
  const text = [...phrases.values()]
    .map(({ subject, defects }) =>
      subject ? `${subject} has ${defects.join(', ')}` : defects.join(', '),
    )
    .join('; ');
  return `Cannot move to ${to}: ${text}`;
}

function refuse(
  kind: TransitionRefusal,
  message: string,
  missing: GuardProblem[],
): TransitionCheck {
  return { allowed: false, kind, missing, message };
}

function isBlank(value: string | null | undefined): boolean {
  return value == null || value.trim() === '';
}
