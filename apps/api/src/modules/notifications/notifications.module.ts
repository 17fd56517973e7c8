import { Module } from '@nestjs/common';
import { QueuesModule } from '../queues';
import { MailProcessor } from './mail.processor';
import { MailService } from './mail.service';
import { NoticeContextService } from './notice-context.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { OutboxRelayService } from './outbox-relay.service';

/** The notification outbox and its delivery: relay to the mail queue, render, send. */
@Module({
  imports: [QueuesModule],
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    OutboxRelayService,
    MailService,
    NoticeContextService,
    MailProcessor,
  ],
  exports: [OutboxRelayService],
})
export class NotificationsModule {}
