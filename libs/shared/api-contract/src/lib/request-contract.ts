/**
 * Request shapes of the Tiltak REST API: the JSON bodies of the write routes and the query parameters
 * of the read routes. The API's validating DTO classes `implements` these, the web sends them, and the
 * API test harness (apps/api/test/api-harness.ts) types its bodies with them, so a change here breaks
 * the compiler on every side. `DevLoginRequest` (api-contract.ts) and `UpdateContentPageRequest`
 * (content-contract.ts) live beside their responses.
 *
 * Query parameters arrive as strings; these types give them as the API reads them after conversion.
 * In PATCH bodies an absent field is left as it is; `null` clears a field that may be empty.
 */
import type { CaseState, EscalationStep, MeasureStatus, Role } from '@tiltak/shared/domain';
import type {
  Achieved,
  AreaKindValue,
  GroupProposal,
  Language,
  OrgUnitKind,
  PhaseDeadlines,
  UserDto,
  UserStatus,
  Verdict,
} from './api-contract';
import type { NotificationStatus } from './escalation-contract';
import type { ReportFormat, ReportGroupBy } from './report-contract';

/** Optimistic locking: the version last read; a stale one is a 409 with the version now stored. */
export interface VersionedRequest {
  version: number;
}

/** `page` counts from 1 (default 1); `pageSize` defaults to 50. */
export interface PageParams {
  page?: number;
  pageSize?: number;
}

// Cases: /api/cases

/** GET /api/cases */
export interface ListCasesParams extends PageParams {
  roundId?: string;
  unitId?: string;
  /** With unitId: include the cases of every unit below it. */
  subtree?: boolean;
  state?: CaseState;
}

/** POST /api/cases */
export interface CreateCaseRequest {
  roundId: string;
  unitId: string;
}

/** PATCH /api/cases/{id}/workshop */
export interface UpdateWorkshopRequest extends VersionedRequest {
  date?: string | null;
  participants?: number | null;
  facilitator?: string | null;
  notes?: string | null;
}

/** POST /api/cases/{id}/transitions */
export interface TransitionRequest extends VersionedRequest {
  to: CaseState;
  /** Required by the transitions that go back a step. */
  reason?: string;
}

/** POST /api/cases/{id}/groups */
export interface CreateGroupRequest {
  name: string;
  /** At most four. */
  proposals: GroupProposal[];
}

/** PATCH /api/cases/{id}/groups/{groupId} */
export interface UpdateGroupRequest extends VersionedRequest, Partial<CreateGroupRequest> {}

/** POST /api/cases/{id}/areas */
export interface CreateAreaRequest {
  kind: AreaKindValue;
  title: string;
  description?: string | null;
  indexCodes?: string[];
  selected?: boolean;
  rank?: number | null;
  votes?: number;
}

/** PATCH /api/cases/{id}/areas/{areaId} */
export interface UpdateAreaRequest extends VersionedRequest, Partial<CreateAreaRequest> {}

/** POST /api/cases/{id}/comments */
export interface CreateCommentRequest {
  body: string;
  measureId?: string | null;
}

/** POST /api/cases/{id}/confirmations */
export interface CreateConfirmationRequest {
  /** The phase the safety representative took part in (the case state it belongs to). */
  phase: CaseState;
  note?: string | null;
}

/** PUT /api/cases/{id}/results: the unit's result typed in from the PDF report, checked as an import is. */
export interface EnterResultsRequest {
  /** The version last read; omitted when the unit has no result yet. */
  version?: number;
  invited: number;
  respondents: number;
  /** `{ "<index code>": { "mean": 4.1, "sd": 0.7, "n": 23 } }`: all three, or the index left out. */
  indices?: Record<string, { mean: number; sd: number; n: number }>;
  /** Percent of respondents per bucket: `{ "<=37.5": 20, "37.5-40": 30, "40-45": 35, ">45": 15 }` */
  workingHours?: Record<string, number> | null;
  appraisalYesPct?: number | null;
  appraisalUsefulness?: number | null;
}

// Measures: POST /api/cases/{id}/measures and /api/measures/{id}

/** POST /api/cases/{id}/measures */
export interface CreateMeasureRequest {
  areaId: string;
  title: string;
  description?: string | null;
  goal?: string | null;
  responsibleUserId?: string | null;
  responsibleRole?: string | null;
  importance?: number | null;
  feasibility?: number | null;
  /** The first deadline; later moves go through POST /api/measures/{id}/deadline with a reason. */
  deadline?: string | null;
}

/** PATCH /api/measures/{id}: `deadline` only sets a first one. */
export interface UpdateMeasureRequest extends VersionedRequest, Partial<CreateMeasureRequest> {}

