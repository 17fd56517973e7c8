import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded run: no database URL, dev login, demo data, port 3000', () => {
    const c = loadConfig({});
    expect(c).toEqual(expect.objectContaining({ databaseUrl: null, authMode: 'dev', seedDemo: true, port: 3000, redisUrl: null, smtpUrl: null, secureCookies: false }));
    expect(c.publicUrl).toBe('http://localhost:3000');
  });

  it('with DATABASE_URL expects OIDC and no demo data unless told otherwise', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@db/tiltak', PUBLIC_URL: 'https://tiltak.example.org' });
    expect(c).toEqual(expect.objectContaining({ authMode: 'oidc', seedDemo: false, secureCookies: true }));
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres:/],
    [{ REDIS_URL: 'not a url' }, /REDIS_URL is not a valid URL/],
    [{ AUTH_MODE: 'saml' }, /AUTH_MODE must be dev or oidc/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO must be true or false/],
    [{ RATE_LIMIT_SIGN_IN: '0' }, /RATE_LIMIT_SIGN_IN must be a whole number from 1/],
    [{ RATE_LIMIT_WRITES: 'many' }, /RATE_LIMIT_WRITES must be a whole number/],
    [{ RATE_LIMIT_WINDOW_SECONDS: '-5' }, /RATE_LIMIT_WINDOW_SECONDS must be a whole number/],
    [{ TRUST_PROXY: 'the proxy' }, /TRUST_PROXY must be true, false, a hop count/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('limits sign-in to 30 and writes to 300 a minute, and believes no proxy, unless told otherwise', () => {
    expect(loadConfig({})).toEqual(expect.objectContaining({ rateLimitSignIn: 30, rateLimitWrites: 300, rateLimitWindowSeconds: 60, trustProxy: false }));
    expect(loadConfig({ RATE_LIMIT_SIGN_IN: '5', RATE_LIMIT_WRITES: '1000', RATE_LIMIT_WINDOW_SECONDS: '10' })).toEqual(
      expect.objectContaining({ rateLimitSignIn: 5, rateLimitWrites: 1000, rateLimitWindowSeconds: 10 }),
    );
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toEqual(['10.0.0.0/8', 'loopback']);
  });
});
