import type { Achieved, Verdict } from '@tiltak/shared/api-contract';
import type { MeasureStatus } from '@tiltak/shared/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('measure')
export class MeasureEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @Column({ name: 'area_id', type: 'uuid' }) areaId: string;
  @Column() title: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'text', nullable: true }) goal: string | null;
  @Column({ name: 'responsible_user_id', type: 'uuid', nullable: true }) responsibleUserId:
    | string
    | null;
  @Column({ name: 'responsible_role', type: 'text', nullable: true }) responsibleRole:
    | string
    | null;
  @Column({ type: 'date', nullable: true }) deadline: string | null;
  @Column({ name: 'deadline_version' }) deadlineVersion: number;
  @Column({ type: 'smallint', nullable: true }) importance: number | null;
  @Column({ type: 'smallint', nullable: true }) feasibility: number | null;
  @Column({ type: 'text' }) status: MeasureStatus;
  @Column({ name: 'completed_on', type: 'date', nullable: true }) completedOn: string | null;
  @Column({ name: 'cancel_reason', type: 'text', nullable: true }) cancelReason: string | null;
  @Column({ name: 'eval_achieved', type: 'text', nullable: true }) evalAchieved: Achieved | null;
  @Column({ name: 'eval_verdict', type: 'text', nullable: true }) evalVerdict: Verdict | null;
  @Column({ name: 'eval_what_changed', type: 'text', nullable: true }) evalWhatChanged:
    | string
    | null;
  @Column({ name: 'eval_on', type: 'date', nullable: true }) evalOn: string | null;
  @Column({ name: 'eval_by', type: 'uuid', nullable: true }) evalBy: string | null;
  @Column() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
