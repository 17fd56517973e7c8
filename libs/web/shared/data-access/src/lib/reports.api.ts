import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';

import type { CompletionReportDto, OverdueReportDto, ReportFormat, ReportGroupBy } from '@tiltak/shared/api-contract';

export { REPORT_GROUP_BY } from '@tiltak/shared/api-contract';
export type {
  CompletionMetrics,
  CompletionReportDto,
  CompletionRowDto,
  CompletionTrendKey,
  OverdueMeasureDto,
  OverdueReportDto,
  ReportFormat,
  ReportGroupBy,
} from '@tiltak/shared/api-contract';

export interface OverdueQuery {
  roundId: string;
  unitId?: string | null;
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

  /** One page of the open measures past their deadline, the most overdue first. */
  overdue(query: OverdueQuery, page: number, pageSize: number) {
    const params = scopeParams(query, 'json').set('page', page).set('pageSize', pageSize);
    return this.http.get<OverdueReportDto>('/api/reports/overdue', { params });
  }

  /** Every overdue measure in the scope, as a file. */
  overdueExportUrl(query: OverdueQuery, format: Exclude<ReportFormat, 'json'>): string {
    return `/api/reports/overdue?${scopeParams(query, format).toString()}`;
  }
}

function scopeParams(query: OverdueQuery, format: ReportFormat): HttpParams {
  const params = new HttpParams().set('roundId', query.roundId).set('format', format);
  return query.unitId ? params.set('unitId', query.unitId) : params;
}

function completionParams(query: CompletionQuery, format: ReportFormat): HttpParams {
  return scopeParams(query, format).set('groupBy', query.groupBy);
}
