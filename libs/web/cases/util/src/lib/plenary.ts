import type { AreaDto, AreaKindValue, WorkshopGroupDto } from '@tiltak/shared/api-contract';

export interface MergedProposal {
  key: string;
  kind: AreaKindValue;
  title: string;
  indexCodes: string[];
  /** How many groups proposed it. */
  groups: number;
  groupNames: string[];
  /** The unit's area with the same title, if one exists. */
  area: AreaDto | null;
}

/** Titles are compared case- and space-insensitively, as the API's plenary does. */
export function proposalKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
}

/**
 * Merges the groups' proposals for the plenary: one row per distinct title with the number of
 * groups that chose it, most-chosen first, then by title. The same title proposed twice by one
 * group counts once. The first spelling and kind seen wins; index links are unioned.
 */
export function mergeProposals(
  groups: readonly WorkshopGroupDto[],
  areas: readonly AreaDto[] = [],
): MergedProposal[] {
  const byKey = new Map<string, MergedProposal>();
  for (const group of groups) {
    const seenInGroup = new Set<string>();
    for (const proposal of group.proposals) {
      const key = proposalKey(proposal.title);
      if (!key || seenInGroup.has(key)) continue;
      seenInGroup.add(key);
      const existing = byKey.get(key);
      if (existing) {
        existing.groups += 1;
        existing.groupNames.push(group.name);
        for (const code of proposal.indexCodes ?? []) {
          if (!existing.indexCodes.includes(code)) existing.indexCodes.push(code);
        }
      } else {
        byKey.set(key, {
          key,
          kind: proposal.kind,
          title: proposal.title.trim().replace(/\s+/g, ' '),
          indexCodes: [...(proposal.indexCodes ?? [])],
          groups: 1,
          groupNames: [group.name],
          area: null,
        });
      }
    }
  }
  const areaByKey = new Map(areas.map((area) => [proposalKey(area.title), area]));
  const merged = [...byKey.values()].map((item) => ({
    ...item,
    area: areaByKey.get(item.key) ?? null,
  }));
  return merged.sort((a, b) => b.groups - a.groups || a.title.localeCompare(b.title, 'nb'));
}
