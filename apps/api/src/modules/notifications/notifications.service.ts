import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page } from '@tiltak/shared/api-contract';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { escalationScope, inScopeSql } from '../access';
import type { ListNotificationsQuery, NotificationDto } from './notifications.dto';

/** A notification row as the list query returns it (raw column names), with its recipient. */
interface NotificationRow {
  id: string;
  recipient_id: string;
  recipient_name: string;
  recipient_email: string;
  template: NotificationDto['template'];
  language: NotificationDto['language'];
  status: NotificationDto['status'];
  step_key: string | null;
  subject_kind: NotificationDto['subjectKind'];
  subject_id: string | null;
  phase: string | null;
  deadline_version: number | null;
  case_id: string | null;
  unit_id: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  last_error: string | null;
  subject: string | null;
  body_text: string | null;
  body_html: string | null;
  delivered_via: NotificationDto['deliveredVia'];
  sent_at: Date | null;
  created_at: Date;
}

/** The outbox as people may see it: admins all of it, HR/HSE within their scope (and their own), others their own. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(actor: Actor, q: ListNotificationsQuery): Promise<Page<NotificationDto>> {
    const params: unknown[] = [];
    const param = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    const scope = escalationScope(actor);
    if (scope !== null) {
      const own = `n.recipient_id = ${param(actor.userId)}`;
      where.push(
        scope.length
          ? `(${own} OR n.unit_id IN (SELECT id FROM org_unit WHERE ${inScopeSql('path', param(scope))}))`
          : own,
      );
    }
    if (q.status) where.push(`n.status = ${param(q.status)}`);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.db.query(
      `SELECT count(*)::int AS total FROM notification n ${filter}`,
      params,
    );
    const rows: NotificationRow[] = await this.db.query(
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

function toDto(r: NotificationRow): NotificationDto {
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
