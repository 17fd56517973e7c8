import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { NotificationsModule } from '../notifications';
import { QueuesModule } from '../queues';
import { DeadlineScanCron } from './deadline-scan.cron';
import { EscalationProcessor } from './escalation.processor';
import { EscalationPolicyService } from './escalation-policy.service';
import { EscalationPreviewService } from './escalation-preview.service';
import { EscalationScanService } from './escalation-scan.service';
import { EscalationPolicyController, EscalationsController } from './escalations.controller';

/** Deadline follow-up: the scan that writes due ladder steps to the outbox, and its policy. */
@Module({
  imports: [AuditModule, NotificationsModule, QueuesModule],
  controllers: [EscalationsController, EscalationPolicyController],
  providers: [
    EscalationScanService,
    EscalationPolicyService,
    EscalationPreviewService,
    EscalationProcessor,
    DeadlineScanCron,
  ],
})
export class EscalationModule {}
