import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PaginationQuery } from '../../common/pagination.dto';

import {
  type CompletionReportParams,
  type OverdueReportParams,
  REPORT_FORMATS,
  type ReportFileParams,
  type ReportScopeParams,
  REPORT_GROUP_BY as GROUP_BY,
  type ReportFormat,
  type ReportGroupBy as GroupBy,
} from '@tiltak/shared/api-contract';

export { GROUP_BY, REPORT_FORMATS };
export type { GroupBy, ReportFormat };
export type {
  CompletionMetrics,
  CompletionReportDto,
  CompletionRowDto,
} from '@tiltak/shared/api-contract';

/** The units a report covers: the round, and a unit to narrow it to (default: the caller's whole scope). */
export class ReportScopeQuery implements ReportScopeParams {
  @IsUUID()
  roundId: string;

  @IsOptional()
  @IsUUID()
  unitId?: string;
}

/** A report that can also be downloaded (`format`). */
export class ReportFileQuery extends ReportScopeQuery implements ReportFileParams {
  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format: ReportFormat = 'json';
}

export class CompletionQuery extends ReportFileQuery implements CompletionReportParams {
  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(GROUP_BY)
  groupBy: GroupBy = 'faculty';
}

/** One page of the list as JSON; CSV and XLSX hold every row. */
export class OverdueQuery
  extends IntersectionType(PaginationQuery, ReportFileQuery)
  implements OverdueReportParams {}
