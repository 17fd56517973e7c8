import type { AreaKindValue } from '@tiltak/shared/api-contract';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('area')
export class AreaEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @Column({ type: 'text' }) kind: AreaKindValue;
  @Column() title: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ name: 'index_codes', type: 'text', array: true }) indexCodes: string[];
  @Column() selected: boolean;
  @Column({ type: 'int', nullable: true }) rank: number | null;
  @Column() votes: number;
  @Column() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
