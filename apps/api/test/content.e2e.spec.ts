import { type Client, startTestApp, type TestApp } from './api-harness';

describe('GET/PUT /api/content/speak-up', () => {
  let t: TestApp;
  let admin: Client;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@tiltak.example');
  });
  afterAll(() => t.close());

  const current = async () => (await admin.get('/api/content/speak-up')).body;

  it('gives every signed-in user the seeded text in both languages', async () => {
    const employee = await t.login('ansatt.idi@tiltak.example');
    const res = await employee.get('/api/content/speak-up');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      key: 'speak-up',
      bodyNb: expect.stringContaining(
        '# Si fra til arbeidsgiver\n- Normalt sier du fra til nærmeste leder.',
      ),
      bodyEn: expect.stringContaining(
        '# Tell the employer\n- Normally you tell your immediate manager.',
      ),
      version: expect.any(Number),
      updatedAt: expect.any(String),
    });
    expect((await t.anonymous.get('/api/content/speak-up')).status).toBe(401);
  });

  it('lets an admin replace the text, bumps the version and writes an audit row', async () => {
    const before = await current();
    const res = await admin.put('/api/content/speak-up', {
      version: before.version,
      bodyNb: '# Si fra\n- Til lederen din',
      bodyEn: '# Speak up\n- To your leader',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        bodyNb: '# Si fra\n- Til lederen din',
        bodyEn: '# Speak up\n- To your leader',
        version: before.version + 1,
      }),
    );

    const employee = await t.login('ansatt.idi@tiltak.example');
    expect((await employee.get('/api/content/speak-up')).body.bodyEn).toBe(
      '# Speak up\n- To your leader',
    );

    const [row] = await t.db.query(
      `SELECT e.action, e.entity, e.before, e.after, u.email FROM audit_event e JOIN app_user u ON u.id = e.actor_id
        WHERE e.entity = 'content_page' ORDER BY e.id DESC LIMIT 1`,
    );
    expect(row).toEqual(
      expect.objectContaining({
        action: 'content.update',
        email: 'admin@tiltak.example',
        before: expect.objectContaining({ bodyNb: before.bodyNb, version: before.version }),
        after: expect.objectContaining({
          bodyNb: '# Si fra\n- Til lederen din',
          version: before.version + 1,
        }),
      }),
    );
    const [{ updated_by }] = await t.db.query(
      `SELECT updated_by FROM content_page WHERE key = 'speak-up'`,
    );
    expect(updated_by).toBe(
      (await t.db.query(`SELECT id FROM app_user WHERE email = 'admin@tiltak.example'`))[0].id,
    );
  });

  it('refuses a leader with 403 and changes nothing', async () => {
    const before = await current();
    const leader = await t.login('leder.idi@tiltak.example');
    const res = await leader.put('/api/content/speak-up', {
      version: before.version,
      bodyNb: 'Ny',
      bodyEn: 'New',
    });
    expect(res.status).toBe(403);
    expect(await current()).toEqual(before);
  });

  it('answers a stale version with 409 and the version now stored', async () => {
    const before = await current();
    const res = await admin.put('/api/content/speak-up', {
      version: before.version - 1,
      bodyNb: 'Gammel',
      bodyEn: 'Old',
    });
    expect(res.status).toBe(409);
    expect(res.body).toEqual(
      expect.objectContaining({
        currentVersion: before.version,
        message: expect.stringMatching(/changed by someone else/),
      }),
    );
    expect(await current()).toEqual(before);
  });

  it.each([
    ['an empty text', { bodyNb: '', bodyEn: 'Speak up' }, 'bodyNb'],
    ['a text of blanks only', { bodyNb: 'Si fra', bodyEn: ' \n\t ' }, 'bodyEn'],
    ['a text that is too long', { bodyNb: 'x'.repeat(20_001), bodyEn: 'Speak up' }, 'bodyNb'],
    ['a missing text', { bodyNb: 'Si fra' }, 'bodyEn'],
  ])('refuses %s with a 400 naming the field, and saves nothing', async (_, bodies, field) => {
    const before = await current();
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity = 'content_page'`,
    );
    const res = await admin.raw('PUT', '/api/content/speak-up', {
      version: before.version,
      ...bodies,
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await current()).toEqual(before);
    expect(
      (
        await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity = 'content_page'`)
      )[0].n,
    ).toBe(n);
  });

  it('refuses a missing version with a 400', async () => {
    const res = await admin.raw('PUT', '/api/content/speak-up', {
      bodyNb: 'Si fra',
      bodyEn: 'Speak up',
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'version' })]),
    );
  });
});
