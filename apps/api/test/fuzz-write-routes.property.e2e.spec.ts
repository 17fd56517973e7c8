import fc from 'fast-check';
import { SESSION_COOKIE } from '../src/modules/auth/session.service';
import { browserHeaders, startTestApp, type TestApp } from './api-harness';
import { bodyFor, nasty, type WriteFixture, writeFixture, writeRoutes } from './write-routes';

/**
 * The outside probe, as a property (issue 10): thousands of hostile bodies and query strings against the
 * write routes. Whatever arrives, the API answers without a 5xx, and nothing is half-saved: every
 * successful write leaves exactly one audit row, every refused one none.
 * Run alone: `npx jest -c apps/api/jest.config.cts fuzz-write-routes`.
 */
describe('fuzz: write routes under hostile bodies and query strings', () => {
  let t: TestApp;
  let fixture: WriteFixture;

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await writeFixture(t);
  });
  afterAll(() => t.close());

  const deep = (levels: number): unknown => {
    let v: unknown = 'x';
    for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v };
    return v;
  };

  /** The probe's findings and their relatives, on top of the property test's awkward values. */
  const hostile = fc.oneof(
    { weight: 3, arbitrary: nasty },
    fc.constantFrom(
      '\ud800@tiltak.example',
      'a\udfffb',
      'a\u0000b',
      'Tittel\rATTENDEE:mailto:x@y',
      'To\nlinjer',
      'Tab\t',
      '\u0007\u001b[31m',
      '\u0085',
      '\u2028',
      '   ',
      '\u00a0',
      true,
      false,
      '1',
      [],
      {},
    ),
    fc.constantFrom(deep(31), deep(33), deep(200)),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );

  /** Raw query strings, percent-escapes included: broken UTF-8, NUL, lone surrogates, repeated keys. */
  const piece = fc.oneof(
    fc.constantFrom(
      '%00',
      '%ED%A0%80',
      '%F0%9F%98%80',
      '%C3%A6',
      '%',
      '%ZZ',
      '%0D%0A',
      '+',
      '&',
      '=',
      '[]',
      '[0]',
      '__proto__',
      'constructor',
      'version',
      'q',
      'status',
      'page',
      'pageSize',
      'true',
      '-1',
      '1e309',
    ),
    fc.stringMatching(/^[\w.~-]{0,12}$/),
  );
  const queryString = fc.oneof(
    { weight: 2, arbitrary: fc.constant('') },
    fc
      .array(fc.tuple(piece, fc.array(piece, { maxLength: 3 })), { minLength: 1, maxLength: 4 })
      .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${v.join('')}`).join('&')),
  );

  async function sessionOf(email: string): Promise<string> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/dev-login',
      headers: browserHeaders(),
      payload: { email },
    });
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    if (!cookie) throw new Error(`dev-login as ${email} failed: ${res.statusCode}`);
    return cookie.value;
  }

  const auditCount = async () =>
    Number((await t.db.query('SELECT count(*) AS n FROM audit_event'))[0].n);

  it('answers ≥ 5,000 generated requests on ≥ 15 write routes without a 5xx; audit rows equal successful writes', async () => {
    const routes = writeRoutes(t, fixture);
    expect(routes.length).toBeGreaterThanOrEqual(15);
    const sessions = new Map([
      [fixture.admin, await sessionOf('admin@tiltak.example')],
      [fixture.vo, await sessionOf('vo.idi@tiltak.example')],
    ]);
    const runs = Math.ceil(5_000 / routes.length);
    const auditBefore = await auditCount();
    // Every request carries its own request id, which the audit rows record: checked in one query at the end.
    const outcomes = new Map<string, { route: string; status: number }>();
    const statuses = new Map<number, number>();
    for (const [i, route] of routes.entries()) {
      const fields = await route.fields();
      // Read again after each successful write: a body that kept its generated version gets the current one.
      let current = fields['version'];
      await fc.assert(
        // Now and then the valid body itself, so that the commit path is exercised as well as the refusals.
        fc.asyncProperty(
          fc.oneof(
            { weight: 1, arbitrary: fc.constant(fields) },
            { weight: 5, arbitrary: bodyFor(fields, hostile) },
          ),
          queryString,
          async (generated, query) => {
            const body =
              'version' in fields &&
              typeof generated === 'object' &&
              generated !== null &&
              (generated as { version?: unknown }).version === fields['version']
                ? { ...generated, version: current }
                : generated;
            const id = `fuzz-${outcomes.size}`;
            const label = `${route.method} ${route.url()}${query}`;
            const res = await t.app.inject({
              method: route.method,
              url: route.url() + query,
              headers: {
                ...browserHeaders(sessions.get(route.client())),
                'x-request-id': id,
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
              },
              payload: body === undefined ? undefined : JSON.stringify(body),
            });
            outcomes.set(id, { route: label, status: res.statusCode });
            statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
            expect({ route: label, status: res.statusCode < 500 ? 'below 500' : res.body }).toEqual(
              { route: label, status: 'below 500' },
            );
            if (res.statusCode >= 400)
              expect(res.json()).toEqual(
                expect.objectContaining({
                  statusCode: res.statusCode,
                  error: expect.any(String),
                  message: expect.any(String),
                }),
              );
            else if ('version' in fields) current = (await route.fields())['version'];
          },
        ),
        { numRuns: runs, seed: 20261204 + i },
      );
    }
    const succeeded = [...outcomes.values()].filter((o) => o.status < 300).length;
    if (process.env['FUZZ_STATS'])
      console.log(
        `fuzz: ${outcomes.size} requests, ${succeeded} writes`,
        Object.fromEntries(statuses),
      );
    expect(outcomes.size).toBeGreaterThanOrEqual(5_000);
    // Nothing half-saved: one audit row for each successful write, none for a refused one.
    const rows: { request_id: string; n: string }[] = await t.db.query(
      `SELECT request_id, count(*) AS n FROM audit_event WHERE request_id LIKE 'fuzz-%' GROUP BY request_id`,
    );
    const audited = new Map(rows.map((r) => [r.request_id, Number(r.n)]));
    const mismatches = [...outcomes.entries()]
      .filter(([id, o]) => (audited.get(id) ?? 0) !== (o.status < 300 ? 1 : 0))
      .map(([id, o]) => ({ ...o, auditRows: audited.get(id) ?? 0 }));
    expect(mismatches).toEqual([]);
    expect((await auditCount()) - auditBefore).toBe(succeeded);
    // The generator must reach both outcomes, or the property says little.
    expect(succeeded).toBeGreaterThan(200);
    expect(statuses.get(400)).toBeGreaterThan(1_000);
  }, 180_000);

  it('answers hostile query strings on list routes and raw non-JSON bodies without a 5xx', async () => {
    const lists = ['/api/users', '/api/cases', '/api/reports/overdue', '/api/org-units'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...lists), queryString, async (url, query) => {
        const res = await fixture.admin.get(url + query);
        expect({ url: url + query, status: res.status }).toEqual({
          url: url + query,
          status: expect.any(Number),
        });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 200, seed: 20261205 },
    );
    const raw = fc.tuple(
      fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        '',
      ),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(raw, async ([type, payload]) => {
        const before = await auditCount();
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/users',
          headers: { ...browserHeaders(), ...(type ? { 'content-type': type } : {}) },
          payload,
        });
        expect(res.statusCode).toBeLessThan(500);
        expect(res.statusCode).toBeGreaterThanOrEqual(400);
        expect(await auditCount()).toBe(before);
      }),
      { numRuns: 100, seed: 20261206 },
    );
  }, 60_000);
});
