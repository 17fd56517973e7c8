import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock';
import { loadConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { dataSourceOptions } from '../src/database/data-source-options';
import { SESSION_COOKIE } from '../src/modules/auth/session.service';
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

/** `env`: extra settings on top of the test defaults (e.g. SCIM_TOKEN). */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  // Tests run scans and relays themselves; a cron firing mid-test would make them nondeterministic.
  process.env['ESCALATION_CRON'] ??= 'false';
  const database = await createTestDatabase();
  const config = loadConfig({ AUTH_MODE: 'dev', DATABASE_URL: database.url, WEB_DIST_DIR: '/nonexistent', ...env });
  const app = await createApp(config, database.url, { logger: process.env['TEST_LOG'] ? undefined : false, clock: new FixedClock() });
  const db = await new DataSource(dataSourceOptions(database.url)).initialize();
  return {
    app,
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
      headers: { ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
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
  const res = await app.inject({ method: 'POST', url: '/api/auth/dev-login', payload: { email } });
  if (res.statusCode !== 200) throw new Error(`dev-login as ${email} failed: ${res.statusCode} ${res.body}`);
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