/** POST /api/measures/{id}/status: cancelling goes through POST /api/measures/{id}/cancel. */
export interface MeasureStatusRequest extends VersionedRequest {
  status: Exclude<MeasureStatus, 'cancelled'>;
  /** When done: the completion date (default today). */
  completedOn?: string;
}

/** POST /api/measures/{id}/deadline */
export interface DeadlineChangeRequest extends VersionedRequest {
  deadline: string;
  reason: string;
}

/** POST /api/measures/{id}/cancel */
export interface CancelMeasureRequest extends VersionedRequest {
  reason: string;
}

/** PUT /api/measures/{id}/evaluation */
export interface EvaluationRequest extends VersionedRequest {
  achieved: Achieved;
  verdict: Verdict;
  whatChanged: string;
  /** Default today. */
  evaluatedOn?: string;
}

// Users: /api/users

/** GET /api/users: `caseId` asks for the directory of a case, and is required for non-admins. */
export interface ListUsersParams extends PageParams {
  q?: string;
  /** Default `active`. */
  status?: UserStatus;
  caseId?: string;
}

/** PATCH /api/users/me */
export interface UpdateMyProfileRequest {
  language?: Language;
  notifyMode?: UserDto['notifyMode'];
}

/** POST /api/users */
export interface CreateUserRequest {
  name: string;
  email: string;
  language?: Language;
}

/** PATCH /api/users/{id} */
export interface UpdateUserRequest extends UpdateMyProfileRequest {
  name?: string;
  email?: string;
  active?: boolean;
}

/** POST /api/users/{id}/roles */
export interface AssignRoleRequest {
  role: Role;
  unitId: string;
}

// Organisation: /api/org-units and /api/rounds

/** POST /api/org-units */
export interface CreateOrgUnitRequest {
  code: string;
  parentId?: string | null;
  kind: OrgUnitKind;
  nameNb: string;
  nameEn: string;
  leaderId?: string | null;
}

/** PATCH /api/org-units/{id} */
export interface UpdateOrgUnitRequest {
  nameNb?: string;
  nameEn?: string;
  leaderId?: string | null;
  active?: boolean;
}

/** PUT /api/org-units/{id}/predecessors: the units a reorganised unit replaces. */
export interface SetPredecessorsRequest {
  predecessorIds: string[];
}

/** POST /api/rounds */
export interface CreateRoundRequest extends Partial<PhaseDeadlines> {
  name: string;
  year: number;
  invitedCount?: number | null;
  invitedDate?: string | null;
  anonymityThreshold?: number;
}

/** PATCH /api/rounds/{id} */
export interface UpdateRoundRequest extends VersionedRequest, Partial<PhaseDeadlines> {
  name?: string;
  invitedCount?: number | null;
  invitedDate?: string | null;
  responses?: number | null;
  anonymityThreshold?: number;
}

// Escalation and notifications

/** PUT /api/rounds/{id}/escalation-policy: the round's version and its ladder, in order. */
export interface UpdateEscalationPolicyRequest extends VersionedRequest {
  steps: EscalationStep[];
}

/** GET /api/escalations/preview: how many days ahead (default 14). */
export interface EscalationPreviewParams {
  days?: number;
}

/** GET /api/notifications */
export interface ListNotificationsParams extends PageParams {
  status?: NotificationStatus;
}

// Reports: /api/reports

/** GET /api/reports/impact: the round, and a unit to narrow it to (default: the caller's whole scope). */
export interface ReportScopeParams {
  roundId: string;
  unitId?: string;
}

/** GET /api/reports/results: a report that can also be downloaded (default `json`). */
export interface ReportFileParams extends ReportScopeParams {
  format?: ReportFormat;
}

/** GET /api/reports/completion: rows per `groupBy` (default `faculty`). */
export interface CompletionReportParams extends ReportFileParams {
  groupBy?: ReportGroupBy;
}

/** GET /api/reports/overdue: one page as JSON; CSV and XLSX hold every row. */
export interface OverdueReportParams extends PageParams, ReportFileParams {}

// Imports: the file is the raw CSV or XLSX body; these are the query parameters.

/** POST /api/imports/results and /api/imports/sector-benchmark */
export interface ImportResultsParams {
  roundId: string;
}

/** `merge` adds and updates; `full` takes the file as everyone (docs/org-people-import.md). */
export type PeopleImportMode = 'merge' | 'full';

/** POST /api/imports/org-units */
export interface OrgImportParams {
  /** Only report the difference and the problems (the default); false applies the file. */
  dryRun?: boolean;
  /** The file's name, kept with it in the import history. */
  filename?: string;
}

/** POST /api/imports/people (default mode `merge`) */
export interface PeopleImportParams extends OrgImportParams {
  mode?: PeopleImportMode;
}
