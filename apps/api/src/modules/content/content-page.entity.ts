import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A page of text the institution edits, in bokmål and English (body format: `ContentPageDto` in libs/shared/api-contract/src/lib/content-contract.ts). */
@Entity('content_page')
export class ContentPageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) key: string;
  @Column({ name: 'body_nb', type: 'text' }) bodyNb: string;
  @Column({ name: 'body_en', type: 'text' }) bodyEn: string;
  @Column({ type: 'integer' }) version: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
}
