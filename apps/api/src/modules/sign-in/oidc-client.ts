import { Inject, Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '../../config/app-config';

/** What the callback needs to check the identity provider's answer (kept server-side, see oidc_login). */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  /** false only when the issuer says so; issuers that never send email_verified are trusted by configuration. */
  emailVerified: boolean;
  name: string | null;
  idToken: string;
}

/**
 * The relying party, all protocol work done by openid-client: discovery, the authorization-code flow
 * with PKCE, state and nonce, ID token validation (signature, issuer, audience, expiry, nonce), userinfo
 * and the issuer's end-session URL.
 */
@Injectable()
export class OidcClient {
  private readonly logger = new Logger('OidcClient');
  private configuration: Promise<client.Configuration> | null = null;
  private readonly settings: OidcConfig;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.oidc) throw new Error('OidcClient needs AUTH_MODE=oidc');
    this.settings = config.oidc;
  }

  /** Discovery once, retried at the next sign-in if the issuer could not be reached. */
  private discovered(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        undefined,
        client.ClientSecretBasic(this.settings.clientSecret),
        {
          // app-config allows plain http only for an issuer on localhost (the development identity provider).
          execute:
            new URL(this.settings.issuer).protocol === 'http:'
              ? [client.allowInsecureRequests]
              : [],
          timeout: 10,
        },
      )
      .catch((error: unknown) => {
        this.configuration = null;
        this.logger.error(
          `OpenID Connect discovery at ${this.settings.issuer} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        throw error;
      });
    return this.configuration;
  }

  async start(): Promise<{ url: URL; pending: PendingSignIn }> {
    const config = await this.discovered();
    const pending: PendingSignIn = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, pending };
  }

  /** Redeems the code and validates the ID token; throws on any refusal by the library's checks. */
  async finish(query: Record<string, string>, pending: PendingSignIn): Promise<VerifiedIdentity> {
    const config = await this.discovered();
    const currentUrl = new URL(this.settings.redirectUri);
    for (const [key, value] of Object.entries(query)) currentUrl.searchParams.set(key, value);
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) throw new Error('The identity provider returned no ID token');
    let source: Record<string, unknown> = claims;
    // Feide and others put e-mail and name in userinfo rather than the ID token.
    if (
      (claims[this.settings.emailClaim] === undefined ||
        claims[this.settings.nameClaim] === undefined) &&
      config.serverMetadata().userinfo_endpoint
    ) {
      source = {
        ...(await client.fetchUserInfo(config, tokens.access_token, claims.sub)),
        ...claims,
      };
    }
    const text = (value: unknown) =>
      typeof value === 'string' && value.trim() ? value.trim() : null;
    return {
      issuer: claims.iss,
      subject: claims.sub,
      email: text(source[this.settings.emailClaim]),
      emailVerified: source['email_verified'] !== false && source['email_verified'] !== 'false',
      name: text(source[this.settings.nameClaim]),
      idToken: tokens.id_token,
    };
  }

  /** The issuer's sign-out address when it offers one, else null. */
  async endSessionUrl(
    idToken: string | null,
    postLogoutRedirectUri: string,
  ): Promise<string | null> {
    const config = await this.discovered().catch(() => null);
    if (!config?.serverMetadata().end_session_endpoint) return null;
    const params: Record<string, string> = {
      post_logout_redirect_uri: postLogoutRedirectUri,
      client_id: this.settings.clientId,
    };
    if (idToken) params['id_token_hint'] = idToken;
    return client.buildEndSessionUrl(config, params).href;
  }
}
