import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ScimClient, ScimClientError, SCIM_JSON } from '@tiltak/scim-client';
import { startTestApp, type TestApp } from './api-harness';

const TOKEN = 'scim-test-token-0123456789abcdefghijklmnopqrstuvwxyz';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** The SCIM error a call ends in (the client throws for 4xx/5xx). */
async function failure(call: Promise<unknown>): Promise<ScimClientError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ScimClientError) return error;
    throw error;
  }
  throw new Error('expected the SCIM call to fail');
}

describe('/scim/v2 (SCIM_TOKEN set)', () => {
  let t: TestApp;
  let scim: ScimClient;
  let base: string;
  let caseAtIdi: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { SCIM_TOKEN: TOKEN } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/scim/v2`;
    scim = new ScimClient(base, TOKEN);
    [{ id: caseAtIdi }] = await t.db.query(
      `SELECT c.id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id WHERE o.code = 'IE-IDI' ORDER BY c.id LIMIT 1`,
    );
  });
  afterAll(() => t.close());

  const rolesOf = async (userId: string) =>
    (
      await t.db.query(
        `SELECT r.role || ' ' || o.code AS r FROM role_assignment r JOIN org_unit o ON o.id = r.unit_id WHERE r.user_id = $1 ORDER BY 1`,
        [userId],
      )
    ).map((x: { r: string }) => x.r);

  describe('discovery', () => {
    it('GET /ServiceProviderConfig, /ResourceTypes and /Schemas answer in SCIM JSON with patch and filter supported', async () => {
      const config = await scim.serviceProviderConfig();
      expect(config).toEqual(
        expect.objectContaining({
          patch: { supported: true },
          filter: expect.objectContaining({ supported: true }),
        }),
      );
      const types = (await scim.request<{ Resources: { name: string }[] }>('GET', '/ResourceTypes'))
        .body;
      expect(types.Resources.map((r) => r.name).sort()).toEqual(['Group', 'User']);
      const schemas = (await scim.request<{ totalResults: number }>('GET', '/Schemas')).body;
      expect(schemas.totalResults).toBeGreaterThanOrEqual(2);
      const res = await fetch(`${base}/ServiceProviderConfig`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.headers.get('content-type')).toMatch(/^application\/scim\+json/);
    });
  });

  describe('the Entra ID cycle: create, group membership, removal', () => {
    const email = 'kari.scim@ntnu.example';
    let userId: string;
    let groupId: string;

    it('POST /Users creates a person who can sign in, with no role yet', async () => {
      const user = await scim.createUser({
        userName: email,
        displayName: 'Kari Scim',
        givenName: 'Kari',
        familyName: 'Scim',
        preferredLanguage: 'en-US',
      });
      expect(user).toEqual(
        expect.objectContaining({
          userName: email,
          displayName: 'Kari Scim',
          active: true,
          preferredLanguage: 'en',
        }),
      );
      userId = user.id;
      const kari = await t.login(email);
      const me = await kari.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body).toEqual(expect.objectContaining({ email, language: 'en', roles: [] }));
      const audit = await t.db.query(
        `SELECT action, request_id FROM audit_event WHERE entity = 'user' AND entity_id = $1`,
        [userId],
      );
      expect(audit).toEqual([{ action: 'user.create', request_id: expect.any(String) }]);
    });

    it('GET /Users?filter=userName eq finds them regardless of case, and nobody for an unknown name', async () => {
      expect((await scim.findUserByUserName(email.toUpperCase()))?.id).toBe(userId);
      expect(await scim.findUserByUserName('nobody@ntnu.example')).toBeNull();
      const list = (
        await scim.request<{ totalResults: number; Resources: unknown[] }>(
          'GET',
          `/Users?filter=${encodeURIComponent('userName eq "Kari.Scim@ntnu.example"')}`,
        )
      ).body;
      expect(list.totalResults).toBe(1);
    });

    it('POST /Users again for the same userName is a 409 uniqueness error', async () => {
      const error = await failure(
        scim.createUser({ userName: email.toUpperCase(), displayName: 'Kari igjen' }),
      );
      expect(error).toEqual(expect.objectContaining({ status: 409, scimType: 'uniqueness' }));
      expect(error.detail).toMatch(/userName/);
    });

    it('adding them to tiltak-leader-IE-IDI grants the role and makes them the unit leader; they can open its case', async () => {
      const group = await scim.provisionGroup('tiltak-leader-IE-IDI');
      groupId = group.id;
      expect(group.displayName).toBe('tiltak-leader-IE-IDI');
      const kari = await t.login(email);
      expect((await kari.get(`/api/cases/${caseAtIdi}`)).status).toBe(404);

      await scim.addMember(groupId, userId);
      expect(await rolesOf(userId)).toEqual(['leader IE-IDI']);
      const [{ leader_id }] = await t.db.query(
        `SELECT leader_id FROM org_unit WHERE code = 'IE-IDI'`,
      );
      expect(leader_id).toBe(userId);
      expect((await scim.getGroup(groupId)).members).toEqual(
        expect.arrayContaining([expect.objectContaining({ value: userId, display: 'Kari Scim' })]),
      );
      // The same session: roles are read on every request.
      expect((await kari.get(`/api/cases/${caseAtIdi}`)).status).toBe(200);
      expect((await kari.get('/api/auth/me')).body.roles).toEqual([
        expect.objectContaining({ role: 'leader', unitCode: 'IE-IDI' }),
      ]);
      const audit = await t.db.query(
        `SELECT after FROM audit_event WHERE action = 'role.assign' AND entity_id = $1`,
        [userId],
      );
      expect(audit).toEqual([
        {
          after: expect.objectContaining({
            role: 'leader',
            unitCode: 'IE-IDI',
            group: 'tiltak-leader-IE-IDI',
            via: 'scim',
          }),
        },
      ]);
    });

    it('finds the group by displayName and lists it', async () => {
      expect((await scim.findGroupByDisplayName('tiltak-leader-ie-idi'))?.id).toBe(groupId);
      expect(await scim.findGroupByDisplayName('tiltak-leader-NO-SUCH-UNIT')).toBeNull();
      const all = (
        await scim.request<{ Resources: { displayName: string }[] }>('GET', '/Groups?count=10000')
      ).body;
      expect(all.Resources.map((g) => g.displayName)).toContain('tiltak-leader-IE-IDI');
    });

    it('removing them from the group ends the role, hands the unit back to its other leader, and their next request for the case is refused', async () => {
      const kari = await t.login(email);
      await scim.removeMember(groupId, userId);
      expect(await rolesOf(userId)).toEqual([]);
      // The unit's earlier leader, who still holds the role, is its leader again.
      const [{ leader_id, earlier }] = await t.db.query(
        `SELECT o.leader_id, (SELECT id FROM app_user WHERE email = 'leder.idi@tiltak.example') AS earlier FROM org_unit o WHERE o.code = 'IE-IDI'`,
      );
      expect(leader_id).toBe(earlier);
      expect((await kari.get(`/api/cases/${caseAtIdi}`)).status).toBe(404);
      expect((await kari.get('/api/auth/me')).body.roles).toEqual([]);
      const audit = await t.db.query(
        `SELECT action FROM audit_event WHERE entity = 'user' AND entity_id = $1 ORDER BY id`,
        [userId],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'user.create',
        'role.assign',
        'role.remove',
      ]);
    });

    it('removes a member named in the path the way some clients do: members[value eq "…"]', async () => {
      await scim.addMember(groupId, userId);
      await scim.request('PATCH', `/Groups/${groupId}`, {
        schemas: [PATCH_OP],
        Operations: [{ op: 'remove', path: `members[value eq "${userId}"]` }],
      });
      expect(await rolesOf(userId)).toEqual([]);
    });

    it('PATCH active=false deactivates them and ends every session at once', async () => {
      const kari = await t.login(email);
      expect((await kari.get('/api/auth/me')).status).toBe(200);
      const user = await scim.deactivateUser(userId);
      expect(user?.active).toBe(false);
      expect((await kari.get('/api/auth/me')).status).toBe(401);
      expect(await t.db.query(`SELECT 1 FROM user_session WHERE user_id = $1`, [userId])).toEqual(
        [],
      );
      await expect(t.login(email)).rejects.toThrow(/401/);
      const [{ after }] = await t.db.query(
        `SELECT after FROM audit_event WHERE action = 'user.update' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
        [userId],
      );
      expect(after).toEqual(expect.objectContaining({ active: false, via: 'scim' }));
    });

    it('accepts Entra\'s string "True"/"False" for active, and reactivation lets them sign in again', async () => {
      await scim.patchUser(userId, [{ op: 'Replace', path: 'active', value: 'True' }]);
      expect((await scim.getUser(userId)).active).toBe(true);
      expect((await (await t.login(email)).get('/api/auth/me')).status).toBe(200);
      await scim.patchUser(userId, [{ op: 'Replace', value: { active: 'False' } }]);
      expect((await scim.getUser(userId)).active).toBe(false);
    });
  });

  describe('other user operations', () => {
    it("PUT /Users/{id} replaces name and language; the client's provision cycle updates an existing person", async () => {
      const user = await scim.createUser({
        userName: 'per.put@ntnu.example',
        displayName: 'Per Put',
      });
      const put = (
        await scim.request<{ displayName: string; preferredLanguage: string }>(
          'PUT',
          `/Users/${user.id}`,
          {
            schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
            userName: 'per.put@ntnu.example',
            displayName: 'Per Putt',
            preferredLanguage: 'en',
            active: true,
          },
        )
      ).body;
      expect(put).toEqual(
        expect.objectContaining({ displayName: 'Per Putt', preferredLanguage: 'en' }),
      );
      const again = await scim.provisionUser({
        userName: 'PER.PUT@ntnu.example',
        displayName: 'Per Puttsen',
      });
      expect(again).toEqual(expect.objectContaining({ id: user.id, displayName: 'Per Puttsen' }));
      const [{ name }] = await t.db.query(`SELECT name FROM app_user WHERE id = $1`, [user.id]);
      expect(name).toBe('Per Puttsen');
    });

    it('DELETE /Users/{id} deactivates the person and ends their roles (their history stays)', async () => {
      const user = await scim.createUser({
        userName: 'dina.delete@ntnu.example',
        displayName: 'Dina Delete',
      });
      const group = await scim.provisionGroup('tiltak-verneombud-IE-IDI');
      await scim.addMember(group.id, user.id);
      await t.login('dina.delete@ntnu.example');
      await scim.deleteUser(user.id);
      expect(await rolesOf(user.id)).toEqual([]);
      expect(await t.db.query(`SELECT active FROM app_user WHERE id = $1`, [user.id])).toEqual([
        { active: false },
      ]);
      expect(await t.db.query(`SELECT 1 FROM user_session WHERE user_id = $1`, [user.id])).toEqual(
        [],
      );
    });

    it("accepts Entra ID's default attribute mappings, enterprise extension included", async () => {
      const enterprise = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
      const created = await scim.request<{ id: string; userName: string }>('POST', '/Users', {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', enterprise],
        externalId: 'eirik.entra',
        userName: 'eirik.entra@ntnu.example',
        active: true,
        displayName: 'Eirik Entra',
        title: 'Professor',
        emails: [{ primary: true, type: 'work', value: 'eirik.entra@ntnu.example' }],
        name: { formatted: 'Eirik Entra', familyName: 'Entra', givenName: 'Eirik' },
        phoneNumbers: [{ type: 'mobile', value: '+47 900 00 000' }],
        addresses: [{ type: 'work', country: 'NO' }],
        [enterprise]: { employeeNumber: '4711', department: 'IDI', manager: { value: 'someone' } },
      });
      expect(created.status).toBe(201);
      await scim.patchUser(created.body.id, [
        { op: 'Add', path: `${enterprise}:department`, value: 'ITK' },
        { op: 'Replace', path: 'title', value: 'Dekan' },
        { op: 'Replace', path: 'name.givenName', value: 'Eirik' },
      ]);
      expect((await scim.getUser(created.body.id)).displayName).toBe('Eirik Entra');
    });

    it('two parallel POST /Users for one address create one person and answer the other with 409', async () => {
      const results = await Promise.allSettled(
        [1, 2].map((i) =>
          scim.createUser({
            userName: i === 1 ? 'tvilling@ntnu.example' : 'TVILLING@ntnu.example',
            displayName: `Tvilling ${i}`,
          }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected?.reason).toEqual(
        expect.objectContaining({ status: 409, scimType: 'uniqueness' }),
      );
      expect(
        await t.db.query(
          `SELECT count(*)::int AS n FROM app_user WHERE lower(email) = 'tvilling@ntnu.example'`,
        ),
      ).toEqual([{ n: 1 }]);
    });

    it('other filters are applied too, and a PATCH that changes nothing writes no audit row', async () => {
      const user = await scim.createUser({
        userName: 'frida.filter@ntnu.example',
        displayName: 'Frida Filter',
      });
      await scim.deactivateUser(user.id);
      const inactive = (
        await scim.request<{ Resources: { userName: string; active: boolean }[] }>(
          'GET',
          `/Users?count=10000&filter=${encodeURIComponent('active eq false and userName sw "frida"')}`,
        )
      ).body;
      expect(inactive.Resources.map((u) => u.userName)).toEqual(['frida.filter@ntnu.example']);
      const audited = async () =>
        (
          await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1`, [
            user.id,
          ])
        )[0].n;
      const before = await audited();
      await scim.patchUser(user.id, [
        { op: 'Replace', path: 'displayName', value: 'Frida Filter' },
      ]);
      await scim.deactivateUser(user.id);
      expect(await audited()).toBe(before);
    });

    it('refuses to deactivate or delete the last active administrator, with a 409 naming active', async () => {
      const admins = await t.db.query(
        `SELECT DISTINCT u.email FROM app_user u JOIN role_assignment r ON r.user_id = u.id AND r.role = 'admin' WHERE u.active`,
      );
      expect(admins).toEqual([{ email: 'admin@tiltak.example' }]);
      const admin = await scim.findUserByUserName('admin@tiltak.example');
      const deactivate = await failure(scim.deactivateUser(admin!.id));
      expect(deactivate).toEqual(
        expect.objectContaining({
          status: 409,
          detail: expect.stringMatching(
            /^active: admin@tiltak\.example is the last active administrator/,
          ),
        }),
      );
      expect((await failure(scim.deleteUser(admin!.id))).status).toBe(409);
      expect((await (await t.login('admin@tiltak.example')).get('/api/auth/me')).status).toBe(200);
    });

    it('GET /Users/{id} for an unknown or malformed id is a SCIM 404', async () => {
      expect(await failure(scim.getUser('00000000-0000-4000-8000-000000000000'))).toEqual(
        expect.objectContaining({ status: 404 }),
      );
      expect(await failure(scim.getUser('not-a-uuid'))).toEqual(
        expect.objectContaining({ status: 404 }),
      );
    });
  });

  describe('groups', () => {
    it('POST /Groups with members grants the role to each; DELETE /Groups/{id} ends it for all', async () => {
      const a = await scim.createUser({ userName: 'anne.hr@ntnu.example', displayName: 'Anne HR' });
      const b = await scim.createUser({
        userName: 'bjorn.hr@ntnu.example',
        displayName: 'Bjørn HR',
      });
      const created = await scim.request<{ id: string; members: { value: string }[] }>(
        'POST',
        '/Groups',
        {
          schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
          displayName: 'tiltak-hr-IE',
          members: [{ value: a.id }, { value: b.id }],
        },
      );
      expect(created.status).toBe(201);
      // A group is everyone holding the role at the unit, including people given it by hand or by import.
      expect(created.body.members.map((m) => m.value)).toEqual(
        expect.arrayContaining([a.id, b.id]),
      );
      expect(await rolesOf(a.id)).toEqual(['hr IE']);
      await scim.deleteGroup(created.body.id);
      expect(await rolesOf(a.id)).toEqual([]);
      expect(await rolesOf(b.id)).toEqual([]);
    });

    it('parallel membership changes to one group are applied one after the other: none is lost', async () => {
      const users = await Promise.all(
        [1, 2, 3, 4, 5].map((i) =>
          scim.createUser({
            userName: `parallell${i}@ntnu.example`,
            displayName: `Parallell ${i}`,
          }),
        ),
      );
      const group = await scim.provisionGroup('tiltak-employee-IE-IDI');
      await Promise.all(users.map((u) => scim.addMember(group.id, u.id)));
      const members = (await scim.getGroup(group.id)).members?.map((m) => m.value) ?? [];
      expect(members).toEqual(expect.arrayContaining(users.map((u) => u.id)));
      await Promise.all(users.slice(0, 3).map((u) => scim.removeMember(group.id, u.id)));
      const left = (await scim.getGroup(group.id)).members?.map((m) => m.value) ?? [];
      expect(users.filter((u) => left.includes(u.id)).map((u) => u.userName)).toEqual([
        'parallell4@ntnu.example',
        'parallell5@ntnu.example',
      ]);
    });

    it('refuses names outside the convention, the admin role, unknown units and renames with 400s naming the field', async () => {
      const bad = async (displayName: string) => failure(scim.createGroup(displayName));
      expect(await bad('Ledere IDI')).toEqual(
        expect.objectContaining({
          status: 400,
          scimType: 'invalidValue',
          detail: expect.stringMatching(/^displayName: /),
        }),
      );
      expect(await bad('tiltak-admin-NTNU')).toEqual(
        expect.objectContaining({ status: 400, scimType: 'invalidValue' }),
      );
      expect(await bad('tiltak-leader-NO-SUCH-UNIT')).toEqual(
        expect.objectContaining({ status: 400, detail: expect.stringMatching(/NO-SUCH-UNIT/) }),
      );
      const group = await scim.provisionGroup('tiltak-leader-IE-ITK');
      const rename = await failure(
        scim.request('PATCH', `/Groups/${group.id}`, {
          schemas: [PATCH_OP],
          Operations: [{ op: 'replace', path: 'displayName', value: 'tiltak-leader-IE-IDI' }],
        }),
      );
      expect(rename).toEqual(expect.objectContaining({ status: 400, scimType: 'mutability' }));
      const unknownMember = await failure(
        scim.addMember(group.id, '00000000-0000-4000-8000-000000000000'),
      );
      expect(unknownMember).toEqual(
        expect.objectContaining({
          status: 400,
          scimType: 'invalidValue',
          detail: expect.stringMatching(/^members\.value: /),
        }),
      );
      expect(await failure(scim.getGroup('leader.not-a-unit'))).toEqual(
        expect.objectContaining({ status: 404 }),
      );
    });
  });

  describe('npm run scim-client (the command line)', () => {
    const root = resolve(__dirname, '../../..');
    const cli = async (...args: string[]) => {
      const { stdout } = await promisify(execFile)(
        join(root, 'node_modules/.bin/ts-node'),
        [
          '-T',
          '-P',
          'tools/scim-client/tsconfig.lib.json',
          'tools/scim-client/src/cli.ts',
          '--url',
          base,
          ...args,
        ],
        { cwd: root, env: { ...process.env, SCIM_TOKEN: TOKEN } },
      );
      return JSON.parse(stdout);
    };

    it('provisions a person and puts them in a group', async () => {
      const user = await cli('provision-user', 'cli.person@ntnu.example', 'Cli Person', 'en');
      expect(user).toEqual(
        expect.objectContaining({ userName: 'cli.person@ntnu.example', preferredLanguage: 'en' }),
      );
      const group = await cli('add-member', 'tiltak-verneombud-IE-IDI', 'cli.person@ntnu.example');
      expect(group.members).toEqual(
        expect.arrayContaining([expect.objectContaining({ value: user.id })]),
      );
      expect(await rolesOf(user.id)).toEqual(['verneombud IE-IDI']);
    });
  });

  describe('malformed requests get SCIM errors, never a 500', () => {
    const raw = async (
      method: string,
      path: string,
      body: string | undefined,
      contentType = SCIM_JSON,
    ) => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${TOKEN}`,
          ...(body === undefined ? {} : { 'content-type': contentType }),
        },
        body,
      });
      return {
        status: res.status,
        body: (await res.json()) as {
          schemas: string[];
          status: string;
          scimType?: string;
          detail: string;
        },
      };
    };

    it.each([
      ['a body that is not JSON', 'POST', '/Users', '{"userName": '],
      ['a JSON array', 'POST', '/Users', '[]'],
      [
        'a __proto__ key',
        'POST',
        '/Users',
        '{"userName": "proto@ntnu.example", "name": {"__proto__": {"formatted": "x"}}}',
      ],
      [
        'a PATCH value with a __proto__ key',
        'PATCH',
        '/Users/00000000-0000-4000-8000-000000000000',
        `{"schemas": ["${PATCH_OP}"], "Operations": [{"op": "add", "value": {"__proto__": {"active": false}}}]}`,
      ],
      [
        'a user without userName',
        'POST',
        '/Users',
        JSON.stringify({
          schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
          displayName: 'X',
        }),
      ],
      [
        'a userName of the wrong type',
        'POST',
        '/Users',
        JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 42 }),
      ],
      [
        'a userName that is not an e-mail address',
        'POST',
        '/Users',
        JSON.stringify({
          schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
          userName: 'kari',
        }),
      ],
      [
        'a PatchOp without Operations',
        'PATCH',
        '/Users/00000000-0000-4000-8000-000000000000',
        JSON.stringify({ schemas: [PATCH_OP] }),
      ],
      [
        'an unknown patch op',
        'PATCH',
        '/Groups/leader.00000000-0000-4000-8000-000000000000',
        JSON.stringify({ schemas: [PATCH_OP], Operations: [{ op: 'move' }] }),
      ],
      [
        'a filter that does not parse',
        'GET',
        `/Users?filter=${encodeURIComponent('userName eq "x" and (')}`,
        undefined,
      ],
      [
        'a filter without a value',
        'GET',
        `/Users?filter=${encodeURIComponent('userName eq')}`,
        undefined,
      ],
      ['a count that is not a number', 'GET', '/Users?count=ten', undefined],
    ])('%s → 400 with scimType', async (_what, method, path, body) => {
      const res = await raw(method, path, body);
      expect(res.status).toBe(400);
      expect(res.body).toEqual(
        expect.objectContaining({
          schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
          status: '400',
          scimType: expect.any(String),
        }),
      );
    });

    it('answers other content types with 415 and unknown endpoints with 404, both in SCIM format', async () => {
      const text = await raw('POST', '/Users', 'userName=kari', 'text/plain');
      expect(text.status).toBe(415);
      expect(text.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
      const unknown = await raw('GET', '/Bulk', undefined);
      expect(unknown.status).toBe(404);
      expect(unknown.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
    });

    it('parses plain application/json as well as application/scim+json', async () => {
      const res = await raw(
        'POST',
        '/Users',
        JSON.stringify({
          schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
          userName: 'json.plain@ntnu.example',
        }),
        'application/json',
      );
      expect(res.status).toBe(201);
    });
  });

  describe('authentication', () => {
    it('answers 401 in SCIM format for a wrong or missing bearer token, and changes nothing', async () => {
      const wrong = await failure(
        new ScimClient(base, `${TOKEN}x`).createUser({
          userName: 'inntrenger@ntnu.example',
          displayName: 'Inntrenger',
        }),
      );
      expect(wrong.status).toBe(401);
      const none = await fetch(`${base}/Users`);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(
        await t.db.query(`SELECT 1 FROM app_user WHERE email = 'inntrenger@ntnu.example'`),
      ).toEqual([]);
    });

    it('a session cookie is no substitute for the token', async () => {
      const admin = await t.login('admin@tiltak.example');
      expect((await admin.get('/scim/v2/Users')).status).toBe(401);
    });
  });
});

describe('/scim/v2 without SCIM_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 404 to every SCIM route, with or without a token', async () => {
    for (const url of ['/scim/v2/Users', '/scim/v2/Groups', '/scim/v2/ServiceProviderConfig']) {
      const res = await t.app.inject({
        method: 'GET',
        url,
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.statusCode).toBe(404);
    }
    const post = await t.app.inject({
      method: 'POST',
      url: '/scim/v2/Users',
      headers: { 'content-type': SCIM_JSON },
      payload: '{"userName":"x@y.no"}',
    });
    expect(post.statusCode).toBe(404);
  });
});

describe('/scim/v2 beside the built web app', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'tiltak-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Tiltak</title>');
    t = await startTestApp({ env: { SCIM_TOKEN: TOKEN, WEB_DIST_DIR: webDir } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('is not mistaken for a deep link of the single-page app', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/scim/v2/ServiceProviderConfig',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/scim\+json/);
    expect((await t.app.inject({ method: 'GET', url: '/scim/v2/Users' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/some/deep/link' })).body).toContain(
      '<title>Tiltak</title>',
    );
  });
});
