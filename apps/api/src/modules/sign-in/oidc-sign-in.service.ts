import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SignInError } from '@tiltak/shared/api-contract';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuditService } from '../audit';
import { UserEntity, toUserDto } from '../users';
import type { VerifiedIdentity } from './oidc-client';

/**
 * Why a sign-in was refused; the web's /sign-in?error=<reason> page explains each.
 *   expired          no sign-in in progress for this browser (cookie gone, too slow, or the callback replayed)
 *   provider         the identity provider answered with an error (the person cancelled, or it refused)
 *   failed           the answer did not pass the checks (state, code, ID token signature/issuer/audience/nonce/expiry)
 *   unavailable      the identity provider could not be reached
 *   email_missing    first sign-in, and the provider sent no e-mail to match
 *   email_unverified first sign-in, and the provider says the e-mail is not verified
 *   linked_elsewhere the e-mail belongs to a user already linked to another identity
 *   unknown_person   nobody with this identity or e-mail, and OIDC_AUTO_CREATE_USERS=false
 *   deactivated      the user is deactivated
 */
export type SignInRefusal = SignInError;

export type SignInOutcome =
  | { ok: true; userId: string; how: 'subject' | 'email' | 'created' }
  | { ok: false; reason: SignInRefusal };

const signedInActor = (user: UserEntity, requestId: string): Actor => ({
  userId: user.id,
  name: user.name,
  email: user.email,
  language: user.language,
  assignments: [],
  institutionHr: false,
  requestId,
});

/** Who a verified identity is in Tiltak: matched by issuer + subject, linked once by e-mail, or created. */
@Injectable()
export class OidcSignInService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signIn(identity: VerifiedIdentity, requestId: string): Promise<SignInOutcome> {
    return this.db.transaction(async (em) => {
      const users = em.getRepository(UserEntity);
      const bySubject = await users.findOne({
        where: { oidcIssuer: identity.issuer, externalSubject: identity.subject },
        lock: { mode: 'pessimistic_write' },
      });
      if (bySubject) return this.admit(em, bySubject, identity, 'subject', requestId);

      if (!identity.email) return this.refuse(em, 'email_missing', identity, null, requestId);
      if (!identity.emailVerified)
        return this.refuse(em, 'email_unverified', identity, null, requestId);
      const byEmail = await users
        .createQueryBuilder('u')
        .setLock('pessimistic_write')
        .where('lower(u.email) = lower(:email)', { email: identity.email })
        .getOne();
      if (byEmail) {
        // Once linked, a user is matched by issuer + subject only: another identity with their e-mail is not them.
        // (external_subject without an issuer was not set by a sign-in, e.g. by an import: it does not count.)
        if (byEmail.oidcIssuer !== null)
          return this.refuse(em, 'linked_elsewhere', identity, byEmail, requestId);
        if (!byEmail.active) return this.refuse(em, 'deactivated', identity, byEmail, requestId);
        await users.update(
          { id: byEmail.id },
          { oidcIssuer: identity.issuer, externalSubject: identity.subject },
        );
        return this.admit(em, byEmail, identity, 'email', requestId);
      }

      if (!this.config.oidc?.autoCreateUsers)
        return this.refuse(em, 'unknown_person', identity, null, requestId);
      const created = await users.save(
        users.create({
          name: identity.name ?? identity.email,
          email: identity.email,
          language: 'nb',
          notifyMode: 'immediate',
          active: true,
          oidcIssuer: identity.issuer,
          externalSubject: identity.subject,
        }),
      );
      await this.audit.record(em, signedInActor(created, requestId), null, {
        action: 'user.create',
        entity: 'user',
        entityId: created.id,
        after: toUserDto(created),
      });
      return this.admit(em, created, identity, 'created', requestId);
    });
  }

  /** A refusal before the identity is known (bad state, provider error, failed checks) is audited too. */
  recordRefusal(reason: SignInRefusal, detail: string, requestId: string): Promise<void> {
    return this.db.transaction((em) =>
      this.audit.record(em, null, null, {
        action: 'auth.refused',
        entity: 'user',
        entityId: null,
        after: { reason, detail: detail.slice(0, 500), requestId },
      }),
    );
  }

  private async admit(
    em: EntityManager,
    user: UserEntity,
    identity: VerifiedIdentity,
    how: 'subject' | 'email' | 'created',
    requestId: string,
  ): Promise<SignInOutcome> {
    if (!user.active) return this.refuse(em, 'deactivated', identity, user, requestId);
    await this.audit.record(em, signedInActor(user, requestId), null, {
      action: 'auth.sign_in',
      entity: 'user',
      entityId: user.id,
      after: { issuer: identity.issuer, subject: identity.subject, matchedBy: how },
    });
    return { ok: true, userId: user.id, how };
  }

  private async refuse(
    em: EntityManager,
    reason: SignInRefusal,
    identity: VerifiedIdentity,
    user: UserEntity | null,
    requestId: string,
  ): Promise<SignInOutcome> {
    await this.audit.record(em, null, null, {
      action: 'auth.refused',
      entity: 'user',
      entityId: user?.id ?? null,
      after: {
        reason,
        issuer: identity.issuer,
        subject: identity.subject,
        email: identity.email,
        requestId,
      },
    });
    return { ok: false, reason };
  }
}
