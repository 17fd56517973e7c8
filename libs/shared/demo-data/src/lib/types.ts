import type { Language } from '@tiltak/shared/api-contract';

/**
 * One plain object per database row, with the column names of the initial migration
 * (apps/api/src/database/migrations/1764144000000-initial-schema.ts). Dates are `YYYY-MM-DD`,
 * instants are ISO strings, jsonb columns hold plain values (the loader serialises them).
 */
export type UnitKind = 'institution' | 'faculty' | 'department' | 'section' | 'group';
export type RoleName = 'admin' | 'hr' | 'leader' | 'verneombud' | 'employee';
export type CaseStateName =
  | 'results_published'
  | 'results_presented'
  | 'areas_chosen'
  | 'measures_planned'
  | 'evaluated'
  | 'closed';
export type MeasureStatusName = 'planned' | 'in_progress' | 'done' | 'postponed' | 'cancelled';
export type AreaKindName = 'preserve' | 'develop';

export interface AppUserRow {
  id: string;
  name: string;
  email: string;
  language: Language;
  notify_mode: 'immediate' | 'digest';
  external_subject: string | null;
  active: boolean;
  created_at: string;
  updated_at: string;
}

export interface OrgUnitRow {
  id: string;
  code: string;
  parent_id: string | null;
  path: string[];
  kind: UnitKind;
  name_nb: string;
  name_en: string;
  leader_id: string | null;
  active: boolean;
  created_at: string;
  updated_at: string;
}

export interface RoleAssignmentRow {
  id: string;
  user_id: string;
  role: RoleName;
  unit_id: string;
  created_at: string;
}

