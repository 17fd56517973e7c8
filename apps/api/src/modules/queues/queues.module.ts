import { Module } from '@nestjs/common';
import { JobQueues } from './job-queues.service';

/** The BullMQ queues, shared by escalation (scans) and notifications (mail); settings: AppConfig.queue. */
@Module({
  providers: [JobQueues],
  exports: [JobQueues],
})
export class QueuesModule {}
