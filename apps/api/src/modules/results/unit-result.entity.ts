import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type IndexValues = Record<string, { mean: number; sd: number; n: number }>;

@Entity('unit_result')
export class UnitResultEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'round_id', type: 'uuid' }) roundId: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column() invited: number;
  @Column() respondents: number;
  @Column({ type: 'jsonb' }) indices: IndexValues;
  @Column({ name: 'working_hours', type: 'jsonb', nullable: true }) workingHours: Record<
    string,
    number
  > | null;
  @Column({ name: 'appraisal_yes_pct', type: 'numeric', nullable: true }) appraisalYesPct:
    | string
    | null;
  @Column({ name: 'appraisal_usefulness', type: 'numeric', nullable: true }) appraisalUsefulness:
    | string
    | null;
  @Column() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
