import { Module } from '@nestjs/common';
import { AccessModule } from '../access';
import { ResultsModule } from '../results';
import { CompletionReportService } from './completion-report.service';
import { ImpactController } from './impact.controller';
import { ImpactService } from './impact.service';
import { OverdueReportService } from './overdue-report.service';
import { PlanExportController } from './plan-export.controller';
import { PlanExportService } from './plan-export.service';
import { ReportsController } from './reports.controller';
import { ResultsReportService } from './results-report.service';

/** Reports across cases and results, the impact view and the action-plan export. */
@Module({
  imports: [AccessModule, ResultsModule],
  controllers: [ReportsController, PlanExportController, ImpactController],
  providers: [
    CompletionReportService,
    PlanExportService,
    ResultsReportService,
    ImpactService,
    OverdueReportService,
  ],
})
export class ReportsModule {}
