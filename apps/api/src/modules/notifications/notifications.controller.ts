import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiTags } from '@nestjs/swagger';
import type { Page } from '@tiltak/shared/api-contract';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { escalationScope } from '../escalation/hr-scope';
import { ListNotificationsQuery, type NotificationDto } from './notifications.dto';
import { ApiContractResponse } from '../../openapi/api-decorators';

/** The outbox as people may see it: admins all of it, HR/HSE within their scope (and their own), others their own. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @ApiContractResponse('NotificationDto', 'page')
  async list(
    @CurrentActor() actor: Actor,
    @Query() q: ListNotificationsQuery,
  ): Promise<Page<NotificationDto>> {
    const params: unknown[] = [];
    const param = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    const scope = escalationScope(actor);
    if (scope !== null) {
      const own = `n.recipient_id = ${param(actor.userId)}`;
      where.push(
        scope.length
          ? `(${own} OR n.unit_id IN (SELECT id FROM org_unit WHERE path && ${param(scope)}::uuid[]))`
          : own,
      );
    }
    if (q.status) where.push(`n.status = ${param(q.status)}`);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.db.query(
      `SELECT count(*)::int AS total FROM notification n ${filter}`,
      params,
    );
    const rows = await this.db.query(
      `SELECT n.*, u.name AS recipient_name, u.email AS recipient_email
         FROM notification n JOIN app_user u ON u.id = n.recipient_id ${filter}
        ORDER BY n.created_at DESC, n.id LIMIT ${param(q.pageSize)} OFFSET ${param((q.page - 1) * q.pageSize)}`,
      params,
    );
    return {
      items: rows.map(toDto),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function toDto(r: any): NotificationDto {
  return {
    id: r.id,
    recipient: {
      id: r.recipient_id,
      name: r.recipient_name,
      email: r.recipient_email,
    },
    template: r.template,
    language: r.language,
    status: r.status,
    stepKey: r.step_key,
    subjectKind: r.subject_kind,
    subjectId: r.subject_id,
    phase: r.phase,
    deadlineVersion: r.deadline_version,
    caseId: r.case_id,
    unitId: r.unit_id,
    payload: r.payload,
    attempts: r.attempts,
    lastError: r.last_error,
    subject: r.subject,
    bodyText: r.body_text,
    bodyHtml: r.body_html,
    deliveredVia: r.delivered_via,
    sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
    createdAt: new Date(r.created_at).toISOString(),
  };
}
