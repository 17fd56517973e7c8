/** Shapes of the deadline follow-up endpoints: escalation preview and run, notifications, policy. */
import type { EscalationStep } from '@tiltak/shared/domain';
import type { Language } from './api-contract';

export const NOTIFICATION_STATUSES = ['pending', 'queued', 'sent', 'failed', 'skipped'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export interface NotificationDto {
  id: string;
  recipient: { id: string; name: string; email: string };
  template: string;
  language: Language;
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
  subject: {
    kind: 'measure' | 'phase';
    id: string;
    phase: string | null;
    title: string | null;
    deadline: string;
    deadlineVersion: number;
  };
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
