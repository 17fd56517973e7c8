import fc from 'fast-check';
import { type Client, type Method, type TestApp } from './api-harness';

/** The records the write routes work on, made once per test file, and the clients that write. */
export interface WriteFixture {
  admin: Client;
  vo: Client;
  ids: {
    caseId: string;
    areaId: string;
    groupId: string;
    measureId: string;
    roundId: string;
    unitId: string;
    userId: string;
  };
}

export interface WriteRoute {
  method: Method;
  url: () => string;
  client: () => Client;
  /** A valid body for the route as things stand now (current versions read fresh). */
  fields: () => Promise<Record<string, unknown>>;
}

export async function writeFixture(t: TestApp): Promise<WriteFixture> {
  const admin = await t.login('admin@tiltak.example');
  const vo = await t.login('vo.idi@tiltak.example');
  const [c] = await t.db.query(
    `SELECT c.id, c.unit_id, c.round_id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id JOIN survey_round r ON r.id = c.round_id
      WHERE o.code = 'IE-IDI' AND r.year = 2023`,
  );
  const group = (await admin.post(`/api/cases/${c.id}/groups`, { name: 'G', proposals: [] })).body;
  const area = (
    await admin.post(`/api/cases/${c.id}/areas`, {
      kind: 'develop',
      title: 'Område',
      selected: true,
    })
  ).body;
  const measure = (
    await admin.post(`/api/cases/${c.id}/measures`, { areaId: area.id, title: 'Tiltak' })
  ).body;
  const [u] = await t.db.query(`SELECT id FROM app_user WHERE email = 'ansatt.idi@tiltak.example'`);
  return {
    admin,
    vo,
    ids: {
      caseId: c.id,
      areaId: area.id,
      groupId: group.id,
      measureId: measure.id,
      roundId: c.round_id,
      unitId: c.unit_id,
      userId: u.id,
    },
  };
}

