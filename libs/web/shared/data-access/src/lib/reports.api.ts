import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';

// Shapes of GET /api/reports/completion (apps/api/src/modules/reports/reports.dto.ts).

export const REPORT_GROUP_BY = ['faculty', 'department', 'unit'] as const;
export type ReportGroupBy = (typeof REPORT_GROUP_BY)[number];
export type ReportFormat = 'json' | 'csv' | 'xlsx';

export interface CompletionMetrics {
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

export type CompletionTrendKey = 'followUpMeetingHeldPct' | 'areasChosenPct' | 'planRegisteredPct' | 'evaluatedPct' | 'onTimePct';

export interface CompletionRowDto extends CompletionMetrics {
  unitId: string | null;
  unitCode: string | null;
  unitNameNb: string | null;
  unitNameEn: string | null;
  kind: string | null;
  /** The groupBy to ask for with unitId = this row's unit, to drill down; null at the lowest level. */
  drillDown: ReportGroupBy | null;
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

export interface CompletionQuery {
  roundId: string;
  unitId?: string | null;
  groupBy: ReportGroupBy;
}

@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  completion(query: CompletionQuery) {
    return this.http.get<CompletionReportDto>('/api/reports/completion', { params: completionParams(query, 'json') });
  }

  /** A plain link, so the browser downloads the file with the API's own name. */
  completionExportUrl(query: CompletionQuery, format: Exclude<ReportFormat, 'json'>): string {
    return `/api/reports/completion?${completionParams(query, format).toString()}`;
  }
}

function completionParams(query: CompletionQuery, format: ReportFormat): HttpParams {
  let params = new HttpParams().set('roundId', query.roundId).set('groupBy', query.groupBy).set('format', format);
  if (query.unitId) params = params.set('unitId', query.unitId);
  return params;
}
