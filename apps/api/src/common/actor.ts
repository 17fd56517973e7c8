import type { Role } from '@tiltak/shared/domain';

export interface Assignment {
  role: Role;
  unitId: string;
}

/** The signed-in user of a request, with what they may do. Built once per request by the auth guard. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  language: 'nb' | 'en';
  assignments: Assignment[];
  /** HR/HSE for a whole institution (a role at a root unit): may change rounds. */
  institutionHr: boolean;
  requestId: string;
}

export interface CaseScope {
  unitId: string;
  /** Ancestor ids of the case's unit, root first, including the unit itself. */
  unitPath: string[];
}

export function isAdmin(actor: Actor): boolean {
  return actor.assignments.some((a) => a.role === 'admin');
}

function covering(actor: Actor, scope: CaseScope, role: Role): boolean {
  return actor.assignments.some((a) => a.role === role && scope.unitPath.includes(a.unitId));
}

/**
 * Object-level access rules (the table in docs/architecture.md § Access). A role assigned at a unit covers its subtree; a leader
 * edits only the units they lead themselves (not the ones below), admin is institution-wide.
 */
export const access = {
  read(actor: Actor, scope: CaseScope): boolean {
    return isAdmin(actor) || actor.assignments.some((a) => scope.unitPath.includes(a.unitId));
  },
  /** Comments, confirmations and the timeline are for those who follow the case, not all employees. */
  readInternal(actor: Actor, scope: CaseScope): boolean {
    return (
      isAdmin(actor) ||
      actor.assignments.some((a) => a.role !== 'employee' && scope.unitPath.includes(a.unitId))
    );
  },
  edit(actor: Actor, scope: CaseScope): boolean {
    return (
      isAdmin(actor) ||
      actor.assignments.some((a) => a.role === 'leader' && a.unitId === scope.unitId)
    );
  },
  comment(actor: Actor, scope: CaseScope): boolean {
    return (
      access.edit(actor, scope) ||
      covering(actor, scope, 'verneombud') ||
      covering(actor, scope, 'hr')
    );
  },
  confirm(actor: Actor, scope: CaseScope): boolean {
    return covering(actor, scope, 'verneombud');
  },
  close(actor: Actor, scope: CaseScope): boolean {
    return isAdmin(actor) || covering(actor, scope, 'hr');
  },
};

/** The role recorded in the audit trail: the one that allowed the action. */
export function roleFor(actor: Actor, scope: CaseScope | null): Role | null {
  if (isAdmin(actor)) return 'admin';
  if (!scope) return actor.assignments[0]?.role ?? null;
  const order: Role[] = ['leader', 'hr', 'verneombud', 'employee'];
  for (const role of order) {
    if (role === 'leader' ? access.edit(actor, scope) : covering(actor, scope, role)) return role;
  }
  return null;
}
