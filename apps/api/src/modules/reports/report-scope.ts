import type { DataSource } from 'typeorm';
import { type Actor, isAdmin } from '../../common/actor';
import { forbidden, notFound } from '../../common/errors';

/** Units whose subtrees the actor may report on (HR/HSE and leaders at their units); null = everything (admin). */
export function reportingUnits(actor: Actor): string[] | null {
  if (isAdmin(actor)) return null;
  return actor.assignments
    .filter((a) => a.role === 'hr' || a.role === 'leader')
    .map((a) => a.unitId);
}

/**
 * The subtrees a report covers: the unit asked for, when the actor may report on it, else everything
 * the actor may report on (null = everything). `what` names the report in a refusal.
 */
export async function reportScope(
  db: DataSource,
  actor: Actor,
  unitId: string | undefined,
  what: { all: string; unit: string },
): Promise<string[] | null> {
  const allowed = reportingUnits(actor);
  if (allowed && !allowed.length) throw forbidden(what.all);
  if (!unitId) return allowed;
  const [unit] = await db.query('SELECT path FROM org_unit WHERE id = $1', [unitId]);
  if (!unit) throw notFound('Unit');
  if (allowed && !(unit.path as string[]).some((id) => allowed.includes(id)))
    throw forbidden(what.unit);
  return [unitId];
}
