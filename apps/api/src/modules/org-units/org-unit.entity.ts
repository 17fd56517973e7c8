import type { OrgUnitKind } from '@tiltak/shared/api-contract';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('org_unit')
export class OrgUnitEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() code: string;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  /** Ancestor ids and the unit's own, root first. */
  @Column({ type: 'uuid', array: true }) path: string[];
  @Column({ type: 'text' }) kind: OrgUnitKind;
  @Column({ name: 'name_nb' }) nameNb: string;
  @Column({ name: 'name_en' }) nameEn: string;
  @Column({ name: 'leader_id', type: 'uuid', nullable: true }) leaderId: string | null;
  @Column() active: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
