export {
  openStates,
  PHASE_DEADLINE_COLUMN,
  PHASE_OF,
  phaseDeadlineRowsSql,
  type PhaseKey,
} from './phase-states';
export { RoundsModule } from './rounds.module';
export { SurveyRoundEntity } from './survey-round.entity';
