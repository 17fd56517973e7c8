import { IsIn, IsOptional } from 'class-validator';
import { PaginationQuery } from '../../common/pagination.dto';
import {
  type ListNotificationsParams,
  NOTIFICATION_STATUSES,
  type NotificationStatus,
} from '@tiltak/shared/api-contract';

export class ListNotificationsQuery extends PaginationQuery implements ListNotificationsParams {
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES, {
    message: `status must be one of ${NOTIFICATION_STATUSES.join(', ')}`,
  })
  status?: NotificationStatus;
}

export type { NotificationDto } from '@tiltak/shared/api-contract';
