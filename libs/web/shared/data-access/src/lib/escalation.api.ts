import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Page } from '@tiltak/shared/api-contract';
import type { EscalationStep } from '@tiltak/shared/domain';
import { SILENT_ERRORS } from './http-context';

// Shapes of the escalation and notification endpoints (apps/api/src/modules/escalation, …/notifications).

export const NOTIFICATION_STATUSES = ['pending', 'queued', 'sent', 'failed', 'skipped'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

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

export interface EscalationPreviewItem {
  dueDate: string;
  stepKey: string;
  template: 'escalation' | 'missing_recipient';
  recipient: { id: string; name: string; email: string };
  subject: { kind: 'measure' | 'phase'; id: string; phase: string | null; title: string | null; deadline: string; deadlineVersion: number };
  caseId: string;
  unit: { id: string; code: string; nameNb: string; nameEn: string };
  /** Set when the mail goes up the line because someone is missing. */
  missing: string | null;
}

export interface EscalationPreviewDto {
  today: string;
  days: number;
  items: EscalationPreviewItem[];
  truncated: boolean;
}

export interface EscalationRunResult {
  today: string;
  /** Notification rows written, by step key. */
  created: Record<string, number>;
  missingReports: number;
  durationMs: number;
  queued: number;
  relayError: string | null;
}

export interface EscalationPolicyDto {
  roundId: string;
  /** True when the round has no policy of its own and the default ladder applies. */
  isDefault: boolean;
  steps: EscalationStep[];
  /** The round's version, for the next PUT. */
  version: number;
}

const silent = () => ({ context: new HttpContext().set(SILENT_ERRORS, true) });

@Injectable({ providedIn: 'root' })
export class EscalationApi {
  private readonly http = inject(HttpClient);

  notifications(query: { status?: NotificationStatus | null; page: number; pageSize: number }) {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    if (query.status) params = params.set('status', query.status);
    return this.http.get<Page<NotificationDto>>('/api/notifications', { params });
  }

  preview(days: number) {
    return this.http.get<EscalationPreviewDto>('/api/escalations/preview', { params: new HttpParams().set('days', days) });
  }

  runScan() {
    return this.http.post<EscalationRunResult>('/api/escalations/run', {}, silent());
  }

  policy(roundId: string) {
    return this.http.get<EscalationPolicyDto>(`/api/rounds/${roundId}/escalation-policy`);
  }

  updatePolicy(roundId: string, version: number, steps: EscalationStep[]) {
    return this.http.put<EscalationPolicyDto>(`/api/rounds/${roundId}/escalation-policy`, { version, steps }, silent());
  }
}
