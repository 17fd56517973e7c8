import { type Client, startTestApp, type TestApp } from './api-harness';

describe('POST/PATCH /api/users and /api/users/{id}/roles as an admin', () => {
  let t: TestApp;
  let admin: Client;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@tiltak.example');
  });
  afterAll(() => t.close());

  it('refuses a second user with the same e-mail, in any case, naming the e-mail', async () => {
    const res = await admin.post('/api/users', {
      name: 'Dobbel',
      email: 'Leder.IDI@tiltak.example',
    });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('A user with e-mail Leder.IDI@tiltak.example already exists');
  });

  it("refuses to change a user's e-mail to another user's, and changes nothing", async () => {
    const created = (
      await admin.post('/api/users', {
        name: 'Kari Nordmann',
        email: 'kari.nordmann@tiltak.example',
        language: 'en',
      })
    ).body;
    const res = await admin.patch(`/api/users/${created.id}`, {
      name: 'Kari N.',
      email: 'ANSATT.idi@tiltak.example',
    });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('A user with e-mail ANSATT.idi@tiltak.example already exists');
    expect((await admin.get(`/api/users/${created.id}`)).body).toEqual(
      expect.objectContaining({ name: 'Kari Nordmann', email: 'kari.nordmann@tiltak.example' }),
    );

    // Keeping one's own address (in another case) is no conflict.
    const own = await admin.patch(`/api/users/${created.id}`, {
      email: 'Kari.Nordmann@tiltak.example',
      language: 'nb',
    });
    expect(own.status).toBe(200);
    expect(own.body).toEqual(
      expect.objectContaining({ email: 'Kari.Nordmann@tiltak.example', language: 'nb' }),
    );
  });

  it('gives and takes away a role, listing the unit, with audit rows', async () => {
    const user = (
      await admin.post('/api/users', { name: 'Ola Rolle', email: 'ola.rolle@tiltak.example' })
    ).body;
    const [{ id: unitId }] = await t.db.query(`SELECT id FROM org_unit WHERE code = 'IE-IDI'`);
    const given = await admin.post(`/api/users/${user.id}/roles`, { role: 'verneombud', unitId });
    expect(given.status).toBe(201);
    expect(given.body).toEqual([
      expect.objectContaining({ role: 'verneombud', unitId, unitCode: 'IE-IDI' }),
    ]);
    expect(
      (await admin.post(`/api/users/${user.id}/roles`, { role: 'verneombud', unitId })).status,
    ).toBe(409);

    const removed = await admin.delete(`/api/users/${user.id}/roles/${given.body[0].id}`);
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual([]);
    const actions = await t.db.query(
      `SELECT action FROM audit_event WHERE entity = 'role_assignment' AND entity_id = $1 ORDER BY id`,
      [given.body[0].id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'role.assign',
      'role.remove',
    ]);
  });

  describe('deactivating and reactivating a user', () => {
    const email = 'vera.vekk@tiltak.example';
    const listed = async (status?: string) => {
      const res = await admin.get(`/api/users?q=vera.vekk${status ? `&status=${status}` : ''}`);
      expect(res.status).toBe(200);
      return res.body.items.map((u: { email: string }) => u.email);
    };

    it('ends their sessions, refuses their sign-in, hides them from the default list and lets them back in when reactivated', async () => {
      const user = (await admin.post('/api/users', { name: 'Vera Vekk', email })).body;
      expect(user.active).toBe(true);
      const vera = await t.login(email);
      expect((await vera.get('/api/auth/me')).status).toBe(200);

      const deactivated = await admin.patch(`/api/users/${user.id}`, { active: false });
      expect(deactivated.status).toBe(200);
      expect(deactivated.body).toEqual(expect.objectContaining({ id: user.id, active: false }));
      expect((await vera.get('/api/auth/me')).status).toBe(401);
      expect(await t.db.query('SELECT 1 FROM user_session WHERE user_id = $1', [user.id])).toEqual(
        [],
      );
      const refused = await t.anonymous.post('/api/auth/dev-login', { email });
      expect(refused.status).toBe(401);

      expect(await listed()).toEqual([]);
      expect(await listed('active')).toEqual([]);
      expect(await listed('inactive')).toEqual([email]);
      expect(await listed('all')).toEqual([email]);
      expect((await admin.get(`/api/users/${user.id}`)).body.active).toBe(false);
      const [audit] = await t.db.query(
        `SELECT before, after FROM audit_event WHERE action = 'user.update' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
        [user.id],
      );
      expect(audit).toEqual({
        before: expect.objectContaining({ active: true }),
        after: expect.objectContaining({ active: false }),
      });

      const reactivated = await admin.patch(`/api/users/${user.id}`, { active: true });
      expect(reactivated.status).toBe(200);
      expect(reactivated.body.active).toBe(true);
      expect(await listed()).toEqual([email]);
      expect(await listed('inactive')).toEqual([]);
      const again = await t.login(email);
      expect((await again.get('/api/auth/me')).body).toEqual(
        expect.objectContaining({ email, active: true }),
      );
    });

    it('refuses an admin deactivating themselves, and changes nothing', async () => {
      const me = (await admin.get('/api/auth/me')).body;
      const res = await admin.patch(`/api/users/${me.id}`, { active: false, name: 'Ikke meg' });
      expect(res.status).toBe(409);
      expect(res.body.message).toBe('You cannot deactivate your own user');
      expect((await admin.get('/api/auth/me')).body).toEqual(
        expect.objectContaining({ name: me.name, active: true }),
      );
    });

    it('refuses an unknown status, naming the parameter and the allowed values', async () => {
      const res = await admin.get('/api/users?status=bogus');
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('status must be active, inactive or all');
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'status' })]);
    });

    it('lists deactivated users to admins only; others may not list users at all without a case (directory.e2e.spec.ts)', async () => {
      const gone = (
        await admin.post('/api/users', { name: 'Otto Ute', email: 'otto.ute@tiltak.example' })
      ).body;
      expect((await admin.patch(`/api/users/${gone.id}`, { active: false })).status).toBe(200);
      const hr = await t.login('hr@tiltak.example');
      for (const status of ['inactive', 'all']) {
        const res = await hr.get(`/api/users?q=otto.ute&status=${status}`);
        expect(res.status).toBe(403);
        expect(res.body.message).toMatch(/list deactivated users/);
      }
      const listed = await hr.get('/api/users?q=otto.ute');
      expect(listed.status).toBe(403);
      expect(listed.body.message).toMatch(/caseId/);
      expect((await admin.get('/api/users?q=otto.ute&status=inactive')).body.items).toEqual([
        expect.objectContaining({ id: gone.id, active: false }),
      ]);
    });
  });
});
