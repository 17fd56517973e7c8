import { IsIn, IsOptional } from 'class-validator';
import { PaginationQuery } from '../../common/pagination.dto';
import type { NotificationStatus } from './notification.entity';

export const NOTIFICATION_STATUSES: NotificationStatus[] = [
  'pending',
  'queued',
  'sent',
  'failed',
  'skipped',
];

export class ListNotificationsQuery extends PaginationQuery {
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES, {
    message: `status must be one of ${NOTIFICATION_STATUSES.join(', ')}`,
  })
  status?: NotificationStatus;
}

export interface NotificationDto {
  id: string;
  recipient: { id: string; name: string; email: string };
  template: string;
  language: 'nb' | 'en';
  status: NotificationStatus;
  stepKey: string | null;
  subjectKind: 'measure' | 'phase' | null;
  subjectId: string | null;
  phase: string | null;
  deadlineVersion: number | null;
  caseId: string | null;
  unitId: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  lastError: string | null;
  subject: string | null;
  bodyText: string | null;
  bodyHtml: string | null;
  deliveredVia: 'smtp' | 'outbox' | null;
  sentAt: string | null;
  createdAt: string;
}
