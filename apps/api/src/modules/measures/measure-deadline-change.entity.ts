import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('measure_deadline_change')
export class MeasureDeadlineChangeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'measure_id', type: 'uuid' }) measureId: string;
  @Column({ name: 'from_deadline', type: 'date', nullable: true }) fromDeadline: string | null;
  @Column({ name: 'to_deadline', type: 'date' }) toDeadline: string;
  @Column() reason: string;
  @Column({ name: 'changed_by', type: 'uuid' }) changedBy: string;
  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
}
