import type { DeadlineChangeDto, MeasureDto } from '@tiltak/shared/api-contract';
import { isOverdue } from '@tiltak/shared/domain';
import type { MeasureDeadlineChangeEntity } from './measure-deadline-change.entity';
import type { MeasureEntity } from './measure.entity';

export const toDeadlineChangeDto = (c: MeasureDeadlineChangeEntity): DeadlineChangeDto => ({
  from: c.fromDeadline,
  to: c.toDeadline,
  reason: c.reason,
  changedById: c.changedBy,
  changedAt: c.changedAt.toISOString(),
});

export function toMeasureDto(
  m: MeasureEntity,
  today: string,
  names: Map<string, string>,
  history: MeasureDeadlineChangeEntity[],
): MeasureDto {
  return {
    id: m.id,
    caseId: m.caseId,
    areaId: m.areaId,
    title: m.title,
    description: m.description,
    goal: m.goal,
    responsibleUserId: m.responsibleUserId,
    responsibleUserName: m.responsibleUserId ? (names.get(m.responsibleUserId) ?? null) : null,
    responsibleRole: m.responsibleRole,
    deadline: m.deadline,
    deadlineVersion: m.deadlineVersion,
    importance: m.importance,
    feasibility: m.feasibility,
    status: m.status,
    overdue: isOverdue(m, today),
    completedOn: m.completedOn,
    cancelReason: m.cancelReason,
    evaluation:
      m.evalAchieved && m.evalVerdict
        ? {
            achieved: m.evalAchieved,
            verdict: m.evalVerdict,
            whatChanged: m.evalWhatChanged ?? '',
            evaluatedOn: m.evalOn ?? '',
            evaluatedById: m.evalBy ?? '',
            evaluatedByName: (m.evalBy && names.get(m.evalBy)) || '',
          }
        : null,
    deadlineHistory: history.filter((h) => h.measureId === m.id).map(toDeadlineChangeDto),
    version: m.version,
  };
}
