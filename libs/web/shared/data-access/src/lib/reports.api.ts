import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';

import type { CompletionReportDto, ReportFormat, ReportGroupBy } from '@tiltak/shared/api-contract';

export { REPORT_GROUP_BY } from '@tiltak/shared/api-contract';
export type { CompletionMetrics, CompletionReportDto, CompletionRowDto, CompletionTrendKey, ReportFormat, ReportGroupBy } from '@tiltak/shared/api-contract';

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
