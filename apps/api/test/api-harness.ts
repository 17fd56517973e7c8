import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock';
import { type AppConfig, loadConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { dataSourceOptions } from '../src/database/data-source-options';
import { SESSION_COOKIE } from '../src/modules/auth/session.service';
import { XSRF_COOKIE, XSRF_HEADER } from '../src/security/csrf';
import { createTestDatabase, TEST_TODAY } from './test-database';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface Response {
  status: number;
  // Test responses are checked field by field; a typed body would add nothing but casts.
  body: any;
}

/** A signed-in client talking to the app in-process (Fastify inject: the whole HTTP stack, no socket). */
export interface Client {
  request(method: Method, url: string, body?: unknown): Promise<Response>;
  get(url: string): Promise<Response>;
  post(url: string, body?: unknown): Promise<Response>;
  patch(url: string, body?: unknown): Promise<Response>;
  put(url: string, body?: unknown): Promise<Response>;
}

export interface TestApp {
  app: NestFastifyApplication;
  /** The app's own config object: a test may change a setting that is read per request. */
  config: AppConfig;
  db: DataSource;
  anonymous: Client;
  login(email: string): Promise<Client>;
  close(): Promise<void>;
}

/** The clock stands still on TEST_TODAY at noon in Oslo, matching the generated demo data. */
class FixedClock extends Clock {
  override now(): Date {
    return new Date(`${TEST_TODAY}T11:00:00Z`);
  }
}

/** The CSRF token every test client holds, as a browser holds the XSRF-TOKEN cookie. */
export const TEST_XSRF_TOKEN = 'test-xsrf-token-0123456789abcdef';

/**
 * Headers of a request from the web app: the CSRF cookie and its echo (plus the session cookie if given).
 * Tests of the CSRF guard leave them out on purpose.
 */
export function browserHeaders(session?: string): Record<string, string> {
  return {
    cookie: [
      `${XSRF_COOKIE}=${TEST_XSRF_TOKEN}`,
      ...(session ? [`${SESSION_COOKIE}=${session}`] : []),
    ].join('; '),
    [XSRF_HEADER]: TEST_XSRF_TOKEN,
  };
}

/**
 * Test settings: rate limits are raised so that suites signing in many users and the fuzz tests are not
 * slowed; a test of the limits passes its own values in `env`.
 */
export const TEST_ENV: Record<string, string> = {
  RATE_LIMIT_SIGN_IN: '1000000',
  RATE_LIMIT_WRITES: '1000000',
};

/** `options.env` overrides the test defaults (dev login, raised rate limits); e.g. AUTH_MODE=oidc with the OIDC_* settings. */
export async function startTestApp(
  options: { env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    AUTH_MODE: 'dev',
    // Tests run scans and relays themselves; a cron firing mid-test would make them nondeterministic.
    ESCALATION_CRON: 'false',
    ...TEST_ENV,
    WEB_DIST_DIR: '/nonexistent',
    ...options.env,
    DATABASE_URL: database.url,
  });
  const app = await createApp(config, database.url, {
    logger: process.env['TEST_LOG'] ? undefined : false,
    clock: new FixedClock(),
  });
  // The test's own connection (fixtures, inspection) is the owner's; the app's is the app role's.
  const db = await new DataSource(dataSourceOptions(database.ownerUrl)).initialize();
  return {
    app,
    config,
    db,
    anonymous: clientOf(app),
    login: (email) => loginAs(app, email),
    async close() {
      await app.close();
      await db.destroy();
      await database.drop();
    },
  };
}

/** A client of an in-process app, with the given session cookie or none. */
export function clientOf(app: NestFastifyApplication, cookie?: string): Client {
  const request = async (method: Method, url: string, body?: unknown): Promise<Response> => {
    const res = await app.inject({
      method,
      url,
      headers: {
        ...browserHeaders(cookie),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      payload: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.statusCode, body: res.body ? safeJson(res.body) : undefined };
  };
  return {
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    put: (url, body) => request('PUT', url, body ?? {}),
  };
}

/** Signs in through the dev login and returns a client with that session. */
export async function loginAs(app: NestFastifyApplication, email: string): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/dev-login',
    headers: browserHeaders(),
    payload: { email },
  });
  if (res.statusCode !== 200)
    throw new Error(`dev-login as ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('dev-login set no session cookie');
  return clientOf(app, cookie.value);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
