import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ResponseObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { browserHeaders, startTestApp, type TestApp } from './api-harness';
import { CSV, sessionOf, upload } from './fixtures/result-files';

/**
 * The OpenAPI document against the real answers: every GET operation is called with ids from the demo
 * data, as a user who may see it, and its body is checked against the schema the document declares.
 */
describe('GET /api/docs-json', () => {
  let t: TestApp;
  let document: OpenAPIObject;
  let admin: string;
  const ids: Record<string, string> = {};

  const one = async (sql: string, params: unknown[] = []) => {
    const [row] = (await t.db.query(sql, params)) as { id: string }[];
    if (!row) throw new Error(`No row for ${sql}`);
    return row.id;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await sessionOf(t, 'admin@tiltak.example');
    // The demo data has no import history: one people import makes a row (and its file) to read.
    const imported = await upload(
      t,
      admin,
      '/api/imports/people?dryRun=false&mode=merge&filename=people.csv',
      CSV,
      'email,name,unit_code,role\nopenapi.test@tiltak.example,Openapi Test,IE,employee\n',
    );
    expect(imported.status).toBe(200);
    const calendar = await t.app.inject({
      method: 'POST',
      url: '/api/calendar/token',
      headers: browserHeaders(admin),
    });
    ids['calendar'] = new URL(calendar.json<{ url: string }>().url).pathname.split('/').pop()!;
    ids['case'] = await one(
      `SELECT c.id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id
       JOIN survey_round r ON r.id = c.round_id WHERE o.code = 'IE-IDI' AND r.year = 2023`,
    );
    ids['round'] = await one('SELECT round_id AS id FROM follow_up_case WHERE id = $1', [
      ids['case'],
    ]);
    ids['unit'] = await one('SELECT unit_id AS id FROM follow_up_case WHERE id = $1', [
      ids['case'],
    ]);
    ids['measure'] = await one('SELECT id FROM measure ORDER BY id LIMIT 1');
    ids['user'] = await one(`SELECT id FROM app_user WHERE email = 'leder.idi@tiltak.example'`);
    ids['import'] = await one('SELECT id FROM import_run ORDER BY at DESC LIMIT 1');
    const res = await t.app.inject({ method: 'GET', url: '/api/docs-json' });
    document = res.json();
  });
  afterAll(() => t.close());

  /** How to call each GET operation of the document (admin sees everything; the feed needs its token). */
  const urls: Record<string, () => string> = {
    '/api/health': () => '/api/health',
    '/api/auth/config': () => '/api/auth/config',
    '/api/auth/me': () => '/api/auth/me',
    '/api/auth/dev-users': () => '/api/auth/dev-users',
    '/api/users': () => '/api/users?pageSize=5',
    '/api/users/{id}': () => `/api/users/${ids['user']}`,
    '/api/users/{id}/roles': () => `/api/users/${ids['user']}/roles`,
    '/api/content/speak-up': () => '/api/content/speak-up',
    '/api/org-units': () => '/api/org-units',
    '/api/org-units/{id}': () => `/api/org-units/${ids['unit']}`,
    '/api/rounds': () => '/api/rounds',
    '/api/rounds/{id}': () => `/api/rounds/${ids['round']}`,
    '/api/rounds/{id}/escalation-policy': () => `/api/rounds/${ids['round']}/escalation-policy`,
    '/api/cases': () => '/api/cases?pageSize=5',
    '/api/cases/{id}': () => `/api/cases/${ids['case']}`,
    '/api/cases/{id}/results': () => `/api/cases/${ids['case']}/results`,
    '/api/cases/{id}/groups': () => `/api/cases/${ids['case']}/groups`,
    '/api/cases/{id}/plenary': () => `/api/cases/${ids['case']}/plenary`,
    '/api/cases/{id}/areas': () => `/api/cases/${ids['case']}/areas`,
    '/api/cases/{id}/measures': () => `/api/cases/${ids['case']}/measures`,
    '/api/cases/{id}/comments': () => `/api/cases/${ids['case']}/comments`,
    '/api/cases/{id}/confirmations': () => `/api/cases/${ids['case']}/confirmations`,
    '/api/cases/{id}/timeline': () => `/api/cases/${ids['case']}/timeline`,
    '/api/cases/{id}/impact': () => `/api/cases/${ids['case']}/impact`,
    '/api/cases/{id}/plan.pdf': () => `/api/cases/${ids['case']}/plan.pdf`,
    '/api/cases/{id}/plan.xlsx': () => `/api/cases/${ids['case']}/plan.xlsx`,
    '/api/measures/{id}': () => `/api/measures/${ids['measure']}`,
    '/api/imports/history': () => '/api/imports/history',
    '/api/imports/history/{id}/file': () => `/api/imports/history/${ids['import']}/file`,
    '/api/reports/completion': () => `/api/reports/completion?roundId=${ids['round']}`,
    '/api/reports/overdue': () => `/api/reports/overdue?roundId=${ids['round']}`,
    '/api/reports/impact': () => `/api/reports/impact?roundId=${ids['round']}`,
    '/api/reports/results': () => `/api/reports/results?roundId=${ids['round']}`,
    '/api/escalations/preview': () => '/api/escalations/preview?days=30',
    '/api/notifications': () => '/api/notifications?pageSize=5',
    '/api/calendar/{token}': () => `/api/calendar/${ids['calendar']}`,
  };

  const getOperations = () =>
    Object.entries(document.paths)
      .filter(([, item]) => item.get)
      .map(([path, item]) => [path, item.get as OperationObject] as const);

  it('has a request for every GET operation it declares', () => {
    expect(
      getOperations()
        .map(([path]) => path)
        .sort(),
    ).toEqual(Object.keys(urls).sort());
  });

  it('answers every GET operation with a body its declared schema accepts', async () => {
    // The document is OpenAPI 3.0: `nullable` is its keyword, and schemas carry `example`s.
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema({ components: document.components }, 'document.json');
    const problems: string[] = [];
    let checked = 0;
    const calls = getOperations().flatMap(([path, op]) => {
      const url = urls[path]();
      // Reports also answer as files: each declared media type is asked for once.
      const files = Object.keys((op.responses['200'] as ResponseObject).content ?? {}).filter(
        (type) => type !== 'application/json' && url.includes('/api/reports/'),
      );
      const formats = files.map((type) => (type === 'text/csv' ? 'csv' : 'xlsx'));
      return [url, ...formats.map((format) => `${url}&format=${format}`)].map(
        (call) => [op, call] as const,
      );
    });
    for (const [op, url] of calls) {
      const res = await t.app.inject({ method: 'GET', url, headers: browserHeaders(admin) });
      const [status, declared] = Object.entries(op.responses).find(([s]) => s.startsWith('2')) as [
        string,
        ResponseObject,
      ];
      if (String(res.statusCode) !== status) {
        problems.push(
          `${url}: status ${res.statusCode}, declared ${status}: ${res.body.slice(0, 200)}`,
        );
        continue;
      }
      const contentType = String(res.headers['content-type']).split(';')[0];
      const media = declared.content?.[contentType];
      if (!media) {
        problems.push(
          `${url}: answered ${contentType}, declared ${Object.keys(declared.content ?? {})}`,
        );
        continue;
      }
      if (contentType !== 'application/json') continue;
      // The schema's references resolve against the document's components.
      const validate = ajv.compile(
        JSON.parse(
          JSON.stringify(media.schema).replace(/"#\/components\//g, '"document.json#/components/'),
        ),
      );
      checked += 1;
      if (!validate(res.json())) {
        problems.push(`${url}: ${ajv.errorsText(validate.errors, { separator: '\n  ' })}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(25);
    expect(calls.filter(([, url]) => url.includes('&format=')).length).toBe(6);
  });
});
