import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';

import type {
  CompletionReportDto,
  CompletionReportParams,
  ImpactReportDto,
  OverdueReportDto,
  ReportFileParams,
  ReportFormat,
  ReportScopeParams,
} from '@tiltak/shared/api-contract';

export { REPORT_GROUP_BY } from '@tiltak/shared/api-contract';
export type {
  CompletionMetrics,
  CompletionReportDto,
  CompletionReportParams,
  CompletionRowDto,
  CompletionTrendKey,
  ImpactReportDto,
  ImpactReportRowDto,
  OverdueMeasureDto,
  OverdueReportDto,
  ReportFormat,
  ReportGroupBy,
  ReportScopeParams,
} from '@tiltak/shared/api-contract';

@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  completion(query: CompletionReportParams) {
    return this.http.get<CompletionReportDto>('/api/reports/completion', {
      params: completionParams(query, 'json'),
    });
  }

  /** A plain link, so the browser downloads the file with the API's own name. */
  completionExportUrl(
    query: CompletionReportParams,
    format: Exclude<ReportFormat, 'json'>,
  ): string {
    return `/api/reports/completion?${completionParams(query, format).toString()}`;
  }

  /** One page of the open measures past their deadline, the most overdue first. */
  overdue(query: ReportScopeParams, page: number, pageSize: number) {
    const params = scopeParams(query, 'json').set('page', page).set('pageSize', pageSize);
    return this.http.get<OverdueReportDto>('/api/reports/overdue', { params });
  }

  /** Per index: the change to the next round in units with measures for it against units without. */
  impact(query: ReportScopeParams) {
    const params = new HttpParams().set('roundId', query.roundId);
    return this.http.get<ImpactReportDto>('/api/reports/impact', {
      params: query.unitId ? params.set('unitId', query.unitId) : params,
    });
  }

  /** Every overdue measure in the scope, as a file. */
  overdueExportUrl(query: ReportScopeParams, format: Exclude<ReportFormat, 'json'>): string {
    return `/api/reports/overdue?${scopeParams(query, format).toString()}`;
  }
}

function scopeParams(query: ReportScopeParams, format: ReportFormat): HttpParams {
  const params = new HttpParams({
    fromObject: { roundId: query.roundId, format } satisfies ReportFileParams,
  });
  return query.unitId ? params.set('unitId', query.unitId) : params;
}

function completionParams(query: CompletionReportParams, format: ReportFormat): HttpParams {
  const params = scopeParams(query, format);
  return query.groupBy ? params.set('groupBy', query.groupBy) : params;
}
