import { DEFAULT_ESCALATION_POLICY } from '@tiltak/shared/domain';
import type { Client, Method, TestApp } from './api-harness';

/**
 * How authorization-matrix.e2e.spec.ts calls the deadline follow-up routes (spread into its
 * REQUESTS). Structurally the spec's `Build`: when access is granted, each request succeeds.
 */
interface Ctx {
  t: TestApp;
  admin: Client;
  fx: { caseId: string };
}
type Build = (
  ctx: Ctx,
) => Promise<{ method: Method; url: string; body?: unknown; client?: Client }>;

const roundOf = async (c: Ctx): Promise<string> =>
  (await c.t.db.query('SELECT round_id FROM follow_up_case WHERE id = $1', [c.fx.caseId]))[0]
    .round_id;

export const ESCALATION_REQUESTS: Record<string, Build> = {
  'GET /api/escalations/preview': async () => ({
    method: 'GET',
    url: '/api/escalations/preview?days=7',
  }),
  'POST /api/escalations/run': async () => ({
    method: 'POST',
    url: '/api/escalations/run',
  }),
  'GET /api/notifications': async () => ({
    method: 'GET',
    url: '/api/notifications?pageSize=5',
  }),
  'GET /api/rounds/{id}/escalation-policy': async (c) => ({
    method: 'GET',
    url: `/api/rounds/${await roundOf(c)}/escalation-policy`,
  }),
  'PUT /api/rounds/{id}/escalation-policy': async (c) => {
    const url = `/api/rounds/${await roundOf(c)}/escalation-policy`;
    const { version } = (await c.admin.get(url)).body;
    return {
      method: 'PUT',
      url,
      body: { version, steps: DEFAULT_ESCALATION_POLICY.steps },
    };
  },
  'POST /api/calendar/token': async () => ({
    method: 'POST',
    url: '/api/calendar/token',
  }),
  'DELETE /api/calendar/token': async () => ({
    method: 'DELETE',
    url: '/api/calendar/token',
  }),
  'GET /api/calendar/{token}': async (c) => ({
    method: 'GET',
    url: new URL((await c.admin.post('/api/calendar/token')).body.url).pathname,
  }),
};
