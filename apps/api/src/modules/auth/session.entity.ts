import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('user_session')
export class SessionEntity {
  /** sha256 of the cookie's token: a leaked database row cannot be replayed as a cookie. */
  @PrimaryColumn({ name: 'token_hash' }) tokenHash: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'last_seen_at', type: 'timestamptz' }) lastSeenAt: Date;
  @Column({ name: 'id_token', type: 'text', nullable: true }) idToken: string | null;
}
