import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type {
  AssignRoleRequest,
  CancelMeasureRequest,
  CreateAreaRequest,
  CreateCaseRequest,
  CreateCommentRequest,
  CreateConfirmationRequest,
  CreateGroupRequest,
  CreateMeasureRequest,
  CreateOrgUnitRequest,
  CreateRoundRequest,
  CreateUserRequest,
  DeadlineChangeRequest,
  DevLoginRequest,
  EnterResultsRequest,
  EvaluationRequest,
  MeasureStatusRequest,
  SetPredecessorsRequest,
  TransitionRequest,
  UpdateAreaRequest,
  UpdateContentPageRequest,
  UpdateEscalationPolicyRequest,
  UpdateGroupRequest,
  UpdateMeasureRequest,
  UpdateMyProfileRequest,
  UpdateOrgUnitRequest,
  UpdateRoundRequest,
  UpdateUserRequest,
  UpdateWorkshopRequest,
} from '@tiltak/shared/api-contract';
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

/** A path parameter: the id of a case, a measure, a user, … */
type Id = string;

/**
 * A signed-in client talking to the app in-process (Fastify inject: the whole HTTP stack, no socket).
 * `post`, `patch` and `put` take each route's body as the shared contract types it
 * (libs/shared/api-contract/src/lib/request-contract.ts), so a changed request type fails the typecheck
 * of the tests that send it. `raw` sends anything: for tests that send what the contract forbids on
 * purpose (missing, misspelled or mistyped fields), and for tables of requests of many routes.
 */
export interface Client {
  raw(method: Method, url: string, body?: unknown): Promise<Response>;
  get(url: string): Promise<Response>;
  delete(url: `/api/users/${Id}/roles/${Id}` | '/api/calendar/token'): Promise<Response>;

  post(url: '/api/auth/logout' | '/api/calendar/token' | '/api/escalations/run'): Promise<Response>;
  post(url: '/api/auth/dev-login', body: DevLoginRequest): Promise<Response>;
  post(url: '/api/cases', body: CreateCaseRequest): Promise<Response>;
  post(url: `/api/cases/${Id}/transitions`, body: TransitionRequest): Promise<Response>;
  post(url: `/api/cases/${Id}/groups`, body: CreateGroupRequest): Promise<Response>;
  post(url: `/api/cases/${Id}/areas`, body: CreateAreaRequest): Promise<Response>;
  post(url: `/api/cases/${Id}/measures`, body: CreateMeasureRequest): Promise<Response>;
  post(url: `/api/cases/${Id}/comments`, body: CreateCommentRequest): Promise<Response>;
  post(url: `/api/cases/${Id}/confirmations`, body: CreateConfirmationRequest): Promise<Response>;
  post(url: `/api/measures/${Id}/status`, body: MeasureStatusRequest): Promise<Response>;
  post(url: `/api/measures/${Id}/deadline`, body: DeadlineChangeRequest): Promise<Response>;
  post(url: `/api/measures/${Id}/cancel`, body: CancelMeasureRequest): Promise<Response>;
  post(url: '/api/users', body: CreateUserRequest): Promise<Response>;
  post(url: `/api/users/${Id}/roles`, body: AssignRoleRequest): Promise<Response>;
  post(url: '/api/org-units', body: CreateOrgUnitRequest): Promise<Response>;
  post(url: '/api/rounds', body: CreateRoundRequest): Promise<Response>;

  patch(url: `/api/cases/${Id}/workshop`, body: UpdateWorkshopRequest): Promise<Response>;
  patch(url: `/api/cases/${Id}/groups/${Id}`, body: UpdateGroupRequest): Promise<Response>;
  patch(url: `/api/cases/${Id}/areas/${Id}`, body: UpdateAreaRequest): Promise<Response>;
  patch(url: `/api/measures/${Id}`, body: UpdateMeasureRequest): Promise<Response>;
  // Before /api/users/{id}, which the literal would also match.
  patch(url: '/api/users/me', body: UpdateMyProfileRequest): Promise<Response>;
  patch(url: `/api/users/${Id}`, body: UpdateUserRequest): Promise<Response>;
  patch(url: `/api/org-units/${Id}`, body: UpdateOrgUnitRequest): Promise<Response>;
  patch(url: `/api/rounds/${Id}`, body: UpdateRoundRequest): Promise<Response>;

  put(url: `/api/cases/${Id}/results`, body: EnterResultsRequest): Promise<Response>;
  put(url: `/api/measures/${Id}/evaluation`, body: EvaluationRequest): Promise<Response>;
  put(url: '/api/content/speak-up', body: UpdateContentPageRequest): Promise<Response>;
  put(url: `/api/org-units/${Id}/predecessors`, body: SetPredecessorsRequest): Promise<Response>;
  put(
    url: `/api/rounds/${Id}/escalation-policy`,
    body: UpdateEscalationPolicyRequest,
  ): Promise<Response>;
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
    raw: request,
    get: (url) => request('GET', url),
    delete: (url) => request('DELETE', url),
    post: (url: string, body?: unknown) => request('POST', url, body ?? {}),
    patch: (url: string, body: unknown) => request('PATCH', url, body),
    put: (url: string, body: unknown) => request('PUT', url, body),
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
