import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page } from '@tiltak/shared/api-contract';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../auth';
import { ListNotificationsQuery, type NotificationDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';
import { ApiContractResponse } from '../../openapi/api-decorators';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiContractResponse('NotificationDto', 'page')
  list(
    @CurrentActor() actor: Actor,
    @Query() q: ListNotificationsQuery,
  ): Promise<Page<NotificationDto>> {
    return this.notifications.list(actor, q);
  }
}
