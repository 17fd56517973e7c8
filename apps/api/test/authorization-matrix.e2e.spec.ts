import { SwaggerModule, DocumentBuilder } from '@nestjs/swagger';
import { type Client, type Method, startTestApp, type TestApp } from './api-harness';
import { AUTHORIZATION_MATRIX, type DemoUser, type Outcome } from './authorization-matrix';
import { ESCALATION_REQUESTS } from './escalation-authorization-requests';
import { CSV, resultRow, sessionOf, toCsv, upload } from './fixtures/result-files';

type Target = 'idi' | 'itk';
interface Fixture {
  caseId: string;
  areaId: string;
  groupId: string;
  measureId: string;
}
interface Ctx {
  t: TestApp;
  admin: Client;
  target: Target;
  fx: Fixture;
  user: DemoUser;
  n: number;
}
type Build = (
  ctx: Ctx,
) => Promise<{ method: Method; url: string; body?: unknown; client?: Client }>;

const USERS: DemoUser[] = [
  'admin',
  'hr',
  'hms.ie',
  'dekan.ie',
  'leder.idi',
  'leder.itk',
  'vo.idi',
  'ansatt.idi',
  'anonymous',
];
const email = (u: DemoUser) => `${u}@tiltak.example`;
/** Round years are unique (2000–2100); the demo data uses 2017–2023. */
let year = 2030;
const nextYear = () => year++;

const version = async (c: Ctx, url: string) => (await c.admin.get(url)).body.version as number;
const scalar = async (c: Ctx, sql: string, params: unknown[] = []) =>
  (await c.t.db.query(sql, params))[0];

