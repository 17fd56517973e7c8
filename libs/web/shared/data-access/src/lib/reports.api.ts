import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';

import type {
  CompletionReportDto,
  ImpactReportDto,
  OverdueReportDto,
  ReportFormat,
  ReportGroupBy,
} from '@tiltak/shared/api-contract';

export { REPORT_GROUP_BY } from '@tiltak/shared/api-contract';
export type {
  CompletionMetrics,
  CompletionReportDto,
  CompletionRowDto,
  CompletionTrendKey,
  ImpactReportDto,
  ImpactReportRowDto,
  OverdueMeasureDto,
  OverdueReportDto,
  ReportFormat,
  ReportGroupBy,
} from '@tiltak/shared/api-contract';

/** A report's round and the unit whose subtree it covers (none: everything the reader may see). */
export interface ReportScope {
  roundId: string;
  unitId?: string | null;
}

export interface CompletionQuery extends ReportScope {
  groupBy: ReportGroupBy;
}

@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  completion(query: CompletionQuery) {
    return this.http.get<CompletionReportDto>('/api/reports/completion', {
      params: completionParams(query, 'json'),
    });
  }

  /** A plain link, so the browser downloads the file with the API's own name. */
  completionExportUrl(query: CompletionQuery, format: Exclude<ReportFormat, 'json'>): string {
    return `/api/reports/completion?${completionParams(query, format).toString()}`;
  }

  /** One page of the open measures past their deadline, the most overdue first. */
  overdue(query: ReportScope, page: number, pageSize: number) {
    const params = scopeParams(query, 'json').set('page', page).set('pageSize', pageSize);
    return this.http.get<OverdueReportDto>('/api/reports/overdue', { params });
  }

  /** Per index: the change to the next round in units with measures for it against units without. */
  impact(query: ReportScope) {
    const params = new HttpParams().set('roundId', query.roundId);
    return this.http.get<ImpactReportDto>('/api/reports/impact', {
      params: query.unitId ? params.set('unitId', query.unitId) : params,
    });
  }

  /** Every overdue measure in the scope, as a file. */
  overdueExportUrl(query: ReportScope, format: Exclude<ReportFormat, 'json'>): string {
    return `/api/reports/overdue?${scopeParams(query, format).toString()}`;
  }
}

function scopeParams(query: ReportScope, format: ReportFormat): HttpParams {
  const params = new HttpParams().set('roundId', query.roundId).set('format', format);
  return query.unitId ? params.set('unitId', query.unitId) : params;
}

function completionParams(query: CompletionQuery, format: ReportFormat): HttpParams {
  return scopeParams(query, format).set('groupBy', query.groupBy);
}
