import type { Provider, Type } from '@nestjs/common';
import { ImportBodyParsers } from '../imports/import-body-parsers';
import { ImportsController } from '../imports/imports.controller';
import { ImportsService } from '../imports/imports.service';
import { CompletionReportService } from '../reports/completion-report.service';
import { ImpactController } from '../reports/impact.controller';
import { ImpactService } from '../reports/impact.service';
import { OverdueReportService } from '../reports/overdue-report.service';
import { PlanExportController } from '../reports/plan-export.controller';
import { PlanExportService } from '../reports/plan-export.service';
import { ResultsReportService } from '../reports/results-report.service';
import { ReportsController } from '../reports/reports.controller';
import { ResultsController } from './results.controller';
import { UnitPredecessorsController } from './unit-predecessors.controller';
import { ResultsService } from './results.service';
import { ResultsWriter } from './results-writer.service';
import { SuppressionService } from './suppression.service';

/** Survey results, their imports and the reports built on them, registered in AppModule. */
export const RESULTS_CONTROLLERS: Type[] = [
  ResultsController,
  ImportsController,
  ReportsController,
  PlanExportController,
  UnitPredecessorsController,
  ImpactController,
];

export const RESULTS_PROVIDERS: Provider[] = [
  ResultsService,
  ResultsWriter,
  SuppressionService,
  ImportsService,
  ImportBodyParsers,
  CompletionReportService,
  PlanExportService,
  ResultsReportService,
  ImpactService,
  OverdueReportService,
];
