// The completion report's statement is public for tools/bench (timing and EXPLAIN against its SQL).
export { COMPLETION_REPORT_SQL } from './completion-report.sql';
export { ReportsModule } from './reports.module';
