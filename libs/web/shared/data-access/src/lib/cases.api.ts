import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AreaDto,
  CancelMeasureRequest,
  CaseDetailDto,
  CaseImpactDto,
  CaseResultsDto,
  CaseSummaryDto,
  CommentDto,
  ConfirmationDto,
  CreateAreaRequest,
  CreateCommentRequest,
  CreateConfirmationRequest,
  CreateGroupRequest,
  CreateMeasureRequest,
  DeadlineChangeRequest,
  EvaluationRequest,
  GroupProposal,
  ListCasesParams,
  MeasureDto,
  MeasureStatusRequest,
  Page,
  PlenaryItemDto,
  TimelineEventDto,
  TransitionRequest,
  UpdateAreaRequest,
  UpdateGroupRequest,
  UpdateMeasureRequest,
  UpdateWorkshopRequest,
  WorkshopDto,
  WorkshopGroupDto,
} from '@tiltak/shared/api-contract';
import type { CaseState } from '@tiltak/shared/domain';
import { SILENT_ERRORS } from './http-context';

/** Mutations explain their own 400/409s inline (guard messages, stale versions), so they are silent. */
const silent = { context: new HttpContext().set(SILENT_ERRORS, true) };

@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);

  list(query: ListCasesParams) {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '')
        params = params.set(key, String(value));
    }
    return this.http.get<Page<CaseSummaryDto>>('/api/cases', { params });
  }

  get(id: string) {
    return this.http.get<CaseDetailDto>(`/api/cases/${id}`);
  }

  results(id: string) {
    return this.http.get<CaseResultsDto>(`/api/cases/${id}/results`);
  }

  /** The change of the indices the plan's areas aimed at, in the unit's next round. */
  impact(id: string) {
    return this.http.get<CaseImpactDto>(`/api/cases/${id}/impact`);
  }

  updateWorkshop(id: string, version: number, workshop: WorkshopDto) {
    return this.http.patch<CaseDetailDto>(
      `/api/cases/${id}/workshop`,
      { version, ...workshop } satisfies UpdateWorkshopRequest,
      silent,
    );
  }

  transition(id: string, to: CaseState, version: number, reason?: string) {
    return this.http.post<CaseDetailDto>(
      `/api/cases/${id}/transitions`,
      { to, version, reason } satisfies TransitionRequest,
      silent,
    );
  }

  addGroup(caseId: string, name: string, proposals: GroupProposal[]) {
    return this.http.post<WorkshopGroupDto>(
      `/api/cases/${caseId}/groups`,
      { name, proposals } satisfies CreateGroupRequest,
      silent,
    );
  }

  updateGroup(
    caseId: string,
    group: Pick<WorkshopGroupDto, 'id' | 'version' | 'name' | 'proposals'>,
  ) {
    const { id, ...body } = group;
    return this.http.patch<WorkshopGroupDto>(
      `/api/cases/${caseId}/groups/${id}`,
      body satisfies UpdateGroupRequest,
      silent,
    );
  }

  plenary(caseId: string) {
    return this.http.get<PlenaryItemDto[]>(`/api/cases/${caseId}/plenary`);
  }

  addArea(caseId: string, area: CreateAreaRequest) {
    return this.http.post<AreaDto>(`/api/cases/${caseId}/areas`, area, silent);
  }

  updateArea(
    caseId: string,
    areaId: string,
    version: number,
    changes: Omit<UpdateAreaRequest, 'version'>,
  ) {
    return this.http.patch<AreaDto>(
      `/api/cases/${caseId}/areas/${areaId}`,
      { version, ...changes } satisfies UpdateAreaRequest,
      silent,
    );
  }

  addMeasure(caseId: string, measure: CreateMeasureRequest) {
    return this.http.post<MeasureDto>(`/api/cases/${caseId}/measures`, measure, silent);
  }

  updateMeasure(
    measureId: string,
    version: number,
    changes: Omit<UpdateMeasureRequest, 'version'>,
  ) {
    return this.http.patch<MeasureDto>(
      `/api/measures/${measureId}`,
      { version, ...changes } satisfies UpdateMeasureRequest,
      silent,
    );
  }

  setMeasureStatus(measureId: string, version: number, status: MeasureStatusRequest['status']) {
    return this.http.post<MeasureDto>(
      `/api/measures/${measureId}/status`,
      { version, status } satisfies MeasureStatusRequest,
      silent,
    );
  }

  changeDeadline(measureId: string, version: number, deadline: string, reason: string) {
    return this.http.post<MeasureDto>(
      `/api/measures/${measureId}/deadline`,
      { version, deadline, reason } satisfies DeadlineChangeRequest,
      silent,
    );
  }

  cancelMeasure(measureId: string, version: number, reason: string) {
    return this.http.post<MeasureDto>(
      `/api/measures/${measureId}/cancel`,
      { version, reason } satisfies CancelMeasureRequest,
      silent,
    );
  }

  evaluate(measureId: string, version: number, evaluation: Omit<EvaluationRequest, 'version'>) {
    return this.http.put<MeasureDto>(
      `/api/measures/${measureId}/evaluation`,
      { version, ...evaluation } satisfies EvaluationRequest,
      silent,
    );
  }

  /** Read by those who take part (not by employees); callers show nothing when refused. */
  comments(caseId: string) {
    return this.http.get<CommentDto[]>(`/api/cases/${caseId}/comments`, silent);
  }

  addComment(caseId: string, body: string, measureId?: string) {
    return this.http.post<CommentDto>(
      `/api/cases/${caseId}/comments`,
      { body, measureId } satisfies CreateCommentRequest,
      silent,
    );
  }

  confirmations(caseId: string) {
    return this.http.get<ConfirmationDto[]>(`/api/cases/${caseId}/confirmations`, silent);
  }

  confirm(caseId: string, phase: CaseState, note: string | null) {
    return this.http.post<ConfirmationDto>(
      `/api/cases/${caseId}/confirmations`,
      { phase, note } satisfies CreateConfirmationRequest,
      silent,
    );
  }

  timeline(caseId: string) {
    return this.http.get<TimelineEventDto[]>(`/api/cases/${caseId}/timeline`, silent);
  }
}
