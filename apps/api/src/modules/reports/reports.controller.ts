import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { OverdueReportDto, ResultsReportDto } from '@tiltak/shared/api-contract';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../auth';
import { completionCsv, completionXlsx } from './completion-export';
import { CompletionReportService } from './completion-report.service';
import { OVERDUE_COLUMNS, OverdueReportService, overdueTable } from './overdue-report.service';
import {
  CompletionQuery,
  type CompletionReportDto,
  OverdueQuery,
  ReportFileQuery,
} from './reports.dto';
import { csvOf, xlsxOf } from './table-export';
import { ResultsReportService, resultsCsv, resultsXlsx } from './results-report.service';
import { ApiContractResponse, ApiFileResponse } from '../../openapi/api-decorators';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly completion: CompletionReportService,
    private readonly results: ResultsReportService,
    private readonly overdue: OverdueReportService,
  ) {}

  /** Completion per org level with drill-down and trend; format=csv|xlsx exports the same numbers. */
  @Get('completion')
  @ApiContractResponse('CompletionReportDto')
  @ApiFileResponse('text/csv', XLSX_TYPE)
  async completionReport(
    @CurrentActor() actor: Actor,
    @Query() query: CompletionQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CompletionReportDto | string | Buffer> {
    const report = await this.completion.report(actor, query);
    if (query.format === 'json') return report;
    const name = `completion-${report.roundYear}-${query.groupBy}`;
    if (query.format === 'csv') {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.csv"`);
      return completionCsv(report);
    }
    void reply
      .header('content-type', XLSX_TYPE)
      .header('content-disposition', `attachment; filename="${name}.xlsx"`);
    return completionXlsx(report);
  }

  /** Every unit's survey result in the caller's scope; suppressed units carry no values (docs/anonymity.md). */
  @Get('results')
  @ApiContractResponse('ResultsReportDto')
  @ApiFileResponse('text/csv', XLSX_TYPE)
  async resultsReport(
    @CurrentActor() actor: Actor,
    @Query() query: ReportFileQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ResultsReportDto | string | Buffer> {
    const report = await this.results.report(actor, query.roundId, query.unitId);
    if (query.format === 'json') return report;
    const name = `results-${report.roundYear}`;
    if (query.format === 'csv') {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.csv"`);
      return resultsCsv(report);
    }
    void reply
      .header('content-type', XLSX_TYPE)
      .header('content-disposition', `attachment; filename="${name}.xlsx"`);
    return resultsXlsx(report);
  }

  /**
   * Open measures past their deadline in a round, the most overdue first, with who is responsible and
   * the last escalation sent; paged as JSON, every row as CSV/XLSX.
   */
  @Get('overdue')
  @ApiContractResponse('OverdueReportDto')
  @ApiFileResponse('text/csv', XLSX_TYPE)
  async overdueReport(
    @CurrentActor() actor: Actor,
    @Query() query: OverdueQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OverdueReportDto | string | Buffer> {
    if (query.format === 'json')
      return this.overdue.report(actor, query.roundId, query.unitId, query);
    const report = await this.overdue.report(actor, query.roundId, query.unitId, null);
    const name = `overdue-${report.roundYear}-${report.today}`;
    if (query.format === 'csv') {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.csv"`);
      return csvOf(OVERDUE_COLUMNS, overdueTable(report));
    }
    void reply
      .header('content-type', XLSX_TYPE)
      .header('content-disposition', `attachment; filename="${name}.xlsx"`);
    return xlsxOf([{ name: 'overdue', columns: OVERDUE_COLUMNS, rows: overdueTable(report) }]);
  }
}
