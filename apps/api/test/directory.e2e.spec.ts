import { type Client, startTestApp, type TestApp } from './api-harness';

/**
 * The directory (docs/security-roles.md): non-admins see only the people of a case they may change,
 * name and e-mail only; deactivated users are for admins; a measure's responsible must be one of the
 * case's people.
 */
describe('directory: GET /api/users and a measure responsible', () => {
  let t: TestApp;
  let admin: Client;
  let leader: Client;
  const ids: Record<string, string> = {};
  let idiCase: string;
  let itkCase: string;
  let areaId: string;

  const userId = async (email: string) =>
    (await t.db.query('SELECT id FROM app_user WHERE email = $1', [email]))[0].id as string;
  const caseOf = async (code: string) =>
    (
      await t.db.query(
        `SELECT c.id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id JOIN survey_round r ON r.id = c.round_id WHERE o.code = $1 AND r.year = 2023`,
        [code],
      )
    )[0].id as string;
  /** Who the rule admits: a role at the case's unit or below, or a non-employee role at a unit above. */
  const expectedDirectory = async (caseId: string) =>
    (
      await t.db.query(
        `SELECT DISTINCT u.email FROM follow_up_case c JOIN org_unit cu ON cu.id = c.unit_id
           JOIN role_assignment r ON true JOIN org_unit o ON o.id = r.unit_id JOIN app_user u ON u.id = r.user_id
          WHERE c.id = $1 AND u.active AND (o.path @> ARRAY[cu.id] OR (r.unit_id = ANY (cu.path) AND r.role <> 'employee'))
          ORDER BY 1`,
        [caseId],
      )
    ).map((r: { email: string }) => r.email);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@tiltak.example');
    leader = await t.login('leder.idi@tiltak.example');
    for (const u of [
      'admin',
      'leder.idi',
      'leder.itk',
      'vo.idi',
      'ansatt.idi',
      'hms.ie',
      'dekan.ie',
    ])
      ids[u] = await userId(`${u}@tiltak.example`);
    idiCase = await caseOf('IE-IDI');
    itkCase = await caseOf('IE-ITK');
    areaId = (
      await admin.post(`/api/cases/${idiCase}/areas`, {
        kind: 'develop',
        title: 'Katalogområde',
        selected: true,
      })
    ).body.id;
  });
  afterAll(() => t.close());

  describe('a signed-in user with no role', () => {
    let nobody: Client;
    beforeAll(async () => {
      const created = await admin.post('/api/users', {
        name: 'Uten Rolle',
        email: 'uten.rolle@tiltak.example',
      });
      expect(created.status).toBe(201);
      nobody = await t.login('uten.rolle@tiltak.example');
    });

    it('cannot list users: 403 naming caseId', async () => {
      const res = await nobody.get('/api/users?q=a');
      expect(res.status).toBe(403);
      expect(res.body).toEqual(
        expect.objectContaining({
          statusCode: 403,
          error: 'Forbidden',
          message: expect.stringContaining('caseId'),
        }),
      );
      expect(JSON.stringify(res.body)).not.toMatch(/@tiltak\.example/);
    });

    it("cannot search a case's people: the case is hidden (404)", async () => {
      expect((await nobody.get(`/api/users?caseId=${idiCase}&q=a`)).status).toBe(404);
    });

    it('sees an active user by id as name and e-mail only', async () => {
      const res = await nobody.get(`/api/users/${ids['leder.idi']}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        id: ids['leder.idi'],
        name: expect.any(String),
        email: 'leder.idi@tiltak.example',
      });
    });
  });

  describe('the leader of the case', () => {
    it("lists the case's people, name and e-mail only, and nobody else", async () => {
      const res = await leader.get(`/api/users?caseId=${idiCase}&pageSize=100`);
      expect(res.status).toBe(200);
      const expected = await expectedDirectory(idiCase);
      expect(res.body.total).toBe(expected.length);
      expect(res.body.items.map((u: { email: string }) => u.email).sort()).toEqual(
        expected.slice(0, 100).sort(),
      );
      for (const item of res.body.items)
        expect(Object.keys(item).sort()).toEqual(['email', 'id', 'name']);
      const emails = res.body.items.map((u: { email: string }) => u.email);
      expect(emails).toEqual(
        expect.arrayContaining([
          'ansatt.idi@tiltak.example',
          'vo.idi@tiltak.example',
          'leder.idi@tiltak.example',
        ]),
      );
      expect(expected).toEqual(
        expect.arrayContaining(['hms.ie@tiltak.example', 'dekan.ie@tiltak.example']),
      );
      expect(expected).not.toContain('leder.itk@tiltak.example');
    });

    it('searches by name or e-mail within the case', async () => {
      const res = await leader.get(`/api/users?caseId=${idiCase}&q=vo.idi`);
      expect(res.body.items.map((u: { email: string }) => u.email)).toEqual([
        'vo.idi@tiltak.example',
      ]);
      expect((await leader.get(`/api/users?caseId=${idiCase}&q=leder.itk`)).body).toEqual(
        expect.objectContaining({ items: [], total: 0 }),
      );
    });

    it('gets 403 without caseId, 404 for a case of another unit, 400 for a malformed caseId', async () => {
      expect((await leader.get('/api/users?q=leder')).status).toBe(403);
      expect((await leader.get(`/api/users?caseId=${itkCase}`)).status).toBe(404);
      const bad = await leader.get('/api/users?caseId=nope');
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/caseId/);
      expect((await leader.get(`/api/users?caseId=${idiCase}&status=all`)).status).toBe(403);
    });
  });

  it('the verneombud may read the case but not search its people for a responsible (403)', async () => {
    const vo = await t.login('vo.idi@tiltak.example');
    expect((await vo.get(`/api/users?caseId=${idiCase}`)).status).toBe(403);
    expect((await vo.get('/api/users')).status).toBe(403);
  });

  it('the admin lists everyone (with status and language), and a case directory as others do', async () => {
    const all = await admin.get('/api/users?q=leder.itk');
    expect(all.status).toBe(200);
    expect(all.body.items).toEqual([
      expect.objectContaining({
        email: 'leder.itk@tiltak.example',
        active: true,
        language: expect.any(String),
      }),
    ]);
    const directory = await admin.get(`/api/users?caseId=${itkCase}&q=leder.itk`);
    expect(directory.body.items).toEqual([
      { id: ids['leder.itk'], name: expect.any(String), email: 'leder.itk@tiltak.example' },
    ]);
  });

  it('a deactivated user is 404 for non-admins, visible to admins, and out of the directory', async () => {
    const user = (
      await admin.post('/api/users', {
        name: 'Tidligere Ansatt',
        email: 'tidligere@tiltak.example',
      })
    ).body;
    const unitId = (await t.db.query(`SELECT id FROM org_unit WHERE code = 'IE-IDI'`))[0].id;
    expect(
      (await admin.post(`/api/users/${user.id}/roles`, { role: 'employee', unitId })).status,
    ).toBe(201);
    expect((await leader.get(`/api/users?caseId=${idiCase}&q=tidligere`)).body.total).toBe(1);
    expect((await admin.patch(`/api/users/${user.id}`, { active: false })).status).toBe(200);
    const hidden = await leader.get(`/api/users/${user.id}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body.message).toMatch(/User/);
    expect((await admin.get(`/api/users/${user.id}`)).body).toEqual(
      expect.objectContaining({ id: user.id, active: false }),
    );
    expect((await leader.get(`/api/users?caseId=${idiCase}&q=tidligere`)).body.total).toBe(0);
  });

  describe("a measure's responsible", () => {
    it('outside the case unit subtree is refused on create with a 400 naming responsibleUserId', async () => {
      const before = (await t.db.query('SELECT count(*)::int AS n FROM measure'))[0].n;
      const res = await leader.post(`/api/cases/${idiCase}/measures`, {
        areaId,
        title: 'Utenfra',
        responsibleUserId: ids['leder.itk'],
      });
      expect(res.status).toBe(400);
      expect(res.body).toEqual(
        expect.objectContaining({
          statusCode: 400,
          error: 'Bad Request',
          message: expect.stringMatching(/^responsibleUserId/),
        }),
      );
      expect((await t.db.query('SELECT count(*)::int AS n FROM measure'))[0].n).toBe(before);
    });

    it('in the subtree, or holding a role above that covers it, is accepted; an outsider is refused on update', async () => {
      const created = await leader.post(`/api/cases/${idiCase}/measures`, {
        areaId,
        title: 'Innenfra',
        responsibleUserId: ids['ansatt.idi'],
      });
      expect(created.status).toBe(201);
      const moved = await leader.patch(`/api/measures/${created.body.id}`, {
        version: created.body.version,
        responsibleUserId: ids['hms.ie'],
      });
      expect(moved.status).toBe(200);
      expect(moved.body.responsibleUserId).toBe(ids['hms.ie']);
      const refused = await leader.patch(`/api/measures/${created.body.id}`, {
        version: moved.body.version,
        responsibleUserId: ids['leder.itk'],
      });
      expect(refused.status).toBe(400);
      expect(refused.body.message).toMatch(/^responsibleUserId/);
      const kept = await leader.patch(`/api/measures/${created.body.id}`, {
        version: moved.body.version,
        title: 'Innenfra 2',
        responsibleUserId: ids['hms.ie'],
      });
      expect(kept.status).toBe(200);
      const cleared = await leader.patch(`/api/measures/${created.body.id}`, {
        version: kept.body.version,
        responsibleUserId: null,
      });
      expect(cleared.status).toBe(200);
    });
  });
});
