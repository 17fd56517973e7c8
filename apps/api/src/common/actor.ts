import type { Language } from '@tiltak/shared/api-contract';
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
  language: Language;
  assignments: Assignment[];
  /** HR/HSE for a whole institution (a role at a root unit): may change rounds. */
  institutionHr: boolean;
  requestId: string;
}

export function isAdmin(actor: Actor): boolean {
  return actor.assignments.some((a) => a.role === 'admin');
}
