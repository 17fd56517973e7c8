import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { notFound, staleVersion } from './errors';

/**
 * Loads a row for update inside the caller's transaction and checks the version the client saw:
 * a stale version is a 409, so a concurrent edit is never silently overwritten.
 */
export async function lockVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  label: string,
): Promise<T> {
  const row = await em
    .getRepository(entity)
    .findOne({ where: { id } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
  if (!row) throw notFound(label[0].toUpperCase() + label.slice(1));
  if (row.version !== expectedVersion) throw staleVersion(label, row.version);
  row.version += 1;
  return row;
}
