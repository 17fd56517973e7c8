import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  EscalationPreviewParams,
  ListNotificationsParams,
  Page,
  NotificationStatus,
  NotificationDto,
  EscalationPreviewDto,
  EscalationRunResult,
  EscalationPolicyDto,
  UpdateEscalationPolicyRequest,
} from '@tiltak/shared/api-contract';
import type { EscalationStep } from '@tiltak/shared/domain';
import { SILENT_ERRORS } from './http-context';

export { NOTIFICATION_STATUSES } from '@tiltak/shared/api-contract';
export type {
  NotificationStatus,
  NotificationDto,
  EscalationPreviewItem,
  EscalationPreviewDto,
  EscalationRunResult,
  EscalationPolicyDto,
} from '@tiltak/shared/api-contract';

const silent = () => ({ context: new HttpContext().set(SILENT_ERRORS, true) });

@Injectable({ providedIn: 'root' })
export class EscalationApi {
  private readonly http = inject(HttpClient);

  notifications(query: { status?: NotificationStatus | null; page: number; pageSize: number }) {
    const { status, page, pageSize } = query;
    const params = new HttpParams({
      fromObject: (status
        ? { page, pageSize, status }
        : { page, pageSize }) satisfies ListNotificationsParams,
    });
    return this.http.get<Page<NotificationDto>>('/api/notifications', { params });
  }

  preview(days: number) {
    return this.http.get<EscalationPreviewDto>('/api/escalations/preview', {
      params: new HttpParams({ fromObject: { days } satisfies EscalationPreviewParams }),
    });
  }

  runScan() {
    return this.http.post<EscalationRunResult>('/api/escalations/run', {}, silent());
  }

  policy(roundId: string) {
    return this.http.get<EscalationPolicyDto>(`/api/rounds/${roundId}/escalation-policy`);
  }

  updatePolicy(roundId: string, version: number, steps: EscalationStep[]) {
    return this.http.put<EscalationPolicyDto>(
      `/api/rounds/${roundId}/escalation-policy`,
      { version, steps } satisfies UpdateEscalationPolicyRequest,
      silent(),
    );
  }
}
