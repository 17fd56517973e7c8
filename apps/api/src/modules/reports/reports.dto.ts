import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PaginationQuery } from '../../common/pagination.dto';

import { REPORT_FORMATS, REPORT_GROUP_BY as GROUP_BY, type ReportFormat, type ReportGroupBy as GroupBy } from '@tiltak/shared/api-contract';

export { GROUP_BY, REPORT_FORMATS };
export type { GroupBy, ReportFormat };
export type { CompletionMetrics, CompletionReportDto, CompletionRowDto } from '@tiltak/shared/api-contract';

export class CompletionQuery {
  @IsUUID()
  roundId: string;

  /** The unit whose subtree is reported; default: everything the caller may see. */
  @IsOptional() @IsUUID()
  unitId?: string;

  @IsOptional() @IsIn(GROUP_BY)
  groupBy: GroupBy = 'faculty';

  @IsOptional() @IsIn(REPORT_FORMATS)
  format: ReportFormat = 'json';
}

export class ResultsQuery {
  @IsUUID()
  roundId: string;

  @IsOptional() @IsUUID()
  unitId?: string;

  @IsOptional() @IsIn(REPORT_FORMATS)
  format: ReportFormat = 'json';
}

export class ImpactQuery {
  @IsUUID()
  roundId: string;

  @IsOptional() @IsUUID()
  unitId?: string;
}

export class OverdueQuery extends PaginationQuery {
  @IsUUID()
  roundId: string;

  @IsOptional() @IsUUID()
  unitId?: string;

  @IsOptional() @IsIn(REPORT_FORMATS)
  format: ReportFormat = 'json';
}
