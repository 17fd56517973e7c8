import { createHash, randomBytes } from 'node:crypto';
import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { OidcClient, type PendingSignIn } from './oidc-client';
import { OidcLoginEntity } from './oidc-login.entity';
import { OidcSignInService, type SignInRefusal } from './oidc-sign-in.service';
import { Public, SESSION_COOKIE, SessionService } from '../auth';

/** Binds a sign-in in progress to the browser that started it; lives only on /api/auth. */
export const OIDC_LOGIN_COOKIE = 'tiltak_oidc';
const LOGIN_TTL_MS = 10 * 60_000;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Sign-in with OpenID Connect (AUTH_MODE=oidc): the browser is sent to the issuer and comes back with a code. */
@ApiTags('auth')
@Controller('auth')
export class OidcAuthController {
  private readonly logger = new Logger('OidcAuth');

  constructor(
    private readonly oidc: OidcClient,
    private readonly signIns: OidcSignInService,
    private readonly sessions: SessionService,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 302 to the identity provider; PKCE verifier, state and nonce stay on the server. */
  @Public()
  @Get('login')
  @ApiExcludeEndpoint()
  async login(@Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    let started: { url: URL; pending: PendingSignIn };
    try {
      started = await this.oidc.start();
    } catch (error) {
      await this.signIns.recordRefusal('unavailable', errorText(error), String(req.id));
      return this.refuse(reply, 'unavailable');
    }
    const binding = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + LOGIN_TTL_MS);
    await this.db
      .getRepository(OidcLoginEntity)
      .insert({ bindingHash: hash(binding), ...started.pending, expiresAt });
    void reply
      .setCookie(OIDC_LOGIN_COOKIE, binding, {
        path: '/api/auth',
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.secureCookies,
        expires: expiresAt,
      })
      .redirect(started.url.href, 302);
  }

  /** The issuer sends the browser back here; refusals go to /sign-in?error=<reason> with no session. */
  @Public()
  @Get('callback')
  @ApiExcludeEndpoint()
  async callback(@Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const requestId = String(req.id);
    const query = Object.fromEntries(
      Object.entries((req.query ?? {}) as Record<string, unknown>).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    );
    void reply.clearCookie(OIDC_LOGIN_COOKIE, { path: '/api/auth' });
    // Whatever happens next, a sign-in ends the browser's previous session: never reuse a session id.
    const previous = req.cookies?.[SESSION_COOKIE];
    if (previous) {
      await this.sessions.destroy(previous);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }

    const binding = req.cookies?.[OIDC_LOGIN_COOKIE];
    // Consumed at once: a replayed callback finds nothing.
    const [rows]: [{ state: string; nonce: string; code_verifier: string }[], number] = binding
      ? await this.db.query(
          `DELETE FROM oidc_login WHERE binding_hash = $1 AND expires_at > now() RETURNING state, nonce, code_verifier`,
          [hash(binding)],
        )
      : [[], 0];
    const pending = rows[0];
    if (!pending)
      return this.refuseAudited(
        reply,
        'expired',
        binding ? 'no sign-in in progress for this browser' : 'no tiltak_oidc cookie',
        requestId,
      );
    if (query['error'])
      return this.refuseAudited(
        reply,
        'provider',
        `${query['error']}: ${query['error_description'] ?? ''}`,
        requestId,
      );

    let identity;
    try {
      identity = await this.oidc.finish(query, {
        state: pending.state,
        nonce: pending.nonce,
        codeVerifier: pending.code_verifier,
      });
    } catch (error) {
      return this.refuseAudited(reply, 'failed', errorText(error), requestId);
    }
    const outcome = await this.signIns.signIn(identity, requestId);
    if (!outcome.ok) return this.refuse(reply, outcome.reason);
    const { token, expiresAt } = await this.sessions.create(outcome.userId, identity.idToken);
    void reply
      .setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.secureCookies,
        expires: expiresAt,
      })
      .redirect('/', 302);
  }

  private async refuseAudited(
    reply: FastifyReply,
    reason: SignInRefusal,
    detail: string,
    requestId: string,
  ): Promise<void> {
    this.logger.warn(`Sign-in refused (${reason}): ${detail}`);
    await this.signIns.recordRefusal(reason, detail, requestId);
    this.refuse(reply, reason);
  }

  private refuse(reply: FastifyReply, reason: SignInRefusal): void {
    void reply.redirect(`/sign-in?error=${reason}`, 302);
  }
}

/**
 * For the log and the audit row: openid-client wraps the precise reason (which claim, which parameter,
 * the token endpoint's error code) in its cause chain. No tokens are included.
 */
function errorText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const e = current as {
      code?: unknown;
      message?: unknown;
      error?: unknown;
      error_description?: unknown;
      cause?: unknown;
    };
    if (current instanceof Error)
      parts.push(typeof e.code === 'string' ? `${e.code}: ${e.message}` : String(e.message));
    if (typeof e.error === 'string')
      parts.push(
        typeof e.error_description === 'string' ? `${e.error} (${e.error_description})` : e.error,
      );
    current = e.cause;
  }
  return parts.length ? parts.join(' / ') : String(error);
}
