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

  it('takes the owner role for migrations from DATABASE_OWNER_URL, unset by default', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://app@db/tiltak' }).databaseOwnerUrl).toBeNull();
    const c = loadConfig({ DATABASE_URL: 'postgres://app@db/tiltak', DATABASE_OWNER_URL: 'postgres://owner@db/tiltak' });
    expect(c).toEqual(expect.objectContaining({ databaseUrl: 'postgres://app@db/tiltak', databaseOwnerUrl: 'postgres://owner@db/tiltak' }));
  });

  it.each([
    [{ DATABASE_URL: 'postgres://app@db/tiltak', DATABASE_OWNER_URL: 'http://owner@db' }, /DATABASE_OWNER_URL must start with postgres:/],
    [{ DATABASE_OWNER_URL: 'postgres://owner@db/tiltak' }, /DATABASE_OWNER_URL needs DATABASE_URL/],
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres:/],
    [{ REDIS_URL: 'not a url' }, /REDIS_URL is not a valid URL/],
    [{ AUTH_MODE: 'saml' }, /AUTH_MODE must be dev or oidc/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO must be true or false/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
