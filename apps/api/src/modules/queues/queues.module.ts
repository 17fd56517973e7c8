import { Module } from '@nestjs/common';
import { ESCALATION_CONFIG, loadEscalationConfig } from '../escalation/escalation.config';
import { JobQueues } from './job-queues.service';

/** The BullMQ queues and their settings, shared by escalation (scans) and notifications (mail). */
@Module({
  providers: [{ provide: ESCALATION_CONFIG, useFactory: () => loadEscalationConfig() }, JobQueues],
  exports: [ESCALATION_CONFIG, JobQueues],
})
export class QueuesModule {}
