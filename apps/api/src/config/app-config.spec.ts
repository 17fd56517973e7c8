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

  it('turns SCIM provisioning off without SCIM_TOKEN and on with a long one', () => {
    expect(loadConfig({}).scimToken).toBeNull();
    expect(loadConfig({ SCIM_TOKEN: 'x'.repeat(32) }).scimToken).toBe('x'.repeat(32));
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres:/],
    [{ REDIS_URL: 'not a url' }, /REDIS_URL is not a valid URL/],
    [{ AUTH_MODE: 'saml' }, /AUTH_MODE must be dev or oidc/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO must be true or false/],
    [{ SCIM_TOKEN: 'too-short' }, /SCIM_TOKEN must be at least 32 characters/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