export interface SurveyRoundRow {
  id: string;
  name: string;
  year: number;
  invited_count: number;
  invited_date: string;
  responses: number;
  anonymity_threshold: number;
  follow_up_meeting_by: string;
  plan_registered_by: string;
  evaluation_by: string;
  /** null: the default policy (`DEFAULT_ESCALATION_POLICY` in libs/shared/domain). */
  escalation_policy: null;
  /** Index code → the sector's mean. */
  sector_benchmark: Record<string, number>;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface IndexValue {
  mean: number;
  sd: number;
  n: number;
}

export interface UnitResultRow {
  id: string;
  round_id: string;
  unit_id: string;
  invited: number;
  respondents: number;
  indices: Record<string, IndexValue>;
  /** Percentages of respondents per bucket of weekly hours; they add up to 100. */
  working_hours: Record<string, number> | null;
  appraisal_yes_pct: number | null;
  appraisal_usefulness: number | null;
  created_at: string;
  updated_at: string;
}

export interface FollowUpCaseRow {
  id: string;
  round_id: string;
  unit_id: string;
  state: CaseStateName;
  workshop_date: string | null;
  workshop_participants: number | null;
  workshop_facilitator: string | null;
  workshop_notes: string | null;
  state_changed_at: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface GroupProposalValue {
  kind: AreaKindName;
  title: string;
  indexCodes: string[];
}

export interface WorkshopGroupRow {
  id: string;
  case_id: string;
  name: string;
  proposals: GroupProposalValue[];
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AreaRow {
  id: string;
  case_id: string;
  kind: AreaKindName;
  title: string;
  description: string | null;
  index_codes: string[];
  selected: boolean;
  rank: number | null;
  votes: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface MeasureRow {
  id: string;
  case_id: string;
  area_id: string;
  title: string;
  description: string | null;
  goal: string | null;
  responsible_user_id: string | null;
  responsible_role: string | null;
  deadline: string | null;
  deadline_version: number;
  importance: number | null;
  feasibility: number | null;
  status: MeasureStatusName;
  completed_on: string | null;
  cancel_reason: string | null;
  eval_achieved: 'yes' | 'partly' | 'no' | null;
  eval_verdict: 'keep' | 'adjust' | 'stop' | null;
  eval_what_changed: string | null;
  eval_on: string | null;
  eval_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface MeasureDeadlineChangeRow {
  id: string;
  measure_id: string;
  from_deadline: string | null;
  to_deadline: string;
  reason: string;
  changed_by: string;
  changed_at: string;
}

export interface CaseCommentRow {
  id: string;
  case_id: string;
  measure_id: string | null;
  author_id: string;
  body: string;
  created_at: string;
}

export interface ConfirmationRow {
  id: string;
  case_id: string;
  /** The case state whose phase the verneombud took part in. */
  phase: CaseStateName;
  user_id: string;
  note: string | null;
  created_at: string;
}

/** Rows per table, keyed by table name, in foreign-key order. */
export interface DemoData {
  app_user: AppUserRow[];
  org_unit: OrgUnitRow[];
  role_assignment: RoleAssignmentRow[];
  survey_round: SurveyRoundRow[];
  unit_result: UnitResultRow[];
  follow_up_case: FollowUpCaseRow[];
  workshop_group: WorkshopGroupRow[];
  area: AreaRow[];
  measure: MeasureRow[];
  measure_deadline_change: MeasureDeadlineChangeRow[];
  case_comment: CaseCommentRow[];
  confirmation: ConfirmationRow[];
}

export type TableName = keyof DemoData;

/** Insert order: every table after the tables it references. */
export const TABLE_ORDER = [
  'app_user',
  'org_unit',
  'role_assignment',
  'survey_round',
  'unit_result',
  'follow_up_case',
  'workshop_group',
  'area',
  'measure',
  'measure_deadline_change',
  'case_comment',
  'confirmation',
] as const satisfies readonly TableName[];

type ColumnTypes<Row> = { readonly [Column in keyof Row]-?: string };

/**
 * The PostgreSQL type of every column the generator fills. Typed against the row interfaces, so a
 * column cannot be added to a row without saying how it is loaded.
 */
export const COLUMN_TYPES: {
  readonly [T in TableName]: ColumnTypes<DemoData[T][number]>;
} = {
  app_user: {
    id: 'uuid',
    name: 'text',
    email: 'text',
    language: 'text',
    notify_mode: 'text',
    external_subject: 'text',
    active: 'boolean',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  org_unit: {
    id: 'uuid',
    code: 'text',
    parent_id: 'uuid',
    path: 'uuid[]',
    kind: 'text',
    name_nb: 'text',
    name_en: 'text',
    leader_id: 'uuid',
    active: 'boolean',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  role_assignment: {
    id: 'uuid',
    user_id: 'uuid',
    role: 'text',
    unit_id: 'uuid',
    created_at: 'timestamptz',
  },
  survey_round: {
    id: 'uuid',
    name: 'text',
    year: 'integer',
    invited_count: 'integer',
    invited_date: 'date',
    responses: 'integer',
    anonymity_threshold: 'integer',
    follow_up_meeting_by: 'date',
    plan_registered_by: 'date',
    evaluation_by: 'date',
    escalation_policy: 'jsonb',
    sector_benchmark: 'jsonb',
    version: 'integer',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  unit_result: {
    id: 'uuid',
    round_id: 'uuid',
    unit_id: 'uuid',
    invited: 'integer',
    respondents: 'integer',
    indices: 'jsonb',
    working_hours: 'jsonb',
    appraisal_yes_pct: 'numeric',
    appraisal_usefulness: 'numeric',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  follow_up_case: {
    id: 'uuid',
    round_id: 'uuid',
    unit_id: 'uuid',
    state: 'text',
    workshop_date: 'date',
    workshop_participants: 'integer',
    workshop_facilitator: 'text',
    workshop_notes: 'text',
    state_changed_at: 'timestamptz',
    version: 'integer',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  workshop_group: {
    id: 'uuid',
    case_id: 'uuid',
    name: 'text',
    proposals: 'jsonb',
    version: 'integer',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  area: {
    id: 'uuid',
    case_id: 'uuid',
    kind: 'text',
    title: 'text',
    description: 'text',
    index_codes: 'text[]',
    selected: 'boolean',
    rank: 'integer',
    votes: 'integer',
    version: 'integer',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  measure: {
    id: 'uuid',
    case_id: 'uuid',
    area_id: 'uuid',
    title: 'text',
    description: 'text',
    goal: 'text',
    responsible_user_id: 'uuid',
    responsible_role: 'text',
    deadline: 'date',
    deadline_version: 'integer',
    importance: 'smallint',
    feasibility: 'smallint',
    status: 'text',
    completed_on: 'date',
    cancel_reason: 'text',
    eval_achieved: 'text',
    eval_verdict: 'text',
    eval_what_changed: 'text',
    eval_on: 'date',
    eval_by: 'uuid',
    version: 'integer',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  measure_deadline_change: {
    id: 'uuid',
    measure_id: 'uuid',
    from_deadline: 'date',
    to_deadline: 'date',
    reason: 'text',
    changed_by: 'uuid',
    changed_at: 'timestamptz',
  },
  case_comment: {
    id: 'uuid',
    case_id: 'uuid',
    measure_id: 'uuid',
    author_id: 'uuid',
    body: 'text',
    created_at: 'timestamptz',
  },
  confirmation: {
    id: 'uuid',
    case_id: 'uuid',
    phase: 'text',
    user_id: 'uuid',
    note: 'text',
    created_at: 'timestamptz',
  },
};