/** How to call each route so that, when access is granted, it succeeds (or meets the stated rule). */
const REQUESTS: Record<string, Build> = {
  ...ESCALATION_REQUESTS,
  'GET /api/health': async () => ({ method: 'GET', url: '/api/health' }),
  'GET /api/auth/me': async () => ({ method: 'GET', url: '/api/auth/me' }),
  'GET /api/auth/config': async () => ({ method: 'GET', url: '/api/auth/config' }),
  'POST /api/auth/logout': async (c) => ({
    method: 'POST',
    url: '/api/auth/logout',
    // A session of its own, so the user's main session survives.
    client: c.user === 'anonymous' ? undefined : await c.t.login(email(c.user)),
  }),
  'POST /api/auth/dev-login': async (c) => ({
    method: 'POST',
    url: '/api/auth/dev-login',
    body: { email: 'ansatt.idi@tiltak.example' },
    // Signing in ends the browser's previous session: a session of its own, so the user's main one survives.
    client: c.user === 'anonymous' ? undefined : await c.t.login(email(c.user)),
  }),
  'GET /api/auth/dev-users': async () => ({ method: 'GET', url: '/api/auth/dev-users' }),

  // A case's directory; without caseId only admins may list users (directory.e2e.spec.ts).
  'GET /api/users': async (c) => ({
    method: 'GET',
    url: `/api/users?caseId=${c.fx.caseId}&q=leder`,
  }),
  'PATCH /api/users/me': async () => ({
    method: 'PATCH',
    url: '/api/users/me',
    body: { language: 'nb' },
  }),
  'GET /api/users/{id}': async (c) => ({
    method: 'GET',
    url: `/api/users/${(await scalar(c, `SELECT id FROM app_user WHERE email = 'leder.itk@tiltak.example'`)).id}`,
  }),
  'POST /api/users': async (c) => ({
    method: 'POST',
    url: '/api/users',
    body: { name: 'Ny Bruker', email: `ny.${c.n}@tiltak.example` },
  }),
  'PATCH /api/users/{id}': async (c) => ({
    method: 'PATCH',
    url: `/api/users/${(await newUser(c)).id}`,
    body: { name: 'Nytt Navn' },
  }),
  'GET /api/users/{id}/roles': async (c) => ({
    method: 'GET',
    url: `/api/users/${(await newUser(c)).id}/roles`,
  }),
  'POST /api/users/{id}/roles': async (c) => ({
    method: 'POST',
    url: `/api/users/${(await newUser(c)).id}/roles`,
    body: {
      role: 'employee',
      unitId:
        c.fx.caseId &&
        (await scalar(c, 'SELECT unit_id FROM follow_up_case WHERE id = $1', [c.fx.caseId]))
          .unit_id,
    },
  }),
  'DELETE /api/users/{id}/roles/{assignmentId}': async (c) => {
    const user = await newUser(c);
    const { id } = await scalar(
      c,
      `INSERT INTO role_assignment (user_id, role, unit_id) SELECT $1, 'employee', unit_id FROM follow_up_case WHERE id = $2 RETURNING id`,
      [user.id, c.fx.caseId],
    );
    return { method: 'DELETE', url: `/api/users/${user.id}/roles/${id}` };
  },

  'GET /api/content/speak-up': async () => ({ method: 'GET', url: '/api/content/speak-up' }),
  'PUT /api/content/speak-up': async (c) => ({
    method: 'PUT',
    url: '/api/content/speak-up',
    body: {
      version: await version(c, '/api/content/speak-up'),
      bodyNb: `# Si fra\n- Versjon ${c.n}`,
      bodyEn: `# Speak up\n- Version ${c.n}`,
    },
  }),

  'GET /api/org-units': async () => ({ method: 'GET', url: '/api/org-units' }),
  'GET /api/org-units/{id}': async (c) => ({
    method: 'GET',
    url: `/api/org-units/${await unitOf(c)}`,
  }),
  'POST /api/org-units': async (c) => ({
    method: 'POST',
    url: '/api/org-units',
    body: {
      code: `TEST-${c.n}`,
      parentId: await unitOf(c),
      kind: 'group',
      nameNb: 'Testgruppe',
      nameEn: 'Test group',
    },
  }),
  'PATCH /api/org-units/{id}': async (c) => ({
    method: 'PATCH',
    url: `/api/org-units/${await unitOf(c)}`,
    body: { active: true },
  }),
  'PUT /api/org-units/{id}/predecessors': async (c) => ({
    method: 'PUT',
    url: `/api/org-units/${await unitOf(c)}/predecessors`,
    body: { predecessorIds: [] },
  }),

  'GET /api/rounds': async () => ({ method: 'GET', url: '/api/rounds' }),
  'GET /api/rounds/{id}': async (c) => ({ method: 'GET', url: `/api/rounds/${await roundOf(c)}` }),
  'POST /api/rounds': async (c) => ({
    method: 'POST',
    url: '/api/rounds',
    body: { name: `Runde ${c.n}`, year: nextYear() },
  }),
  'PATCH /api/rounds/{id}': async (c) => {
    const id = await roundOf(c);
    return {
      method: 'PATCH',
      url: `/api/rounds/${id}`,
      body: { version: await version(c, `/api/rounds/${id}`), invitedCount: 7615 },
    };
  },

  'GET /api/cases': async () => ({ method: 'GET', url: '/api/cases?pageSize=5' }),
  'POST /api/cases': async (c) => {
    const { id } = await scalar(
      c,
      `INSERT INTO survey_round (name, year) VALUES ($1, $2) RETURNING id`,
      [`Ekstra ${c.n}`, nextYear()],
    );
    return { method: 'POST', url: '/api/cases', body: { roundId: id, unitId: await unitOf(c) } };
  },
  'GET /api/cases/{id}': async (c) => ({ method: 'GET', url: `/api/cases/${c.fx.caseId}` }),
  'PATCH /api/cases/{id}/workshop': async (c) => ({
    method: 'PATCH',
    url: `/api/cases/${c.fx.caseId}/workshop`,
    body: { version: await version(c, `/api/cases/${c.fx.caseId}`), notes: `Notat ${c.n}` },
  }),
  'POST /api/cases/{id}/transitions': async (c) => {
    const detail = (await c.admin.get(`/api/cases/${c.fx.caseId}`)).body;
    const twoAhead = { results_published: 'areas_chosen', measures_planned: 'results_presented' }[
      detail.state as string
    ];
    return {
      method: 'POST',
      url: `/api/cases/${c.fx.caseId}/transitions`,
      body: { version: detail.version, to: twoAhead },
    };
  },
  'GET /api/cases/{id}/results': async (c) => ({
    method: 'GET',
    url: `/api/cases/${c.fx.caseId}/results`,
  }),
  'GET /api/cases/{id}/groups': async (c) => ({
    method: 'GET',
    url: `/api/cases/${c.fx.caseId}/groups`,
  }),
  'POST /api/cases/{id}/groups': async (c) => ({
    method: 'POST',
    url: `/api/cases/${c.fx.caseId}/groups`,
    body: {
      name: `Gruppe ${c.n}`,
      proposals: [{ kind: 'preserve', title: 'Godt kollegafellesskap' }],
    },
  }),
  'PATCH /api/cases/{id}/groups/{groupId}': async (c) => ({
    method: 'PATCH',
    url: `/api/cases/${c.fx.caseId}/groups/${c.fx.groupId}`,
    body: {
      version: (await scalar(c, 'SELECT version FROM workshop_group WHERE id = $1', [c.fx.groupId]))
        .version,
      proposals: [{ kind: 'develop', title: `Område ${c.n}` }],
    },
  }),
  'GET /api/cases/{id}/plenary': async (c) => ({
    method: 'GET',
    url: `/api/cases/${c.fx.caseId}/plenary`,
  }),
  'GET /api/cases/{id}/areas': async (c) => ({
    method: 'GET',
    url: `/api/cases/${c.fx.caseId}/areas`,
  }),
  'POST /api/cases/{id}/areas': async (c) => ({
    method: 'POST',
    url: `/api/cases/${c.fx.caseId}/areas`,
    body: { kind: 'develop', title: `Område ${c.n}` },
  }),
  'PATCH /api/cases/{id}/areas/{areaId}': async (c) => ({
    method: 'PATCH',
    url: `/api/cases/${c.fx.caseId}/areas/${c.fx.areaId}`,
    body: {
      version: (await scalar(c, 'SELECT version FROM area WHERE id = $1', [c.fx.areaId])).version,
      rank: 1,
    },
  }),
  'GET /api/cases/{id}/measures': async (c) => ({
    method: 'GET',
    url: `/api/cases/${c.fx.caseId}/measures`,
  }),
  'POST /api/cases/{id}/measures': async (c) => ({
    method: 'POST',
    url: `/api/cases/${c.fx.caseId}/measures`,
    body: { areaId: c.fx.areaId, title: `Tiltak ${c.n}` },
  }),
  'GET /api/cases/{id}/comments': async (c) => ({
    method: 'GET',
    url: `/api/cases/${c.fx.caseId}/comments`,
  }),
  'POST /api/cases/{id}/comments': async (c) => ({
    method: 'POST',
    url: `/api/cases/${c.fx.caseId}/comments`,
    body: { body: 'Fint arbeid' },
  }),
  'GET /api/cases/{id}/confirmations': async (c) => ({
    method: 'GET',
    url: `/api/cases/${c.fx.caseId}/confirmations`,
  }),
  'POST /api/cases/{id}/confirmations': async (c) => ({
    method: 'POST',
    url: `/api/cases/${c.fx.caseId}/confirmations`,
    body: { phase: 'results_published', note: `Deltok ${c.n}` },
  }),
  'GET /api/cases/{id}/timeline': async (c) => ({
    method: 'GET',
    url: `/api/cases/${c.fx.caseId}/timeline`,
  }),
  'PUT /api/cases/{id}/results': async (c) => {
    const stored = await scalar(
      c,
      'SELECT ur.version FROM unit_result ur JOIN follow_up_case fc ON fc.round_id = ur.round_id AND fc.unit_id = ur.unit_id WHERE fc.id = $1',
      [c.fx.caseId],
    );
    return {
      method: 'PUT',
      url: `/api/cases/${c.fx.caseId}/results`,
      body: {
        version: stored?.version,
        invited: 40,
        respondents: 30 + (c.n % 5),
        indices: { autonomy: { mean: 3.9, sd: 0.8, n: 30 } },
      },
    };
  },
  'GET /api/cases/{id}/plan.pdf': async (c) => ({
    method: 'GET',
    url: `/api/cases/${c.fx.caseId}/plan.pdf`,
  }),
  'GET /api/cases/{id}/plan.xlsx': async (c) => ({
    method: 'GET',
    url: `/api/cases/${c.fx.caseId}/plan.xlsx`,
  }),
  'GET /api/cases/{id}/impact': async (c) => ({
    method: 'GET',
    url: `/api/cases/${c.fx.caseId}/impact`,
  }),

  'GET /api/measures/{id}': async (c) => ({
    method: 'GET',
    url: `/api/measures/${c.fx.measureId}`,
  }),
  'PATCH /api/measures/{id}': async (c) => ({
    method: 'PATCH',
    url: `/api/measures/${c.fx.measureId}`,
    body: {
      version: await version(c, `/api/measures/${c.fx.measureId}`),
      description: `Beskrivelse ${c.n}`,
    },
  }),
  'POST /api/measures/{id}/status': async (c) => ({
    method: 'POST',
    url: `/api/measures/${c.fx.measureId}/status`,
    body: { version: await version(c, `/api/measures/${c.fx.measureId}`), status: 'in_progress' },
  }),
  'POST /api/measures/{id}/deadline': async (c) => ({
    method: 'POST',
    url: `/api/measures/${c.fx.measureId}/deadline`,
    body: {
      version: await version(c, `/api/measures/${c.fx.measureId}`),
      deadline: `2027-0${1 + (c.n % 9)}-${10 + (c.n % 18)}`,
      reason: 'Ny plan for våren',
    },
  }),
  'POST /api/measures/{id}/cancel': async (c) => {
    const m = (
      await c.admin.post(`/api/cases/${c.fx.caseId}/measures`, {
        areaId: c.fx.areaId,
        title: `Avbrytes ${c.n}`,
      })
    ).body;
    return {
      method: 'POST',
      url: `/api/measures/${m.id}/cancel`,
      body: { version: m.version, reason: 'Erstattet av et annet tiltak' },
    };
  },
  'PUT /api/measures/{id}/evaluation': async (c) => ({
    method: 'PUT',
    url: `/api/measures/${c.fx.measureId}/evaluation`,
    body: {
      version: await version(c, `/api/measures/${c.fx.measureId}`),
      achieved: 'partly',
      verdict: 'adjust',
      whatChanged: 'Noe bedre',
    },
  }),

  'POST /api/imports/results': async (c) => {
    const { code } = await scalar(
      c,
      'SELECT o.code FROM follow_up_case fc JOIN org_unit o ON o.id = fc.unit_id WHERE fc.id = $1',
      [c.fx.caseId],
    );
    return {
      method: 'POST',
      url: `/api/imports/results?roundId=${await roundOf(c)}`,
      client: await fileClient(c, CSV, toCsv([resultRow(code, c.n)])),
    };
  },
  'POST /api/imports/sector-benchmark': async (c) => ({
    method: 'POST',
    url: `/api/imports/sector-benchmark?roundId=${await roundOf(c)}`,
    client: await fileClient(
      c,
      CSV,
      `index_code,mean\nautonomy,${(3 + (c.n % 100) / 100).toFixed(2)}\n`,
    ),
  }),
  'POST /api/imports/org-units': async (c) => ({
    method: 'POST',
    url: '/api/imports/org-units?dryRun=false',
    client: await fileClient(
      c,
      CSV,
      `code,parent_code,kind,name_nb,name_en\nIMP-${c.n},IE,group,Gruppe ${c.n},Group ${c.n}\n`,
    ),
  }),
  'POST /api/imports/people': async (c) => ({
    method: 'POST',
    url: '/api/imports/people?dryRun=false&mode=merge',
    client: await fileClient(
      c,
      CSV,
      `email,name,unit_code,role\nimp.${c.n}@tiltak.example,Importert ${c.n},IE,employee\n`,
    ),
  }),
  'GET /api/imports/history': async () => ({ method: 'GET', url: '/api/imports/history' }),
  'GET /api/imports/history/{id}/file': async (c) => ({
    method: 'GET',
    url: `/api/imports/history/${(await scalar(c, 'SELECT id FROM import_run ORDER BY at LIMIT 1')).id}/file`,
  }),
  'GET /api/reports/completion': async (c) => ({
    method: 'GET',
    url: `/api/reports/completion?roundId=${await roundOf(c)}&unitId=${await unitOf(c)}&groupBy=unit`,
  }),
  'GET /api/reports/overdue': async (c) => ({
    method: 'GET',
    url: `/api/reports/overdue?roundId=${await roundOf(c)}&unitId=${await unitOf(c)}`,
  }),
  'GET /api/reports/impact': async (c) => ({
    method: 'GET',
    url: `/api/reports/impact?roundId=${await roundOf(c)}&unitId=${await unitOf(c)}`,
  }),
  'GET /api/reports/results': async (c) => ({
    method: 'GET',
    url: `/api/reports/results?roundId=${await roundOf(c)}&unitId=${await unitOf(c)}`,
  }),
};

