import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { forbidden, notFound } from '../../common/errors';
import { inScope, reportingUnits, type UnitScope } from './scopes';

/**
 * The subtrees a report covers: the unit asked for, when the actor may report on it, else everything
 * the actor may report on (null = everything). `what` names the report in a refusal.
 */
export async function reportScope(
  db: DataSource,
  actor: Actor,
  unitId: string | undefined,
  what: { all: string; unit: string },
): Promise<UnitScope> {
  const allowed = reportingUnits(actor);
  if (allowed && !allowed.length) throw forbidden(what.all);
  if (!unitId) return allowed;
  const [unit] = await db.query('SELECT path FROM org_unit WHERE id = $1', [unitId]);
  if (!unit) throw notFound('Unit');
  if (!inScope(allowed, unit.path as string[])) throw forbidden(what.unit);
  return [unitId];
}
