export { EscalationModule } from './escalation.module';
// The scan itself is public for tools/bench (the 1M-measure scan benchmark).
export { EscalationScanService } from './escalation-scan.service';
