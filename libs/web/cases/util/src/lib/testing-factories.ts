import type { AreaDto, MeasureDto, WorkshopGroupDto } from '@tiltak/shared/api-contract';

// Plain factories with defaults, overridden per test.
export function anArea(overrides: Partial<AreaDto> = {}): AreaDto {
  return {
    id: 'a1',
    caseId: 'c1',
    kind: 'develop',
    title: 'Bedre samarbeid om undervisningen',
    description: null,
    indexCodes: [],
    selected: true,
    rank: 1,
    votes: 0,
    version: 1,
    ...overrides,
  };
}

export function aMeasure(overrides: Partial<MeasureDto> = {}): MeasureDto {
  return {
    id: 'm1',
    caseId: 'c1',
    areaId: 'a1',
    title: 'Faste møter med faglig fokus',
    description: 'Faste møter for alle som er delaktige i hvert studieprogram',
    goal: 'Mer faglig samhandling',
    responsibleUserId: null,
    responsibleRole: 'Studieprogramledere',
    deadline: '2026-06-01',
    deadlineVersion: 1,
    importance: 4,
    feasibility: 4,
    status: 'planned',
    overdue: false,
    completedOn: null,
    cancelReason: null,
    evaluation: null,
    deadlineHistory: [],
    version: 1,
    ...overrides,
  };
}

export function aGroup(overrides: Partial<WorkshopGroupDto> = {}): WorkshopGroupDto {
  return { id: 'g1', caseId: 'c1', name: 'Gruppe 1', proposals: [], version: 1, ...overrides };
}
