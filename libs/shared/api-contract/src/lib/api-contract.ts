/**
 * Request and response shapes of the Tiltak REST API, shared by the API and the web app.
 * Dates are ISO strings: `YYYY-MM-DD` for calendar dates (Europe/Oslo), full ISO for instants.
 */
import type {
  AreaKind,
  CaseState,
  EvaluationAchieved,
  EvaluationVerdict,
  MeasureStatus,
  Role,
} from '@tiltak/shared/domain';

export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type OrgUnitKind = 'institution' | 'faculty' | 'department' | 'section' | 'group';
export type AreaKindValue = AreaKind;
export type Achieved = EvaluationAchieved;
export type Verdict = EvaluationVerdict;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  /** Field-level problems for 400s: `{ field: 'deadline', problem: 'must be a date YYYY-MM-DD' }`. */
  details?: { field: string; problem: string }[];
  /** For a refused transition (409): what is missing. */
  missing?: { code: string; entityId?: string; field?: string; label?: string }[];
  /** For a stale optimistic-lock version (409): the version now stored. */
  currentVersion?: number;
}

export interface RoleAssignmentDto {
  id: string;
  role: Role;
  unitId: string;
  unitCode: string;
}

export interface UserDto {
  id: string;
  name: string;
  email: string;
  language: Language;
  notifyMode: 'immediate' | 'digest';
  /** An inactive user cannot sign in; their roles are kept, and deadline e-mails go past them. */
  active: boolean;
}

/**
 * A colleague as the directory shows them to non-admins (GET /api/users?caseId=…, GET /api/users/{id}):
 * who, and how to reach them; nothing else.
 */
export type DirectoryUserDto = Pick<UserDto, 'id' | 'name' | 'email'>;

/** Which users GET /api/users lists. */
export type UserStatus = 'active' | 'inactive' | 'all';

export interface MeDto extends UserDto {
  roles: RoleAssignmentDto[];
}

/** GET /api/auth/config: how the sign-in page signs people in. */
export interface AuthConfigDto {
  mode: 'dev' | 'oidc';
  /** "Sign in with <providerName>" in oidc mode; null in dev mode. */
  providerName: string | null;
}

/** POST /api/auth/logout: where the browser goes next (the issuer's sign-out, or /sign-in). */
export interface LogoutDto {
  redirectUrl: string;
}

/** Reasons the OpenID Connect callback sends to /sign-in?error=<reason>. */
export const SIGN_IN_ERRORS = [
  'expired',
  'provider',
  'failed',
  'unavailable',
  'email_missing',
  'email_unverified',
  'linked_elsewhere',
  'unknown_person',
  'deactivated',
] as const;
export type SignInError = (typeof SIGN_IN_ERRORS)[number];

export interface DevLoginRequest {
  email: string;
}

export interface OrgUnitDto {
  id: string;
  code: string;
  parentId: string | null;
  kind: OrgUnitKind;
  nameNb: string;
  nameEn: string;
  leaderId: string | null;
  active: boolean;
}

export interface PhaseDeadlines {
  followUpMeetingBy: string | null;
  planRegisteredBy: string | null;
  evaluationBy: string | null;
}

export interface RoundDto extends PhaseDeadlines {
  id: string;
  name: string;
  year: number;
  invitedCount: number | null;
  invitedDate: string | null;
  responses: number | null;
  anonymityThreshold: number;
  version: number;
}

export interface CaseSummaryDto {
  id: string;
  roundId: string;
  roundName: string;
  roundYear: number;
  unitId: string;
  unitCode: string;
  unitNameNb: string;
  unitNameEn: string;
  state: CaseState;
  version: number;
  workshopDate: string | null;
  measuresTotal: number;
  measuresDone: number;
  measuresOverdue: number;
  /** The earliest open deadline: a phase deadline of the round or a measure's deadline. */
  nextDeadline: string | null;
  updatedAt: string;
}

export interface WorkshopDto {
  date: string | null;
  participants: number | null;
  facilitator: string | null;
  notes: string | null;
}

export interface AreaDto {
  id: string;
  caseId: string;
  kind: AreaKindValue;
  title: string;
  description: string | null;
  indexCodes: string[];
  selected: boolean;
  rank: number | null;
  votes: number;
  version: number;
}

export interface EvaluationDto {
  achieved: Achieved;
  verdict: Verdict;
  whatChanged: string;
  evaluatedOn: string;
  evaluatedById: string;
  evaluatedByName: string;
}

export interface DeadlineChangeDto {
  from: string | null;
  to: string;
  reason: string;
  changedById: string;
  changedAt: string;
}

export interface MeasureDto {
  id: string;
  caseId: string;
  areaId: string;
  title: string;
  description: string | null;
  goal: string | null;
  responsibleUserId: string | null;
  responsibleUserName: string | null;
  responsibleRole: string | null;
  deadline: string | null;
  deadlineVersion: number;
  importance: number | null;
  feasibility: number | null;
  status: MeasureStatus;
  overdue: boolean;
  completedOn: string | null;
  cancelReason: string | null;
  evaluation: EvaluationDto | null;
  deadlineHistory: DeadlineChangeDto[];
  version: number;
}

export interface GroupProposal {
  kind: AreaKindValue;
  title: string;
  indexCodes?: string[];
}

export interface WorkshopGroupDto {
  id: string;
  caseId: string;
  name: string;
  proposals: GroupProposal[];
  version: number;
}

export interface PlenaryItemDto extends GroupProposal {
  /** How many groups proposed this area (titles compared case- and space-insensitively). */
  groups: number;
  groupNames: string[];
  /** The unit's area created from it, if any. */
  areaId: string | null;
}

export interface CommentDto {
  id: string;
  caseId: string;
  measureId: string | null;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface ConfirmationDto {
  id: string;
  caseId: string;
  phase: CaseState;
  userId: string;
  userName: string;
  note: string | null;
  createdAt: string;
}

export interface TransitionOptionDto {
  to: CaseState;
  direction: 'forward' | 'back';
  /** Whether the guard passes now; when false, `missing` says why. */
  ready: boolean;
  message: string | null;
}

export interface CaseDetailDto extends CaseSummaryDto {
  workshop: WorkshopDto;
  phaseDeadlines: PhaseDeadlines;
  areas: AreaDto[];
  measures: MeasureDto[];
  groups: WorkshopGroupDto[];
  confirmations: ConfirmationDto[];
  /** What the signed-in user may do with this case. */
  permissions: { edit: boolean; comment: boolean; confirm: boolean; close: boolean };
  transitions: TransitionOptionDto[];
}

export interface TimelineEventDto {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}
