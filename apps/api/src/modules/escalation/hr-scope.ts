import type { Actor } from '../../common/actor';
import { isAdmin } from '../../common/actor';

/**
 * Units whose escalations an actor oversees: null for admins (everything), the HR/HSE scope units for
 * HR (their subtrees are covered via org_unit.path), an empty list for everyone else.
 */
export function escalationScope(actor: Actor): string[] | null {
  if (isAdmin(actor)) return null;
  return actor.assignments.filter((a) => a.role === 'hr').map((a) => a.unitId);
}
