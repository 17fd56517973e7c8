import type { AreaDto, WorkshopGroupDto } from '@tiltak/shared/api-contract';
import type { AreaEntity } from '../measures';
import type { WorkshopGroupEntity } from './workshop-group.entity';

export const toAreaDto = (a: AreaEntity): AreaDto => ({
  id: a.id,
  caseId: a.caseId,
  kind: a.kind,
  title: a.title,
  description: a.description,
  indexCodes: a.indexCodes,
  selected: a.selected,
  rank: a.rank,
  votes: a.votes,
  version: a.version,
});

export const toGroupDto = (g: WorkshopGroupEntity): WorkshopGroupDto => ({
  id: g.id,
  caseId: g.caseId,
  name: g.name,
  proposals: g.proposals,
  version: g.version,
});
