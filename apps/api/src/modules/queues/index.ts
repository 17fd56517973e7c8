export { JobQueues } from './job-queues.service';
export * from './queue.constants';
export { QueuesModule } from './queues.module';
// escalation.config.ts is queue and mail configuration that still lives in escalation/ (being folded
// into config/app-config.ts loadConfig(), issue 14); it is imported from there by this folder only.
export { ESCALATION_CONFIG, type EscalationConfig } from '../escalation/escalation.config';
