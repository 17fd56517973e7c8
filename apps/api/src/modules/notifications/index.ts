export { NotificationEntity } from './notification.entity';
export { NotificationsModule } from './notifications.module';
export { OutboxRelayService } from './outbox-relay.service';
