export {
  type Cell,
  parseNumber,
  REQUIRED_COLUMNS,
  RESULT_COLUMNS,
  validateResultRow,
  WORKING_HOURS_COLUMNS,
} from './result-values';
export { ResultsModule } from './results.module';
export {
  type ResultRow,
  ResultsService,
  toShownIndexValue,
  toShownResult,
} from './results.service';
export { type ResultWrite, ResultsWriter } from './results-writer.service';
export { type RoundSuppression, SuppressionService } from './suppression.service';
export { type IndexValues, UnitResultEntity } from './unit-result.entity';
export type { PredecessorsDto } from './unit-predecessors.service';
