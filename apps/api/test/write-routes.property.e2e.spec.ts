import fc from 'fast-check';
import { browserHeaders, startTestApp, type TestApp } from './api-harness';
import { bodyFor, type WriteFixture, writeFixture, writeRoutes } from './write-routes';

/**
 * Property: whatever body a client sends to a write route, the API answers without a 5xx, and a
 * rejected request (4xx) leaves the database exactly as it was.
 */
describe('write routes under generated bodies', () => {
  let t: TestApp;
  let fixture: WriteFixture;

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await writeFixture(t);
  });
  afterAll(() => t.close());

  /**
   * Everything a write could touch, in one row: row counts, version sums (every edit bumps a version)
   * and the newest change of the tables without versions.
   */
  async function fingerprint(): Promise<string> {
    const counted = [
      'app_user',
      'org_unit',
      'role_assignment',
      'survey_round',
      'follow_up_case',
      'workshop_group',
      'area',
      'measure',
      'measure_deadline_change',
      'case_comment',
      'confirmation',
      'audit_event',
    ];
    const versioned = [
      'survey_round',
      'follow_up_case',
      'workshop_group',
      'area',
      'measure',
      'content_page',
    ];
    const parts = [
      ...counted.map((tb) => `(SELECT count(*) FROM ${tb}) AS n_${tb}`),
      ...versioned.map((tb) => `(SELECT sum(version) FROM ${tb}) AS v_${tb}`),
      ...['app_user', 'org_unit'].map((tb) => `(SELECT max(updated_at) FROM ${tb}) AS u_${tb}`),
    ];
    const [row] = await t.db.query(`SELECT ${parts.join(', ')}`);
    return JSON.stringify(row);
  }

  const routes = () => writeRoutes(t, fixture);

  it('answers ≥ 1,000 generated bodies without a 5xx, and persists nothing from a rejected one', async () => {
    let sent = 0;
    const statuses = new Map<number, number>();
    for (const route of routes()) {
      const fields = await route.fields();
      await fc.assert(
        fc.asyncProperty(bodyFor(fields), async (b) => {
          const before = await fingerprint();
          const res = await route.client().raw(route.method, route.url(), b);
          sent += 1;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) expect(await fingerprint()).toBe(before);
        }),
        { numRuns: 60, seed: 20261126 },
      );
    }
    expect(sent).toBeGreaterThanOrEqual(1_000);
    // The generator must reach both outcomes, or the property says little.
    expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
    expect(statuses.get(400)).toBeGreaterThan(100);
  }, 240_000);

  it('answers malformed JSON with a 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/dev-login',
      headers: { ...browserHeaders(), 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
  });
});
