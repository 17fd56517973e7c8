export {
  openStates,
  openStatesSql,
  PHASE_DEADLINE_COLUMN,
  PHASE_OF,
  type PhaseKey,
} from './phase-states';
export { RoundsModule } from './rounds.module';
export { SurveyRoundEntity } from './survey-round.entity';
