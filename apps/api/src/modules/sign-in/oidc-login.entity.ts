import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A sign-in in progress: what the callback needs to check the identity provider's answer. */
@Entity('oidc_login')
export class OidcLoginEntity {
  /** sha256 of the tiltak_oidc cookie that binds the sign-in to the browser that started it. */
  @PrimaryColumn({ name: 'binding_hash' }) bindingHash: string;
  @Column() state: string;
  @Column() nonce: string;
  @Column({ name: 'code_verifier' }) codeVerifier: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
}
