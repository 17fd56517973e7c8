import type { Role } from '@tiltak/shared/domain';
import type { EntityManager } from 'typeorm';
import { type Actor, isAdmin } from '../../common/actor';

/*
 * Every access rule of the API, each written once: a TypeScript predicate for one object and, where
 * SQL filters many rows by the same rule, the SQL fragment generated beside it (docs/architecture.md,
 * "Access"). A role assigned at a unit covers its subtree; a leader edits only the units they lead
 * themselves (not the ones below); admin is institution-wide.
 */

export interface CaseScope {
  unitId: string;
  /** Ancestor ids of the case's unit, root first, including the unit itself. */
  unitPath: string[];
}

/** Units whose subtrees an actor covers for one purpose; null = every unit (admin). */
export type UnitScope = string[] | null;

/** Whether a unit, given by its path (ancestors and itself, root first), lies in the scope. */
export function inScope(scope: UnitScope, unitPath: readonly string[]): boolean {
  return scope === null || unitPath.some((id) => scope.includes(id));
}

/** `inScope` in SQL for a scope that is not null: `path` is an org_unit.path, `units` a uuid[] parameter. */
export function inScopeSql(path: string, units: string): string {
  return `${path} && ${units}::uuid[]`;
}

/** `inScope` in SQL for a uuid[] parameter that may be NULL (every unit). */
export function inNullableScopeSql(path: string, units: string): string {
  return `(${units}::uuid[] IS NULL OR ${inScopeSql(path, units)})`;
}

/** Cases an actor may read: any role covers its unit's subtree. */
export function caseReadScope(actor: Actor): UnitScope {
  if (isAdmin(actor)) return null;
  return actor.assignments.map((a) => a.unitId);
}

/**
 * Units whose escalations an actor oversees: null for admins (everything), the HR/HSE scope units for
 * HR (their subtrees are covered via org_unit.path), an empty list for everyone else.
 */
export function escalationScope(actor: Actor): UnitScope {
  if (isAdmin(actor)) return null;
  return actor.assignments.filter((a) => a.role === 'hr').map((a) => a.unitId);
}

/** Units whose subtrees the actor may report on (HR/HSE and leaders at their units); null = everything (admin). */
export function reportingUnits(actor: Actor): UnitScope {
  if (isAdmin(actor)) return null;
  return actor.assignments
    .filter((a) => a.role === 'hr' || a.role === 'leader')
    .map((a) => a.unitId);
}

function covering(actor: Actor, scope: CaseScope, role: Role): boolean {
  return actor.assignments.some((a) => a.role === role && scope.unitPath.includes(a.unitId));
}

/** Object-level rules on one case. */
export const access = {
  read(actor: Actor, scope: CaseScope): boolean {
    return inScope(caseReadScope(actor), scope.unitPath);
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

/**
 * The people of a case's directory: active users with a role at the case's unit or in its subtree, and
 * those who hold a role above it that covers it (leader, HR, verneombud, admin; not the employees of the
 * units above). $1 is the case's unit id, $2 its path (ancestors and itself).
 */
export const CASE_DIRECTORY = `
  SELECT u.id FROM app_user u
   WHERE u.active AND EXISTS (
     SELECT 1 FROM role_assignment r JOIN org_unit o ON o.id = r.unit_id
      WHERE r.user_id = u.id
        AND (o.path @> ARRAY[$1::uuid] OR (r.unit_id = ANY ($2::uuid[]) AND r.role <> 'employee')))`;

/** Whether the user belongs to the case's directory: who may be made responsible for its measures. */
export async function inCaseDirectory(
  em: EntityManager,
  scope: CaseScope,
  userId: string,
): Promise<boolean> {
  const rows = await em.query(`${CASE_DIRECTORY} AND u.id = $3`, [
    scope.unitId,
    scope.unitPath,
    userId,
  ]);
  return rows.length > 0;
}