/** Twenty write routes of the API, each with a valid body to vary (write-routes and fuzz-write-routes tests). */
export function writeRoutes(t: TestApp, { admin, vo, ids }: WriteFixture): WriteRoute[] {
  const version = async (url: string) => (await admin.get(url)).body.version;

  const routes: WriteRoute[] = [
    {
      method: 'PATCH',
      url: () => `/api/cases/${ids.caseId}/workshop`,
      client: () => admin,
      fields: async () => ({
        version: await version(`/api/cases/${ids.caseId}`),
        date: '2026-02-01',
        participants: 12,
        facilitator: 'HR',
        notes: 'n',
      }),
    },
    {
      method: 'POST',
      url: () => `/api/cases/${ids.caseId}/transitions`,
      client: () => admin,
      fields: async () => ({
        version: await version(`/api/cases/${ids.caseId}`),
        to: 'results_presented',
        reason: 'r',
      }),
    },
    {
      method: 'POST',
      url: () => `/api/cases/${ids.caseId}/groups`,
      client: () => admin,
      fields: async () => ({
        name: 'Gruppe',
        proposals: [{ kind: 'develop', title: 'T', indexCodes: ['autonomy'] }],
      }),
    },
    {
      method: 'PATCH',
      url: () => `/api/cases/${ids.caseId}/groups/${ids.groupId}`,
      client: () => admin,
      fields: async () => ({
        version: (
          await t.db.query('SELECT version FROM workshop_group WHERE id = $1', [ids.groupId])
        )[0].version,
        name: 'G2',
        proposals: [],
      }),
    },
    {
      method: 'POST',
      url: () => `/api/cases/${ids.caseId}/areas`,
      client: () => admin,
      fields: async () => ({
        kind: 'preserve',
        title: 'Trivsel',
        description: 'd',
        indexCodes: ['autonomy'],
        selected: true,
        rank: 1,
        votes: 2,
      }),
    },
    {
      method: 'PATCH',
      url: () => `/api/cases/${ids.caseId}/areas/${ids.areaId}`,
      client: () => admin,
      fields: async () => ({
        version: (await t.db.query('SELECT version FROM area WHERE id = $1', [ids.areaId]))[0]
          .version,
        title: 'Område',
        selected: true,
      }),
    },
    {
      method: 'POST',
      url: () => `/api/cases/${ids.caseId}/measures`,
      client: () => admin,
      fields: async () => ({
        areaId: ids.areaId,
        title: 'Nytt',
        goal: 'g',
        deadline: '2027-01-01',
        importance: 3,
        feasibility: 4,
        responsibleUserId: ids.userId,
        responsibleRole: 'Leder',
      }),
    },
    {
      method: 'PATCH',
      url: () => `/api/measures/${ids.measureId}`,
      client: () => admin,
      fields: async () => ({
        version: await version(`/api/measures/${ids.measureId}`),
        title: 'Tiltak',
        goal: 'g',
        importance: 2,
      }),
    },
    {
      method: 'POST',
      url: () => `/api/measures/${ids.measureId}/status`,
      client: () => admin,
      fields: async () => ({
        version: await version(`/api/measures/${ids.measureId}`),
        status: 'in_progress',
        completedOn: '2026-11-01',
      }),
    },
    {
      method: 'POST',
      url: () => `/api/measures/${ids.measureId}/deadline`,
      client: () => admin,
      fields: async () => ({
        version: await version(`/api/measures/${ids.measureId}`),
        deadline: '2027-05-05',
        reason: 'fordi',
      }),
    },
    {
      method: 'POST',
      url: () => `/api/measures/${ids.measureId}/cancel`,
      client: () => admin,
      fields: async () => ({
        version: await version(`/api/measures/${ids.measureId}`),
        reason: 'fordi',
      }),
    },
    {
      method: 'PUT',
      url: () => `/api/measures/${ids.measureId}/evaluation`,
      client: () => admin,
      fields: async () => ({
        version: await version(`/api/measures/${ids.measureId}`),
        achieved: 'yes',
        verdict: 'keep',
        whatChanged: 'w',
        evaluatedOn: '2026-11-20',
      }),
    },
    {
      method: 'POST',
      url: () => `/api/cases/${ids.caseId}/comments`,
      client: () => vo,
      fields: async () => ({ body: 'Kommentar', measureId: ids.measureId }),
    },
    {
      method: 'POST',
      url: () => `/api/cases/${ids.caseId}/confirmations`,
      client: () => vo,
      fields: async () => ({ phase: 'results_published', note: 'n' }),
    },
    {
      method: 'POST',
      url: () => '/api/users',
      client: () => admin,
      fields: async () => ({ name: 'Navn', email: 'navn@tiltak.example', language: 'en' }),
    },
    {
      method: 'PATCH',
      url: () => '/api/users/me',
      client: () => admin,
      fields: async () => ({ language: 'en', notifyMode: 'digest' }),
    },
    {
      method: 'POST',
      url: () => `/api/users/${ids.userId}/roles`,
      client: () => admin,
      fields: async () => ({ role: 'verneombud', unitId: ids.unitId }),
    },
    {
      method: 'PUT',
      url: () => '/api/content/speak-up',
      client: () => admin,
      fields: async () => ({
        version: await version('/api/content/speak-up'),
        bodyNb: '# Si fra\n- Til leder',
        bodyEn: '# Speak up\n- To your leader',
      }),
    },
    {
      method: 'POST',
      url: () => '/api/org-units',
      client: () => admin,
      fields: async () => ({
        code: 'NY-ENHET',
        parentId: ids.unitId,
        kind: 'group',
        nameNb: 'Ny',
        nameEn: 'New',
      }),
    },
    {
      method: 'PATCH',
      url: () => `/api/rounds/${ids.roundId}`,
      client: () => admin,
      fields: async () => ({
        version: await version(`/api/rounds/${ids.roundId}`),
        anonymityThreshold: 3,
        followUpMeetingBy: '2024-03-01',
        planRegisteredBy: '2024-05-01',
      }),
    },
  ];

  return routes;
}

/** Values of every JSON shape, with the awkward ones databases and validators trip over. */
export const nasty = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'x'.repeat(100_000),
    '2026-02-30',
    '2026-13-01',
    '99999-01-01',
    'null',
    '-1',
    '1e309',
    '00000000-0000-0000-0000-000000000000',
    "'; DROP TABLE measure; --",
    '<script>',
  ),
  fc.constantFrom(-1, 0, 2_147_483_648, Number.MAX_SAFE_INTEGER, 1.5, -0),
  fc.string(),
);

export const bodyFor = (fields: Record<string, unknown>, values: fc.Arbitrary<unknown> = nasty) =>
  fc.oneof(
    // Mostly valid bodies with some fields replaced, removed or added.
    fc
      .record({
        replace: fc.dictionary(fc.constantFrom(...Object.keys(fields)), values),
        drop: fc.subarray(Object.keys(fields)),
        extra: fc.dictionary(fc.string({ maxLength: 10 }), values, { maxKeys: 2 }),
      })
      .map(({ replace, drop, extra }) => {
        const b: Record<string, unknown> = { ...fields, ...replace, ...extra };
        for (const k of drop) if (!(k in replace)) delete b[k];
        return b;
      }),
    // Anything at all as the body.
    fc.anything(),
  );
