// oidc-provider ships no types; the reference brings ours into every program that compiles this file.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./oidc-provider.d.ts" />
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_USERS } from '@tiltak/demo-data';
import Provider, { type KoaContext } from 'oidc-provider';

/** A person the development identity provider can sign in. */
export interface DevIdpAccount {
  /** The stable, opaque subject identifier (Feide's is a UUID-like id too). */
  sub: string;
  email: string;
  name: string;
  /** Sent as email_verified; true unless a test says otherwise. */
  emailVerified?: boolean;
}

export interface DevIdpOptions {
  /** 0 picks a free port. Default DEV_IDP_PORT or 3100. */
  port?: number;
  /** Default: the demo users of libs/shared/demo-data. */
  accounts?: DevIdpAccount[];
  /**
   * Where to listen; default DEV_IDP_HOST or 127.0.0.1. The issuer stays http://127.0.0.1:<port>
   * (docker compose listens on 0.0.0.0 inside the app's network namespace, see docker-compose.yml).
   */
  host?: string;
  /** Log each sign-in to the console (the CLI does; tests do not). */
  log?: boolean;
}

export interface DevIdp {
  issuer: string;
  port: number;
  /** By subject; tests may add, change or remove people while it runs. */
  accounts: Map<string, DevIdpAccount>;
  close(): Promise<void>;
}

export const DEV_CLIENT_ID = 'tiltak-dev';
export const DEV_CLIENT_SECRET = 'tiltak-dev-secret';

/** A stable opaque subject for a demo e-mail. */
export const demoSubject = (email: string) =>
  createHash('sha256').update(`dev-idp:${email.toLowerCase()}`).digest('hex').slice(0, 32);

export const demoAccounts = (): DevIdpAccount[] =>
  DEMO_USERS.map((u) => ({ sub: demoSubject(u.email), email: u.email, name: u.name }));

/** Any Tiltak on this machine: http(s)://localhost or 127.0.0.1, any port, ending in /api/auth/callback. */
export function isLocalCallback(value: string, path = '/api/auth/callback'): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    ['http:', 'https:'].includes(url.protocol) &&
    ['localhost', '127.0.0.1'].includes(url.hostname) &&
    url.pathname === path &&
    !url.hash
  );
}