/** A client of the user that sends a file as the raw request body (imports take CSV/XLSX, not JSON). */
async function fileClient(c: Ctx, type: string, file: string): Promise<Client> {
  const cookie = c.user === 'anonymous' ? null : await sessionOf(c.t, email(c.user));
  const request = async (method: Method, url: string) =>
    upload(c.t, cookie, url, type, file, method === 'PUT' ? 'PUT' : 'POST');
  return {
    raw: request,
    get: (url) => request('GET', url),
    delete: (url) => request('DELETE', url),
    post: (url: string) => request('POST', url),
    patch: (url: string) => request('PATCH', url),
    put: (url: string) => request('PUT', url),
  };
}

async function newUser(c: Ctx): Promise<{ id: string }> {
  return scalar(c, `INSERT INTO app_user (name, email) VALUES ('Test Person', $1) RETURNING id`, [
    `test.${c.n}.${c.target}@tiltak.example`,
  ]);
}
async function unitOf(c: Ctx): Promise<string> {
  return (await scalar(c, 'SELECT unit_id FROM follow_up_case WHERE id = $1', [c.fx.caseId]))
    .unit_id;
}
async function roundOf(c: Ctx): Promise<string> {
  return (await scalar(c, 'SELECT round_id FROM follow_up_case WHERE id = $1', [c.fx.caseId]))
    .round_id;
}

