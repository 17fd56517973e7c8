import type { Actor } from './actor';
import { isAdmin } from './actor';
import { forbidden } from './errors';

export function requireAdmin(actor: Actor, what: string): void {
  if (!isAdmin(actor)) throw forbidden(what);
}
