import type { Language } from '@tiltak/shared/api-contract';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @Column() email: string;
  @Column({ type: 'text' }) language: Language;
  @Column({ name: 'notify_mode' }) notifyMode: 'immediate' | 'digest';
  /** Issuer + subject identify a person once they have signed in with OpenID Connect. */
  @Column({ name: 'oidc_issuer', type: 'text', nullable: true }) oidcIssuer: string | null;
  @Column({ name: 'external_subject', type: 'text', nullable: true }) externalSubject:
    | string
    | null;
  @Column({ name: 'calendar_token', type: 'text', nullable: true }) calendarToken: string | null;
  @Column() active: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
