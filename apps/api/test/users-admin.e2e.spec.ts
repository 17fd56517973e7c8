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
    const res = await admin.post('/api/users', { name: 'Dobbel', email: 'Leder.IDI@tiltak.example' });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('A user with e-mail Leder.IDI@tiltak.example already exists');
  });

  it("refuses to change a user's e-mail to another user's, and changes nothing", async () => {
    const created = (await admin.post('/api/users', { name: 'Kari Nordmann', email: 'kari.nordmann@tiltak.example', language: 'en' })).body;
    const res = await admin.patch(`/api/users/${created.id}`, { name: 'Kari N.', email: 'ANSATT.idi@tiltak.example' });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('A user with e-mail ANSATT.idi@tiltak.example already exists');
    expect((await admin.get(`/api/users/${created.id}`)).body).toEqual(expect.objectContaining({ name: 'Kari Nordmann', email: 'kari.nordmann@tiltak.example' }));

    // Keeping one's own address (in another case) is no conflict.
    const own = await admin.patch(`/api/users/${created.id}`, { email: 'Kari.Nordmann@tiltak.example', language: 'nb' });
    expect(own.status).toBe(200);
    expect(own.body).toEqual(expect.objectContaining({ email: 'Kari.Nordmann@tiltak.example', language: 'nb' }));
  });

  it('gives and takes away a role, listing the unit, with audit rows', async () => {
    const user = (await admin.post('/api/users', { name: 'Ola Rolle', email: 'ola.rolle@tiltak.example' })).body;
    const [{ id: unitId }] = await t.db.query(`SELECT id FROM org_unit WHERE code = 'IE-IDI'`);
    const given = await admin.post(`/api/users/${user.id}/roles`, { role: 'verneombud', unitId });
    expect(given.status).toBe(201);
    expect(given.body).toEqual([expect.objectContaining({ role: 'verneombud', unitId, unitCode: 'IE-IDI' })]);
    expect((await admin.post(`/api/users/${user.id}/roles`, { role: 'verneombud', unitId })).status).toBe(409);

    const removed = await admin.request('DELETE', `/api/users/${user.id}/roles/${given.body[0].id}`);
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual([]);
    const actions = await t.db.query(`SELECT action FROM audit_event WHERE entity = 'role_assignment' AND entity_id = $1 ORDER BY id`, [given.body[0].id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['role.assign', 'role.remove']);
  });
});
