/** Shapes of the completion report (GET /api/reports/completion), shared by API and web. */
export const REPORT_GROUP_BY = ['faculty', 'department', 'unit'] as const;
export type ReportGroupBy = (typeof REPORT_GROUP_BY)[number];
export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export type CompletionTrendKey =
  | 'followUpMeetingHeldPct'
  | 'areasChosenPct'
  | 'planRegisteredPct'
  | 'evaluatedPct'
  | 'onTimePct';

/** Counts and shares for one group of units (docs/results-import.md § Completion report). */
export interface CompletionMetrics {
  /** Units with a case in the round. */
  units: number;
  unitsWithResults: number;
  /** Units whose results are hidden by the anonymity rule: counted here, not among those with results. */
  unitsSuppressed: number;
  unitsWithoutResults: number;
  followUpMeetingHeld: number;
  followUpMeetingHeldPct: number | null;
  areasChosen: number;
  areasChosenPct: number | null;
  planRegistered: number;
  planRegisteredPct: number | null;
  evaluated: number;
  evaluatedPct: number | null;
  measuresTotal: number;
  measuresDone: number;
  measuresOverdue: number;
  onTimePct: number | null;
  medianDaysLate: number | null;
}

export interface CompletionRowDto extends CompletionMetrics {
  /** The group's unit; null on the total row. */
  unitId: string | null;
  unitCode: string | null;
  unitNameNb: string | null;
  unitNameEn: string | null;
  kind: string | null;
  /** The groupBy to ask for with unitId = this row's unit, to drill down; null at the lowest level. */
  drillDown: ReportGroupBy | null;
  /** The same group in the previous round. */
  previous: CompletionMetrics | null;
  /** Percentage points since the previous round. */
  trend: Record<CompletionTrendKey, number | null> | null;
}

export interface CompletionReportDto {
  roundId: string;
  roundYear: number;
  previousRoundId: string | null;
  previousRoundYear: number | null;
  unitId: string | null;
  groupBy: ReportGroupBy;
  today: string;
  anonymityThreshold: number;
  rows: CompletionRowDto[];
  total: CompletionRowDto | null;
}

/** An open measure past its deadline (GET /api/reports/overdue). */
export interface OverdueMeasureDto {
  measureId: string;
  caseId: string;
  unitId: string;
  unitCode: string;
  unitNameNb: string;
  unitNameEn: string;
  title: string;
  status: 'planned' | 'in_progress' | 'postponed';
  deadline: string;
  /** Days since the deadline (today in Europe/Oslo − deadline). */
  daysOverdue: number;
  responsibleName: string | null;
  /** A role named as responsible instead of a person. */
  responsibleRole: string | null;
  /** The last escalation step sent for the current deadline, if any. */
  lastEscalation: { stepKey: string; sentAt: string } | null;
}

/** The open measures past their deadline in a round, within the caller's scope, the most overdue first. */
export interface OverdueReportDto {
  roundId: string;
  roundYear: number;
  unitId: string | null;
  today: string;
  items: OverdueMeasureDto[];
  total: number;
  page: number;
  pageSize: number;
}
