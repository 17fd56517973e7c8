import type { CaseState } from '@tiltak/shared/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('follow_up_case')
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'round_id', type: 'uuid' }) roundId: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ type: 'text' }) state: CaseState;
  @Column({ name: 'workshop_date', type: 'date', nullable: true }) workshopDate: string | null;
  @Column({ name: 'workshop_participants', type: 'int', nullable: true }) workshopParticipants:
    | number
    | null;
  @Column({ name: 'workshop_facilitator', type: 'text', nullable: true }) workshopFacilitator:
    | string
    | null;
  @Column({ name: 'workshop_notes', type: 'text', nullable: true }) workshopNotes: string | null;
  @Column({ name: 'state_changed_at', type: 'timestamptz' }) stateChangedAt: Date;
  @Column() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
