import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded run: no database URL, dev login, demo data, port 3000', () => {
    const c = loadConfig({});
    expect(c).toEqual(
      expect.objectContaining({
        databaseUrl: null,
        authMode: 'dev',
        seedDemo: true,
        port: 3000,
        redisUrl: null,
        smtpUrl: null,
        secureCookies: false,
      }),
    );
    expect(c.publicUrl).toBe('http://localhost:3000');
  });

  const OIDC = {
    OIDC_ISSUER: 'https://auth.dataporten.no',
    OIDC_CLIENT_ID: 'abc',
    OIDC_CLIENT_SECRET: 'secret',
  };

  it('with DATABASE_URL expects OIDC and no demo data unless told otherwise', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u@db/tiltak',
      PUBLIC_URL: 'https://tiltak.example.org',
      ...OIDC,
    });
    expect(c).toEqual(
      expect.objectContaining({ authMode: 'oidc', seedDemo: false, secureCookies: true }),
    );
    expect(c.oidc).toEqual({
      issuer: 'https://auth.dataporten.no',
      clientId: 'abc',
      clientSecret: 'secret',
      scopes: 'openid email profile',
      emailClaim: 'email',
      nameClaim: 'name',
      providerName: 'Feide',
      autoCreateUsers: true,
      redirectUri: 'https://tiltak.example.org/api/auth/callback',
    });
    expect(c.sessionIdleMinutes).toBe(60);
  });

  it('reads the optional OIDC settings', () => {
    const c = loadConfig({
      ...OIDC,
      AUTH_MODE: 'oidc',
      OIDC_SCOPES: ' openid  userid-feide email profile ',
      OIDC_EMAIL_CLAIM: 'upn',
      OIDC_NAME_CLAIM: 'preferred_username',
      OIDC_PROVIDER_NAME: 'Entra ID',
      OIDC_AUTO_CREATE_USERS: 'false',
      SESSION_IDLE_MINUTES: '15',
    });
    expect(c.oidc).toEqual(
      expect.objectContaining({
        scopes: 'openid userid-feide email profile',
        emailClaim: 'upn',
        nameClaim: 'preferred_username',
        providerName: 'Entra ID',
        autoCreateUsers: false,
      }),
    );
    expect(c.sessionIdleMinutes).toBe(15);
  });

  it('allows a plain-http issuer only on this machine (the development identity provider)', () => {
    expect(
      loadConfig({ ...OIDC, AUTH_MODE: 'oidc', OIDC_ISSUER: 'http://127.0.0.1:3100' }).oidc?.issuer,
    ).toBe('http://127.0.0.1:3100');
    expect(() =>
      loadConfig({ ...OIDC, AUTH_MODE: 'oidc', OIDC_ISSUER: 'http://idp.example.org' }),
    ).toThrow(/OIDC_ISSUER must start with https:/);
  });

  it('refuses dev login on an https PUBLIC_URL unless ALLOW_DEV_LOGIN=true', () => {
    expect(() =>
      loadConfig({ AUTH_MODE: 'dev', PUBLIC_URL: 'https://tiltak.example.org' }),
    ).toThrow(/AUTH_MODE=dev .* ALLOW_DEV_LOGIN=true/);
    expect(
      loadConfig({
        AUTH_MODE: 'dev',
        PUBLIC_URL: 'https://tiltak.example.org',
        ALLOW_DEV_LOGIN: 'true',
      }).authMode,
    ).toBe('dev');
    expect(loadConfig({ AUTH_MODE: 'dev', PUBLIC_URL: 'http://localhost:3000' }).oidc).toBeNull();
  });

  it('turns SCIM provisioning off without SCIM_TOKEN and on with a long one', () => {
    expect(loadConfig({}).scimToken).toBeNull();
    expect(loadConfig({ SCIM_TOKEN: 'x'.repeat(32) }).scimToken).toBe('x'.repeat(32));
  });

  it('takes the owner role for migrations from DATABASE_OWNER_URL, unset by default', () => {
    expect(
      loadConfig({ DATABASE_URL: 'postgres://app@db/tiltak', AUTH_MODE: 'dev' }).databaseOwnerUrl,
    ).toBeNull();
    const c = loadConfig({
      DATABASE_URL: 'postgres://app@db/tiltak',
      DATABASE_OWNER_URL: 'postgres://owner@db/tiltak',
      AUTH_MODE: 'dev',
    });
    expect(c).toEqual(
      expect.objectContaining({
        databaseUrl: 'postgres://app@db/tiltak',
        databaseOwnerUrl: 'postgres://owner@db/tiltak',
      }),
    );
  });

  it.each([
    [
      { DATABASE_URL: 'postgres://app@db/tiltak', DATABASE_OWNER_URL: 'http://owner@db' },
      /DATABASE_OWNER_URL must start with postgres:/,
    ],
    [{ DATABASE_OWNER_URL: 'postgres://owner@db/tiltak' }, /DATABASE_OWNER_URL needs DATABASE_URL/],
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres:/],
    [{ REDIS_URL: 'not a url' }, /REDIS_URL is not a valid URL/],
    [{ AUTH_MODE: 'saml' }, /AUTH_MODE must be dev or oidc/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO must be true or false/],
    [
      { AUTH_MODE: 'oidc', OIDC_CLIENT_ID: 'a', OIDC_CLIENT_SECRET: 'b' },
      /OIDC_ISSUER is required/,
    ],
    [
      { AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://idp.example.org', OIDC_CLIENT_SECRET: 'b' },
      /OIDC_CLIENT_ID is required/,
    ],
    [
      { AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://idp.example.org', OIDC_CLIENT_ID: 'a' },
      /OIDC_CLIENT_SECRET is required/,
    ],
    [
      {
        AUTH_MODE: 'oidc',
        OIDC_ISSUER: 'https://idp.example.org',
        OIDC_CLIENT_ID: 'a',
        OIDC_CLIENT_SECRET: 'b',
        OIDC_SCOPES: 'email profile',
      },
      /OIDC_SCOPES must include openid/,
    ],
    [
      {
        AUTH_MODE: 'oidc',
        OIDC_ISSUER: 'https://idp.example.org',
        OIDC_CLIENT_ID: 'a',
        OIDC_CLIENT_SECRET: 'b',
        OIDC_EMAIL_CLAIM: 'e mail',
      },
      /OIDC_EMAIL_CLAIM must be a claim name/,
    ],
    [
      {
        AUTH_MODE: 'oidc',
        OIDC_ISSUER: 'https://idp.example.org',
        OIDC_CLIENT_ID: 'a',
        OIDC_CLIENT_SECRET: 'b',
        OIDC_AUTO_CREATE_USERS: 'perhaps',
      },
      /OIDC_AUTO_CREATE_USERS must be true or false/,
    ],
    [{ SESSION_IDLE_MINUTES: '0' }, /SESSION_IDLE_MINUTES must be a whole number/],
    [{ SCIM_TOKEN: 'too-short' }, /SCIM_TOKEN must be at least 32 characters/],
    [{ RATE_LIMIT_SIGN_IN: '0' }, /RATE_LIMIT_SIGN_IN must be a whole number from 1/],
    [{ RATE_LIMIT_WRITES: 'many' }, /RATE_LIMIT_WRITES must be a whole number/],
    [{ RATE_LIMIT_WINDOW_SECONDS: '-5' }, /RATE_LIMIT_WINDOW_SECONDS must be a whole number/],
    [{ TRUST_PROXY: 'the proxy' }, /TRUST_PROXY must be true, false, a hop count/],
    [{ EMBEDDED_PG_PORT: '0' }, /EMBEDDED_PG_PORT must be a whole number from 1 to 65535/],
    [{ DATABASE_POOL_SIZE: 'ten' }, /DATABASE_POOL_SIZE must be a whole number from 1 to 1000/],
    [{ MIGRATIONS_RUN: 'later' }, /MIGRATIONS_RUN must be true or false/],
    [{ QUEUE_PREFIX: 'tiltak:prod' }, /QUEUE_PREFIX may hold letters, digits/],
    [{ QUEUE_WORKERS: 'some' }, /QUEUE_WORKERS must be true or false/],
    [{ ESCALATION_CRON: 'hourly' }, /ESCALATION_CRON must be true or false/],
    [{ MAIL_CONCURRENCY: '0' }, /MAIL_CONCURRENCY must be a whole number from 1 to 100/],
    [{ MAIL_ATTEMPTS: '1.5' }, /MAIL_ATTEMPTS must be a whole number/],
    [{ MAIL_RETRY_DELAY_MS: '0' }, /MAIL_RETRY_DELAY_MS must be a whole number from 1/],
    [{ QUEUE_JOB_LOCK_MS: '999' }, /QUEUE_JOB_LOCK_MS must be a whole number from 1000/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('limits sign-in to 30 and writes to 300 a minute, and believes no proxy, unless told otherwise', () => {
    expect(loadConfig({})).toEqual(
      expect.objectContaining({
        rateLimitSignIn: 30,
        rateLimitWrites: 300,
        rateLimitWindowSeconds: 60,
        trustProxy: false,
      }),
    );
    expect(
      loadConfig({
        RATE_LIMIT_SIGN_IN: '5',
        RATE_LIMIT_WRITES: '1000',
        RATE_LIMIT_WINDOW_SECONDS: '10',
      }),
    ).toEqual(
      expect.objectContaining({
        rateLimitSignIn: 5,
        rateLimitWrites: 1000,
        rateLimitWindowSeconds: 10,
      }),
    );
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      'loopback',
    ]);
  });

  it('starts the embedded PostgreSQL on 54329, pools 10 connections and migrates at start-up, unless told otherwise', () => {
    expect(loadConfig({})).toEqual(
      expect.objectContaining({ embeddedPgPort: 54329, databasePoolSize: 10, runMigrations: true }),
    );
    expect(
      loadConfig({ EMBEDDED_PG_PORT: '55432', DATABASE_POOL_SIZE: '25', MIGRATIONS_RUN: 'false' }),
    ).toEqual(
      expect.objectContaining({
        embeddedPgPort: 55432,
        databasePoolSize: 25,
        runMigrations: false,
      }),
    );
  });

  it('runs queue workers and crons in this process with prefix "tiltak" unless told otherwise', () => {
    expect(loadConfig({}).queue).toEqual({
      queuePrefix: 'tiltak',
      workers: true,
      cron: true,
      mailConcurrency: 4,
      mailAttempts: 12,
      mailRetryDelayMs: 30_000,
      jobLockMs: 30_000,
    });
    expect(
      loadConfig({
        QUEUE_PREFIX: 'tiltak-test.1',
        QUEUE_WORKERS: 'false',
        ESCALATION_CRON: 'no',
        MAIL_CONCURRENCY: '8',
        MAIL_ATTEMPTS: '3',
        MAIL_RETRY_DELAY_MS: '100',
        QUEUE_JOB_LOCK_MS: '2000',
      }).queue,
    ).toEqual({
      queuePrefix: 'tiltak-test.1',
      workers: false,
      cron: false,
      mailConcurrency: 8,
      mailAttempts: 3,
      mailRetryDelayMs: 100,
      jobLockMs: 2000,
    });
  });
});
