export const ROLES = ['admin', 'hr', 'leader', 'verneombud', 'employee'] as const;

export type Role = (typeof ROLES)[number];

export function hasAnyRole(actor: { roles: readonly Role[] }, wanted: readonly Role[]): boolean {
  return actor.roles.some((role) => wanted.includes(role));
}