function outcomeOf(status: number): Outcome | string {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 409) return 'guard';
  return String(status);
}

describe('authorization matrix', () => {
  let t: TestApp;
  let admin: Client;
  const clients = new Map<DemoUser, Client>();
  const fixtures = {} as Record<Target, Fixture>;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login(email('admin'));
    for (const user of USERS)
      clients.set(user, user === 'anonymous' ? t.anonymous : await t.login(email(user)));
    for (const [target, code] of [
      ['idi', 'IE-IDI'],
      ['itk', 'IE-ITK'],
    ] as const) {
      const [{ id: caseId }] = await t.db.query(
        `SELECT c.id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id JOIN survey_round r ON r.id = c.round_id WHERE o.code = $1 AND r.year = 2023`,
        [code],
      );
      const group = (
        await admin.post(`/api/cases/${caseId}/groups`, { name: 'Matrisegruppe', proposals: [] })
      ).body;
      const area = (
        await admin.post(`/api/cases/${caseId}/areas`, {
          kind: 'develop',
          title: 'Matriseområde',
          selected: true,
        })
      ).body;
      const measure = (
        await admin.post(`/api/cases/${caseId}/measures`, {
          areaId: area.id,
          title: 'Matrisetiltak',
          goal: 'Mål',
          responsibleRole: 'Leder',
          deadline: '2027-01-15',
        })
      ).body;
      fixtures[target] = { caseId, areaId: area.id, groupId: group.id, measureId: measure.id };
    }
  });
  afterAll(() => t.close());

  it('has rows for exactly the routes the API serves', () => {
    const doc = SwaggerModule.createDocument(t.app, new DocumentBuilder().build());
    const served = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(Object.keys(AUTHORIZATION_MATRIX).sort()).toEqual(served);
    expect(Object.keys(REQUESTS).sort()).toEqual(served);
  });

  it('gives every demo user the expected outcome on every route, for their own unit and another', async () => {
    const mismatches: string[] = [];
    let n = 0;
    for (const [route, row] of Object.entries(AUTHORIZATION_MATRIX)) {
      for (const user of USERS) {
        for (const [i, target] of (['idi', 'itk'] as const).entries()) {
          n += 1;
          const req = await REQUESTS[route]({ t, admin, target, fx: fixtures[target], user, n });
          const client = req.client ?? clients.get(user)!;
          const res = await client.raw(req.method, req.url, req.body);
          const got = outcomeOf(res.status);
          if (got !== row[user][i]) {
            mismatches.push(
              `${route} as ${user} on ${target}: expected ${row[user][i]}, got ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`,
            );
          }
          if (res.status === 404 || res.status === 403) {
            // A denial names no data of the case.
            expect(JSON.stringify(res.body)).not.toMatch(/IE-IDI|IE-ITK|Matrise/);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    // 68 routes × 9 users × 2 units, one request after another: over a minute on a busy 2-core machine.
  }, 300_000);
});
