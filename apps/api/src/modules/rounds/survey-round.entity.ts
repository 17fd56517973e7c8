import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('survey_round')
export class SurveyRoundEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @Column() year: number;
  @Column({ name: 'invited_count', type: 'int', nullable: true }) invitedCount: number | null;
  @Column({ name: 'invited_date', type: 'date', nullable: true }) invitedDate: string | null;
  @Column({ type: 'int', nullable: true }) responses: number | null;
  @Column({ name: 'anonymity_threshold' }) anonymityThreshold: number;
  @Column({ name: 'follow_up_meeting_by', type: 'date', nullable: true }) followUpMeetingBy:
    | string
    | null;
  @Column({ name: 'plan_registered_by', type: 'date', nullable: true }) planRegisteredBy:
    | string
    | null;
  @Column({ name: 'evaluation_by', type: 'date', nullable: true }) evaluationBy: string | null;
  @Column({ name: 'escalation_policy', type: 'jsonb', nullable: true }) escalationPolicy: unknown;
  @Column({ name: 'sector_benchmark', type: 'jsonb' }) sectorBenchmark: Record<string, number>;
  @Column() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
