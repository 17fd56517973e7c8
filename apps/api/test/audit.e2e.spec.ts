import { browserHeaders, startTestApp, type TestApp } from './api-harness';

describe('audit trail', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.login('admin@tiltak.example');
    await admin.patch('/api/users/me', { language: 'en' });
  });
  afterAll(() => t.close());

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM audit_event');
    expect(count).toBeGreaterThan(0);
    await expect(t.db.query(`UPDATE audit_event SET action = 'tampered'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    await expect(t.db.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
    const [{ after }] = await t.db.query('SELECT count(*)::int AS after FROM audit_event');
    expect(after).toBe(count);
  });

  it('records actor, role, action, before/after and request id for a mutation', async () => {
    const vo = await t.login('vo.idi@tiltak.example');
    const cases = (await vo.get('/api/cases?state=measures_planned')).body.items as {
      id: string;
    }[];
    const caseId = cases[0].id;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/comments`,
      headers: {
        ...browserHeaders(await sessionFor('vo.idi@tiltak.example')),
        'x-request-id': 'req-audit-1',
        'content-type': 'application/json',
      },
      payload: JSON.stringify({ body: 'Verneombudet har lest planen' }),
    });
    expect(res.statusCode).toBe(201);
    const rows = await t.db.query(
      `SELECT e.*, u.email FROM audit_event e JOIN app_user u ON u.id = e.actor_id WHERE e.request_id = 'req-audit-1'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual(
      expect.objectContaining({
        email: 'vo.idi@tiltak.example',
        actor_role: 'verneombud',
        action: 'comment.create',
        entity: 'comment',
        case_id: caseId,
      }),
    );
    expect(rows[0].after).toEqual(
      expect.objectContaining({ body: 'Verneombudet har lest planen' }),
    );
  });

  async function sessionFor(email: string): Promise<string> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/dev-login',
      headers: browserHeaders(),
      payload: { email },
    });
    return res.cookies.find((x) => x.name === 'tiltak_session')!.value;
  }
});
