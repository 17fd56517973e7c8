import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('case_comment')
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @Column({ name: 'measure_id', type: 'uuid', nullable: true }) measureId: string | null;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Column() body: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
