export { EscalationModule } from './escalation.module';
