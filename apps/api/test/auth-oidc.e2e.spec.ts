import { DEV_CLIENT_ID, DEV_CLIENT_SECRET, type DevIdp, startDevIdp } from '@tiltak/dev-idp';
import { SessionService } from '../src/modules/auth/session.service';
import { browserHeaders, clientOf, startTestApp, type TestApp } from './api-harness';
import {
  callback,
  type FakeIssuer,
  OIDC_LOGIN_COOKIE,
  signInAtIdp,
  startFakeIssuer,
  startSignIn,
} from './fixtures/oidc';

const PUBLIC_URL = 'http://localhost:3000';
const CALLBACK = `${PUBLIC_URL}/api/auth/callback`;

const oidcEnv = (issuer: string) => ({
  AUTH_MODE: 'oidc',
  PUBLIC_URL,
  OIDC_ISSUER: issuer,
  OIDC_CLIENT_ID: DEV_CLIENT_ID,
  OIDC_CLIENT_SECRET: DEV_CLIENT_SECRET,
  OIDC_PROVIDER_NAME: 'Feide',
});

describe('sign-in with OpenID Connect against the development identity provider (oidc-provider)', () => {
  let idp: DevIdp;
  let t: TestApp;

  beforeAll(async () => {
    idp = await startDevIdp({ port: 0 });
    t = await startTestApp({ env: oidcEnv(idp.issuer) });
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });

  /** The whole browser journey: login → the provider's form → callback. */
  async function signIn(login: string) {
    const started = await startSignIn(t);
    const back = await signInAtIdp(started, login, CALLBACK);
    return callback(t, back.search, { [OIDC_LOGIN_COOKIE]: started.binding });
  }
  const sessionCount = async () =>
    Number((await t.db.query(`SELECT count(*) AS n FROM user_session`))[0].n);
  const userByEmail = async (email: string) =>
    (await t.db.query(`SELECT * FROM app_user WHERE lower(email) = lower($1)`, [email]))[0];
  const lastAudit = async (action: string) =>
    (
      await t.db.query(`SELECT * FROM audit_event WHERE action = $1 ORDER BY id DESC LIMIT 1`, [
        action,
      ])
    )[0];

  it('GET /api/auth/config names the mode and the provider, before sign-in', async () => {
    expect((await t.anonymous.get('/api/auth/config')).body).toEqual({
      mode: 'oidc',
      providerName: 'Feide',
    });
    expect(
      (await t.anonymous.post('/api/auth/dev-login', { email: 'admin@tiltak.example' })).status,
    ).toBe(404);
  });

  it('GET /api/auth/login sends the browser to the issuer with PKCE, state and nonce, and binds the sign-in to it', async () => {
    const { authorizationUrl, binding } = await startSignIn(t);
    expect(authorizationUrl.origin).toBe(idp.issuer);
    const p = authorizationUrl.searchParams;
    expect(p.get('client_id')).toBe(DEV_CLIENT_ID);
    expect(p.get('redirect_uri')).toBe(CALLBACK);
    expect(p.get('response_type')).toBe('code');
    expect(p.get('scope')).toBe('openid email profile');
    expect(p.get('code_challenge_method')).toBe('S256');
    for (const name of ['state', 'nonce', 'code_challenge'])
      expect(p.get(name)?.length).toBeGreaterThanOrEqual(32);
    expect(binding.length).toBeGreaterThanOrEqual(32);
    // Nothing secret in the cookie: verifier, state and nonce are kept server-side.
    const [row] = await t.db.query(`SELECT * FROM oidc_login WHERE state = $1`, [p.get('state')]);
    expect(row).toEqual(expect.objectContaining({ nonce: p.get('nonce') }));
    expect(JSON.stringify(row)).not.toContain(binding);
  });

  it('a full code flow signs in a demo user: new session, 302 to /, audited', async () => {
    const res = await signIn('leder.idi@tiltak.example');
    expect(res).toEqual({ status: 302, location: '/', session: expect.any(String) });
    const me = await clientOf(t.app, res.session ?? '').get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual(
      expect.objectContaining({
        email: 'leder.idi@tiltak.example',
        roles: [expect.objectContaining({ role: 'leader' })],
      }),
    );
    const audit = await lastAudit('auth.sign_in');
    expect(audit).toEqual(expect.objectContaining({ actor_id: me.body.id, entity_id: me.body.id }));
    expect(audit.after).toEqual(
      expect.objectContaining({
        issuer: idp.issuer,
        matchedBy: expect.stringMatching(/^(email|subject)$/),
      }),
    );
  });

  it("gives a new session id at every sign-in and ends the browser's previous session", async () => {
    const first = await signIn('vo.idi@tiltak.example');
    const started = await startSignIn(t);
    const back = await signInAtIdp(started, 'vo.idi@tiltak.example', CALLBACK);
    const second = await callback(t, back.search, {
      [OIDC_LOGIN_COOKIE]: started.binding,
      tiltak_session: first.session ?? '',
    });
    expect(second.status).toBe(302);
    expect(second.session).not.toBe(first.session);
    expect((await clientOf(t.app, first.session ?? '').get('/api/auth/me')).status).toBe(401);
    expect((await clientOf(t.app, second.session ?? '').get('/api/auth/me')).status).toBe(200);
  });

  describe('refusals: 302 to /sign-in?error=<reason>, no session, audited', () => {
    it('a wrong state', async () => {
      const started = await startSignIn(t);
      const back = await signInAtIdp(started, 'leder.idi@tiltak.example', CALLBACK);
      back.searchParams.set('state', 'forged-state-forged-state-forged-state');
      const before = await sessionCount();
      const res = await callback(t, back.search, { [OIDC_LOGIN_COOKIE]: started.binding });
      expect(res).toEqual({ status: 302, location: '/sign-in?error=failed', session: null });
      expect(await sessionCount()).toBe(before);
      expect((await lastAudit('auth.refused')).after).toEqual(
        expect.objectContaining({ reason: 'failed', detail: expect.stringMatching(/state/) }),
      );
    });

    it('a callback from another browser (no binding cookie) or a replayed callback', async () => {
      const started = await startSignIn(t);
      const back = await signInAtIdp(started, 'leder.idi@tiltak.example', CALLBACK);
      expect(await callback(t, back.search, {})).toEqual({
        status: 302,
        location: '/sign-in?error=expired',
        session: null,
      });
      expect(
        await callback(t, back.search, { [OIDC_LOGIN_COOKIE]: 'someone-elses-cookie' }),
      ).toEqual({ status: 302, location: '/sign-in?error=expired', session: null });
      const ok = await callback(t, back.search, { [OIDC_LOGIN_COOKIE]: started.binding });
      expect(ok.status).toBe(302);
      expect(ok.location).toBe('/');
      const before = await sessionCount();
      expect(await callback(t, back.search, { [OIDC_LOGIN_COOKIE]: started.binding })).toEqual({
        status: 302,
        location: '/sign-in?error=expired',
        session: null,
      });
      expect(await sessionCount()).toBe(before);
    });

    it('a replayed code, even with a fresh state of the same browser', async () => {
      const first = await startSignIn(t);
      const back = await signInAtIdp(first, 'leder.idi@tiltak.example', CALLBACK);
      expect(
        (await callback(t, back.search, { [OIDC_LOGIN_COOKIE]: first.binding })).location,
      ).toBe('/');
      const second = await startSignIn(t);
      const replay = new URLSearchParams(back.search);
      replay.set('state', second.authorizationUrl.searchParams.get('state') ?? '');
      const before = await sessionCount();
      const res = await callback(t, `?${replay}`, { [OIDC_LOGIN_COOKIE]: second.binding });
      expect(res).toEqual({ status: 302, location: '/sign-in?error=failed', session: null });
      expect(await sessionCount()).toBe(before);
      expect((await lastAudit('auth.refused')).after).toEqual(
        expect.objectContaining({
          reason: 'failed',
          detail: expect.stringMatching(/invalid_grant/),
        }),
      );
    });

    it('an error from the provider (the person cancelled)', async () => {
      const started = await startSignIn(t);
      const state = started.authorizationUrl.searchParams.get('state');
      const res = await callback(t, `?error=access_denied&state=${state}`, {
        [OIDC_LOGIN_COOKIE]: started.binding,
      });
      expect(res).toEqual({ status: 302, location: '/sign-in?error=provider', session: null });
    });
  });

  describe('who the person is', () => {
    it('first sign-in links by verified e-mail (any case), later ones by issuer + subject: a changed e-mail still signs in the same user', async () => {
      const sub = 'feide-sub-kari';
      await t.db.query(
        `INSERT INTO app_user (name, email, language) VALUES ('Kari Kobling', 'kari.kobling@tiltak.example', 'nb')`,
      );
      const kari = await userByEmail('kari.kobling@tiltak.example');
      idp.accounts.set(sub, { sub, email: 'KARI.Kobling@tiltak.example', name: 'Kari K.' });

      const first = await signIn('kari.kobling@tiltak.example');
      expect(first.location).toBe('/');
      expect(await userByEmail('kari.kobling@tiltak.example')).toEqual(
        expect.objectContaining({
          id: kari.id,
          oidc_issuer: idp.issuer,
          external_subject: sub,
          name: 'Kari Kobling',
        }),
      );
      expect((await lastAudit('auth.sign_in')).after).toEqual({
        issuer: idp.issuer,
        subject: sub,
        matchedBy: 'email',
      });

      idp.accounts.set(sub, { sub, email: 'kari.ny.adresse@tiltak.example', name: 'Kari K.' });
      const again = await signIn('kari.ny.adresse@tiltak.example');
      expect(again.location).toBe('/');
      expect((await clientOf(t.app, again.session ?? '').get('/api/auth/me')).body.id).toBe(
        kari.id,
      );
      expect((await lastAudit('auth.sign_in')).after).toEqual({
        issuer: idp.issuer,
        subject: sub,
        matchedBy: 'subject',
      });

      // Another identity that now carries Kari's (old) e-mail is not Kari.
      idp.accounts.set('feide-sub-impostor', {
        sub: 'feide-sub-impostor',
        email: 'kari.kobling@tiltak.example',
        name: 'Not Kari',
      });
      const impostor = await signIn('kari.kobling@tiltak.example');
      expect(impostor).toEqual({
        status: 302,
        location: '/sign-in?error=linked_elsewhere',
        session: null,
      });
    });

    it('refuses to link by an e-mail the provider says is not verified', async () => {
      await t.db.query(
        `INSERT INTO app_user (name, email, language) VALUES ('Uverifisert', 'uverifisert@tiltak.example', 'nb')`,
      );
      idp.accounts.set('sub-unverified', {
        sub: 'sub-unverified',
        email: 'uverifisert@tiltak.example',
        name: 'U',
        emailVerified: false,
      });
      expect(await signIn('uverifisert@tiltak.example')).toEqual({
        status: 302,
        location: '/sign-in?error=email_unverified',
        session: null,
      });
      expect((await userByEmail('uverifisert@tiltak.example')).external_subject).toBeNull();
    });

    it('creates a person Tiltak does not know with no roles, audited', async () => {
      idp.accounts.set('sub-new-person', {
        sub: 'sub-new-person',
        email: 'ny.person@tiltak.example',
        name: 'Ny Person',
      });
      const res = await signIn('ny.person@tiltak.example');
      expect(res.location).toBe('/');
      const me = (await clientOf(t.app, res.session ?? '').get('/api/auth/me')).body;
      expect(me).toEqual(
        expect.objectContaining({
          name: 'Ny Person',
          email: 'ny.person@tiltak.example',
          active: true,
          roles: [],
        }),
      );
      expect((await lastAudit('user.create')).entity_id).toBe(me.id);
      expect((await lastAudit('auth.sign_in')).after).toEqual(
        expect.objectContaining({ matchedBy: 'created' }),
      );
    });

    it('refuses an unknown person when OIDC_AUTO_CREATE_USERS=false, creating nobody', async () => {
      const oidc = t.config.oidc;
      if (!oidc) throw new Error('oidc mode expected');
      oidc.autoCreateUsers = false;
      try {
        idp.accounts.set('sub-stranger', {
          sub: 'sub-stranger',
          email: 'fremmed@tiltak.example',
          name: 'Fremmed',
        });
        expect(await signIn('fremmed@tiltak.example')).toEqual({
          status: 302,
          location: '/sign-in?error=unknown_person',
          session: null,
        });
        expect(await userByEmail('fremmed@tiltak.example')).toBeUndefined();
        expect((await lastAudit('auth.refused')).after).toEqual(
          expect.objectContaining({
            reason: 'unknown_person',
            email: 'fremmed@tiltak.example',
            subject: 'sub-stranger',
          }),
        );
      } finally {
        oidc.autoCreateUsers = true;
      }
    });

    it('refuses a deactivated user, by e-mail on the first sign-in and by subject later', async () => {
      await t.db.query(
        `INSERT INTO app_user (name, email, language, active) VALUES ('Vera Vekk', 'vera.vekk@tiltak.example', 'nb', false)`,
      );
      idp.accounts.set('sub-vera', {
        sub: 'sub-vera',
        email: 'vera.vekk@tiltak.example',
        name: 'Vera',
      });
      expect(await signIn('vera.vekk@tiltak.example')).toEqual({
        status: 302,
        location: '/sign-in?error=deactivated',
        session: null,
      });

      idp.accounts.set('sub-olav', {
        sub: 'sub-olav',
        email: 'olav.senere@tiltak.example',
        name: 'Olav',
      });
      expect((await signIn('olav.senere@tiltak.example')).location).toBe('/');
      await t.db.query(
        `UPDATE app_user SET active = false WHERE email = 'olav.senere@tiltak.example'`,
      );
      expect(await signIn('olav.senere@tiltak.example')).toEqual({
        status: 302,
        location: '/sign-in?error=deactivated',
        session: null,
      });
      expect((await lastAudit('auth.refused')).after).toEqual(
        expect.objectContaining({ reason: 'deactivated', subject: 'sub-olav' }),
      );
    });
  });

  describe('sessions', () => {
    it("POST /api/auth/logout ends the server session and points to the issuer's sign-out with id_token_hint", async () => {
      const { session } = await signIn('ansatt.idi@tiltak.example');
      const user = clientOf(t.app, session ?? '');
      expect((await user.get('/api/auth/me')).status).toBe(200);
      const out = await user.post('/api/auth/logout');
      expect(out.status).toBe(200);
      const redirect = new URL(out.body.redirectUrl);
      expect(`${redirect.origin}${redirect.pathname}`).toBe(`${idp.issuer}/session/end`);
      expect(redirect.searchParams.get('id_token_hint')?.split('.')).toHaveLength(3);
      expect(redirect.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/sign-in`);
      expect((await user.get('/api/auth/me')).status).toBe(401);
      // Without a session there is nothing to end at the issuer.
      expect((await t.anonymous.post('/api/auth/logout')).body).toEqual({
        redirectUrl: '/sign-in',
      });
    });

    it('ends a session idle longer than SESSION_IDLE_MINUTES; use keeps it alive', async () => {
      const { session } = await signIn('hr@tiltak.example');
      const user = clientOf(t.app, session ?? '');
      const [{ user_id }] = await t.db.query(
        `SELECT user_id FROM user_session ORDER BY created_at DESC LIMIT 1`,
      );
      await t.db.query(
        `UPDATE user_session SET last_seen_at = now() - interval '59 minutes' WHERE user_id = $1`,
        [user_id],
      );
      expect((await user.get('/api/auth/me')).status).toBe(200);
      const [{ idle }] = await t.db.query(
        `SELECT extract(epoch FROM now() - max(last_seen_at)) AS idle FROM user_session WHERE user_id = $1`,
        [user_id],
      );
      expect(Number(idle)).toBeLessThan(60);
      await t.db.query(
        `UPDATE user_session SET last_seen_at = now() - interval '61 minutes' WHERE user_id = $1`,
        [user_id],
      );
      expect((await user.get('/api/auth/me')).status).toBe(401);
    });

    it('purges sessions past their lifetime or idle, and abandoned sign-ins', async () => {
      const [{ id }] = await t.db.query(
        `SELECT id FROM app_user WHERE email = 'admin@tiltak.example'`,
      );
      await t.db.query(
        `INSERT INTO user_session (token_hash, user_id, expires_at, last_seen_at) VALUES
           ('purge-expired', $1, now() - interval '1 minute', now()),
           ('purge-idle', $1, now() + interval '1 hour', now() - interval '2 hours'),
           ('purge-keep', $1, now() + interval '1 hour', now())`,
        [id],
      );
      await t.db.query(
        `INSERT INTO oidc_login (binding_hash, state, nonce, code_verifier, expires_at) VALUES ('purge-old', 's', 'n', 'v', now() - interval '1 minute')`,
      );
      const purged = await t.app.get(SessionService).purgeExpired();
      expect(purged.sessions).toBeGreaterThanOrEqual(2);
      expect(purged.logins).toBeGreaterThanOrEqual(1);
      const left = (
        await t.db.query(`SELECT token_hash FROM user_session WHERE token_hash LIKE 'purge-%'`)
      ).map((r: { token_hash: string }) => r.token_hash);
      expect(left).toEqual(['purge-keep']);
      expect(await t.db.query(`SELECT 1 FROM oidc_login WHERE binding_hash = 'purge-old'`)).toEqual(
        [],
      );
    });

    it('serves /api/docs only to signed-in users', async () => {
      expect((await t.anonymous.get('/api/docs-json')).status).toBe(401);
      expect((await t.anonymous.get('/api/docs')).status).toBe(401);
      const { session } = await signIn('ansatt.idi@tiltak.example');
      const docs = await clientOf(t.app, session ?? '').get('/api/docs-json');
      expect(docs.status).toBe(200);
      expect(docs.body.info.title).toBe('Tiltak API');
    });
  });
});

describe('sign-in with OpenID Connect: ID tokens the relying party must refuse (fake issuer built with jose)', () => {
  let fake: FakeIssuer;
  let t: TestApp;

  beforeAll(async () => {
    fake = await startFakeIssuer(DEV_CLIENT_ID);
    t = await startTestApp({ env: oidcEnv(fake.issuer) });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  /** Tiltak's login, then straight to the callback with a code; the token endpoint mints per fake.mint. */
  async function signInWith(mint: FakeIssuer['mint']) {
    fake.mint = mint;
    const started = await startSignIn(t);
    fake.expectNonce(started.authorizationUrl.searchParams.get('nonce') ?? '');
    const state = started.authorizationUrl.searchParams.get('state');
    const before = Number((await t.db.query(`SELECT count(*) AS n FROM user_session`))[0].n);
    const res = await callback(t, `?code=any-code&state=${state}`, {
      [OIDC_LOGIN_COOKIE]: started.binding,
    });
    const after = Number((await t.db.query(`SELECT count(*) AS n FROM user_session`))[0].n);
    return { ...res, newSessions: after - before };
  }

  it('accepts a valid ID token (the fake issuer itself is sound)', async () => {
    expect(await signInWith({})).toEqual({
      status: 302,
      location: '/',
      session: expect.any(String),
      newSessions: 1,
    });
  });

  it.each([
    ['a wrong nonce', { nonce: 'not-the-nonce-that-was-sent' }, /nonce/],
    ['a wrong issuer', { iss: 'https://evil.example' }, /iss/],
    ['a wrong audience', { aud: 'another-client' }, /aud/],
    ['an expired ID token', { expiresIn: -3600 }, /exp/],
  ])('refuses %s without a session', async (_, mint, detail) => {
    expect(await signInWith(mint)).toEqual({
      status: 302,
      location: '/sign-in?error=failed',
      session: null,
      newSessions: 0,
    });
    const [audit] = await t.db.query(
      `SELECT after FROM audit_event WHERE action = 'auth.refused' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.after).toEqual(
      expect.objectContaining({ reason: 'failed', detail: expect.stringMatching(detail) }),
    );
  });
});

describe('sign-in with OpenID Connect when the issuer cannot be reached', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Port 9 (discard) on this machine: nothing listens, discovery fails at once.
    t = await startTestApp({ env: oidcEnv('http://127.0.0.1:9') });
  });
  afterAll(() => t.close());

  it('GET /api/auth/login sends the browser back to /sign-in?error=unavailable, audited; logout still works', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/login' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/sign-in?error=unavailable');
    const [audit] = await t.db.query(
      `SELECT after FROM audit_event WHERE action = 'auth.refused' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.after).toEqual(expect.objectContaining({ reason: 'unavailable' }));
    expect((await t.anonymous.post('/api/auth/logout')).body).toEqual({ redirectUrl: '/sign-in' });
  });
});

describe('dev mode: GET /api/auth/config and POST /api/auth/dev-login', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('says dev, for the banner and the demo-user list; no OpenID Connect routes', async () => {
    expect((await t.anonymous.get('/api/auth/config')).body).toEqual({
      mode: 'dev',
      providerName: null,
    });
    expect((await t.anonymous.get('/api/auth/login')).status).toBe(404);
    expect((await t.anonymous.get('/api/auth/callback?code=x&state=y')).status).toBe(404);
  });

  it("gives a new session id and ends the browser's previous session", async () => {
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/auth/dev-login',
      headers: browserHeaders(),
      payload: { email: 'ansatt.idi@tiltak.example' },
    });
    const old = first.cookies.find((c) => c.name === 'tiltak_session')?.value ?? '';
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/auth/dev-login',
      headers: browserHeaders(old),
      payload: { email: 'ansatt.idi@tiltak.example' },
    });
    const fresh = second.cookies.find((c) => c.name === 'tiltak_session')?.value ?? '';
    expect(fresh).not.toBe(old);
    expect((await clientOf(t.app, old).get('/api/auth/me')).status).toBe(401);
    expect((await clientOf(t.app, fresh).get('/api/auth/me')).status).toBe(200);
  });
});
