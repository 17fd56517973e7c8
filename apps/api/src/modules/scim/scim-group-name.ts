import { SYNCED_ROLES, type SyncedRole } from '../imports';

/** Groups in the identity system are named `tiltak-<role>-<UNITCODE>`; unit codes may contain dashes. */
export const GROUP_PREFIX = 'tiltak-';

export interface GroupKey {
  role: SyncedRole;
  unitCode: string;
}

export function groupName(key: GroupKey): string {
  return `${GROUP_PREFIX}${key.role}-${key.unitCode}`;
}

/** The role and unit code a group name stands for; null when the name does not follow the convention. */
export function parseGroupName(name: string): GroupKey | null {
  const match = /^tiltak-([a-z]+)-(\S+)$/i.exec(name.trim());
  if (!match) return null;
  const role = match[1].toLowerCase() as SyncedRole;
  return SYNCED_ROLES.includes(role) ? { role, unitCode: match[2] } : null;
}

/**
 * A group's SCIM id: the role and the unit's id, so the id survives a unit being renamed or recoded.
 * Groups are not stored: a group is the set of people holding one role at one unit.
 */
export function groupId(role: SyncedRole, unitId: string): string {
  return `${role}.${unitId}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseGroupId(id: string): { role: SyncedRole; unitId: string } | null {
  const [role, unitId, ...rest] = id.split('.');
  if (rest.length || !unitId || !UUID.test(unitId) || !SYNCED_ROLES.includes(role as SyncedRole))
    return null;
  return { role: role as SyncedRole, unitId: unitId.toLowerCase() };
}
