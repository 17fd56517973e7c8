import type { Language, NotificationStatus } from '@tiltak/shared/api-contract';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { PhaseKey } from '../rounds';

export type { NotificationStatus } from '@tiltak/shared/api-contract';
export type NotificationTemplate = 'escalation' | 'missing_recipient';

/** The outbox: one row per (subject, deadline version, step, recipient), written by the scan. */
@Entity('notification')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId: string;
  @Column({ type: 'text' }) template: NotificationTemplate;
  @Column({ type: 'text' }) language: Language;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @Column({ name: 'dedupe_key' }) dedupeKey: string;
  @Column({ type: 'text' }) status: NotificationStatus;
  @Column() attempts: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ type: 'text', nullable: true }) subject: string | null;
  @Column({ name: 'body_text', type: 'text', nullable: true }) bodyText: string | null;
  @Column({ name: 'body_html', type: 'text', nullable: true }) bodyHtml: string | null;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
  @Column({ name: 'subject_kind', type: 'text', nullable: true }) subjectKind:
    | 'measure'
    | 'phase'
    | null;
  @Column({ name: 'subject_id', type: 'uuid', nullable: true }) subjectId: string | null;
  @Column({ type: 'text', nullable: true }) phase: PhaseKey | null;
  @Column({ name: 'deadline_version', type: 'int', nullable: true })
  deadlineVersion: number | null;
  @Column({ name: 'step_key', type: 'text', nullable: true }) stepKey: string | null;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId: string | null;
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId: string | null;
  @Column({ name: 'delivered_via', type: 'text', nullable: true })
  deliveredVia: 'smtp' | 'outbox' | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