const html = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)} – Tiltak development identity provider</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}label{display:block;margin:.75rem 0 .25rem}
input{width:100%;padding:.5rem;box-sizing:border-box}button{margin-top:1rem;padding:.5rem 1rem}.error{color:#a00}.note{color:#555;font-size:.9rem}</style>
</head><body><main><h1>${html(title)}</h1>${body}</main></body></html>`;
}

function loginForm(uid: string, accounts: DevIdpAccount[], error?: string, login = ''): string {
  const options = accounts
    .map((a) => `<option value="${html(a.email)}">${html(a.name)}</option>`)
    .join('');
  return page(
    'Sign in (development)',
    `<p class="note">Development only: any password is accepted for a known e-mail.</p>
${error ? `<p class="error" role="alert">${html(error)}</p>` : ''}
<form method="post" action="/interaction/${html(uid)}/login" autocomplete="off">
<label for="login">E-mail</label><input id="login" name="login" type="email" list="demo-users" required value="${html(login)}" autofocus>
<datalist id="demo-users">${options}</datalist>
<label for="password">Password</label><input id="password" name="password" type="password" required>
<button type="submit">Sign in</button></form>`,
  );
}

async function formBody(ctx: KoaContext): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > 16_384) break;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * The development identity provider: the reference OpenID provider for Node (oidc-provider) with the
 * Tiltak client registered and the demo users as accounts. For development and tests only — its
 * signing keys and cookie keys are not secret.
 */
export async function startDevIdp(options: DevIdpOptions = {}): Promise<DevIdp> {
  const port = options.port ?? Number(process.env['DEV_IDP_PORT'] || 3100);
  const accounts = new Map((options.accounts ?? demoAccounts()).map((a) => [a.sub, a]));
  const byEmail = (email: string) =>
    [...accounts.values()].find((a) => a.email.toLowerCase() === email.trim().toLowerCase());

  // The issuer must be known before the port is: listen first, then build the provider on that port.
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) =>
    handler ? handler(req, res) : res.writeHead(503).end(),
  );
  await new Promise<void>((resolve, reject) =>
    server
      .once('error', reject)
      .listen(port, options.host ?? (process.env['DEV_IDP_HOST'] || '127.0.0.1'), () => resolve()),
  );
  const actualPort = (server.address() as AddressInfo).port;
  const issuer = `http://127.0.0.1:${actualPort}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: DEV_CLIENT_ID,
        client_secret: DEV_CLIENT_SECRET,
        // Placeholders: redirectUriAllowed below accepts any local Tiltak.
        redirect_uris: ['http://127.0.0.1:3000/api/auth/callback'],
        post_logout_redirect_uris: ['http://127.0.0.1:3000/sign-in'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    async findAccount(_ctx: unknown, sub: string) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        async claims() {
          const current = accounts.get(sub) ?? account;
          return {
            sub,
            email: current.email,
            email_verified: current.emailVerified ?? true,
            name: current.name,
          };
        },
      };
    },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      'userid-feide': [],
    },
    scopes: ['openid', 'email', 'profile', 'userid-feide'],
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    cookies: { keys: ['tiltak-dev-idp-not-a-secret'] },
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx: KoaContext, form: string) {
          ctx.type = 'html';
          ctx.body = page(
            'Sign out',
            `${form}<p>Sign out of the development identity provider?</p>
<button type="submit" form="op.logoutForm" value="yes" name="logout" autofocus>Yes, sign me out</button>`,
          );
        },
      },
    },
    async renderError(ctx: KoaContext, out: Record<string, string>) {
      ctx.type = 'html';
      ctx.body = page(
        'Error',
        `<pre>${html(
          Object.entries(out)
            .map(([k, v]) => `${k}: ${v}`)
            .join('\n'),
        )}</pre>`,
      );
    },
  });
  provider.Client.prototype.redirectUriAllowed = (value: string) => isLocalCallback(value);
  provider.Client.prototype.postLogoutRedirectUriAllowed = (value: string) =>
    isLocalCallback(value, '/sign-in');

  provider.use(async (ctx, next) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(ctx.path);
    if (!match) return next();
    ctx.set('cache-control', 'no-store');
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (ctx.method === 'GET' && details.prompt.name === 'login') {
      ctx.type = 'html';
      ctx.body = loginForm(details.uid, [...accounts.values()]);
      return;
    }
    if (ctx.method === 'GET' && details.prompt.name === 'consent') {
      // Tiltak is this provider's own client: consent is implied.
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({
            accountId: details.session?.accountId ?? '',
            clientId: details.params.client_id,
          });
      if (!grant) throw new Error('grant not found');
      const missing = details.prompt.details;
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [indicator, scope] of Object.entries(missing.missingResourceScopes ?? {}))
        grant.addResourceScope(indicator, scope.join(' '));
      await provider.interactionFinished(
        ctx.req,
        ctx.res,
        { consent: { grantId: await grant.save() } },
        { mergeWithLastSubmission: true },
      );
      return;
    }
    if (ctx.method === 'POST' && match[2] && details.prompt.name === 'login') {
      const body = await formBody(ctx);
      const login = body.get('login') ?? '';
      const account = byEmail(login);
      if (!account || !body.get('password')) {
        ctx.status = 200;
        ctx.type = 'html';
        ctx.body = loginForm(
          details.uid,
          [...accounts.values()],
          account ? 'Type any password.' : `No demo user has the e-mail ${login}.`,
          login,
        );
        return;
      }
      if (options.log) console.log(`dev-idp: ${account.email} signed in (sub ${account.sub})`);
      await provider.interactionFinished(
        ctx.req,
        ctx.res,
        { login: { accountId: account.sub } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    ctx.status = 405;
    ctx.body = 'Method not allowed';
  });

  handler = (provider as unknown as { callback(): typeof handler }).callback();
  return {
    issuer,
    port: actualPort,
    accounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
