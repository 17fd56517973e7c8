import type { Provider, Type } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MailProcessor } from '../notifications/mail.processor';
import { MailService } from '../notifications/mail.service';
import { NoticeContextService } from '../notifications/notice-context.service';
import { NotificationsController } from '../notifications/notifications.controller';
import { OutboxRelayService } from '../notifications/outbox-relay.service';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedService } from './calendar-feed.service';
import { DeadlineScanCron } from './deadline-scan.cron';
import { ESCALATION_CONFIG } from './escalation.config';
import { EscalationProcessor } from './escalation.processor';
import { EscalationPolicyService } from './escalation-policy.service';
import { EscalationScanService } from './escalation-scan.service';
import { EscalationPolicyController, EscalationsController } from './escalations.controller';
import { JobQueues } from './job-queues.service';

/** Deadline follow-up (escalation) and the notification outbox, registered in AppModule. */
export const ESCALATION_CONTROLLERS: Type[] = [
  EscalationsController,
  EscalationPolicyController,
  NotificationsController,
  CalendarFeedController,
];

export const ESCALATION_PROVIDERS: Provider[] = [
  {
    provide: ESCALATION_CONFIG,
    useFactory: (config: AppConfig) => config.queue,
    inject: [APP_CONFIG],
  },
  JobQueues,
  EscalationScanService,
  EscalationPolicyService,
  CalendarFeedService,
  EscalationProcessor,
  DeadlineScanCron,
  OutboxRelayService,
  MailService,
  NoticeContextService,
  MailProcessor,
];
