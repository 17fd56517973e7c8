import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SESSION_COOKIE } from '../src/modules/auth/session.service';
import { browserHeaders, type Client, startTestApp, type TestApp } from './api-harness';

/**
 * One test per finding of the outside probe (issue 10), each failing on the code the probe ran against:
 * CSRF, 500s from hostile input, missing security headers, no rate limit, control characters.
 */
describe('security probe findings', () => {
  let t: TestApp;
  let admin: Client;
  let adminSession: string;
  let webDir: string;
  let ids: { caseId: string; unitId: string; userId: string; areaId: string; leaderId: string };

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'tiltak-web-'));
    writeFileSync(
      join(webDir, 'index.html'),
      '<!doctype html><html><body><app-root></app-root></body></html>',
    );
    // The default sign-in limit (30 per IP and minute): the probe's 300 attempts in 1.8 s must be slowed.
    t = await startTestApp({
      env: { RATE_LIMIT_SIGN_IN: '30', RATE_LIMIT_WRITES: '300', WEB_DIST_DIR: webDir },
    });
    admin = await t.login('admin@tiltak.example');
    adminSession = await sessionOf('admin@tiltak.example');
    const [c] = await t.db.query(
      `SELECT c.id, c.unit_id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id JOIN survey_round r ON r.id = c.round_id
        WHERE o.code = 'IE-IDI' AND r.year = 2023`,
    );
    const [u] = await t.db.query(
      `SELECT id FROM app_user WHERE email = 'ansatt.idi@tiltak.example'`,
    );
    const [leader] = await t.db.query(
      `SELECT id FROM app_user WHERE email = 'leder.idi@tiltak.example'`,
    );
    const area = (
      await admin.post(`/api/cases/${c.id}/areas`, {
        kind: 'develop',
        title: 'Probe',
        selected: true,
      })
    ).body;
    ids = { caseId: c.id, unitId: c.unit_id, userId: u.id, areaId: area.id, leaderId: leader.id };
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  async function sessionOf(email: string): Promise<string> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/dev-login',
      headers: browserHeaders(),
      payload: { email },
    });
    return res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
  }

  const roleCount = async () =>
    Number(
      (
        await t.db.query(`SELECT count(*) AS n FROM role_assignment WHERE user_id = $1`, [
          ids.userId,
        ])
      )[0].n,
    );

  describe('cross-site request forgery', () => {
    it('refuses the form-encoded role grant from a foreign Origin, and grants nothing', async () => {
      const before = await roleCount();
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/users/${ids.userId}/roles`,
        headers: {
          cookie: `${SESSION_COOKIE}=${adminSession}`,
          origin: 'http://evil.example',
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: `role=admin&unitId=${ids.unitId}`,
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual(
        expect.objectContaining({
          statusCode: 403,
          error: 'Forbidden',
          message: expect.stringContaining('http://evil.example'),
        }),
      );
      expect(await roleCount()).toBe(before);
    });

    it('parses no form bodies even with a valid token: 415 naming the content type', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/users/${ids.userId}/roles`,
        headers: {
          ...browserHeaders(adminSession),
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: `role=admin&unitId=${ids.unitId}`,
      });
      expect(res.statusCode).toBe(415);
      expect(res.json()).toEqual(
        expect.objectContaining({
          statusCode: 415,
          error: 'Unsupported Media Type',
          message: expect.stringContaining('application/x-www-form-urlencoded'),
        }),
      );
      const text = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { ...browserHeaders(adminSession), 'content-type': 'text/plain' },
        payload: 'x',
      });
      expect(text.statusCode).toBe(415);
    });

    it('needs the X-XSRF-TOKEN header to repeat the XSRF-TOKEN cookie on every write, sign-in and sign-out included', async () => {
      const before = await roleCount();
      const json = { 'content-type': 'application/json' };
      const noToken = await t.app.inject({
        method: 'POST',
        url: `/api/users/${ids.userId}/roles`,
        headers: { ...json, cookie: `${SESSION_COOKIE}=${adminSession}` },
        payload: { role: 'admin', unitId: ids.unitId },
      });
      expect(noToken.statusCode).toBe(403);
      expect(noToken.json().message).toContain('X-XSRF-TOKEN');
      const wrong = await t.app.inject({
        method: 'POST',
        url: `/api/users/${ids.userId}/roles`,
        headers: {
          ...json,
          cookie: `XSRF-TOKEN=aaaaaaaaaaaaaaaaaaaaaaaa; ${SESSION_COOKIE}=${adminSession}`,
          'x-xsrf-token': 'bbbbbbbbbbbbbbbbbbbbbbbb',
        },
        payload: { role: 'admin', unitId: ids.unitId },
      });
      expect(wrong.statusCode).toBe(403);
      // An Authorization header means nothing under /api (sessions are cookies): it skips no check.
      const bearer = await t.app.inject({
        method: 'POST',
        url: `/api/users/${ids.userId}/roles`,
        headers: {
          ...json,
          authorization: 'Bearer anything',
          cookie: `${SESSION_COOKIE}=${adminSession}`,
        },
        payload: { role: 'admin', unitId: ids.unitId },
      });
      expect(bearer.statusCode).toBe(403);
      expect(await roleCount()).toBe(before);
      // Login CSRF: a forged dev login gets no session.
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/dev-login',
        headers: json,
        payload: { email: 'admin@tiltak.example' },
      });
      expect(login.statusCode).toBe(403);
      expect(login.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
      const logout = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: `${SESSION_COOKIE}=${adminSession}` },
      });
      expect(logout.statusCode).toBe(403);
      expect((await admin.get('/api/auth/me')).status).toBe(200);
    });

    it('refuses Sec-Fetch-Site: cross-site, and hands out a readable XSRF-TOKEN cookie on any response', async () => {
      const res = await t.app.inject({
        method: 'PATCH',
        url: '/api/users/me',
        headers: {
          ...browserHeaders(adminSession),
          'sec-fetch-site': 'cross-site',
          'content-type': 'application/json',
        },
        payload: { language: 'en' },
      });
      expect(res.statusCode).toBe(403);
      const same = await t.app.inject({
        method: 'PATCH',
        url: '/api/users/me',
        headers: {
          ...browserHeaders(adminSession),
          'sec-fetch-site': 'same-origin',
          origin: 'http://localhost:3000',
          'content-type': 'application/json',
        },
        payload: { language: 'nb' },
      });
      expect(same.statusCode).toBe(200);
      const fresh = await t.app.inject({ method: 'GET', url: '/api/health' });
      const cookie = fresh.cookies.find((c) => c.name === 'XSRF-TOKEN');
      expect(cookie).toEqual(expect.objectContaining({ path: '/', sameSite: 'Lax' }));
      expect(cookie!.httpOnly).toBeFalsy();
      expect(cookie!.value).toMatch(/^[\w-]{40,}$/);
    });
  });

  describe('hostile input is a 400, not a 500', () => {
    it('refuses JSON nested 3,000 levels deep before sign-in, naming the body', async () => {
      const deep = '['.repeat(3000) + ']'.repeat(3000);
      for (const payload of [`{"email":${deep}}`, deep]) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/auth/dev-login',
          headers: { ...browserHeaders(), 'content-type': 'application/json' },
          payload,
        });
        expect(res.statusCode).toBe(400);
        expect(res.json()).toEqual(
          expect.objectContaining({
            statusCode: 400,
            error: 'Bad Request',
            message: expect.stringContaining('nested deeper than 32 levels'),
          }),
        );
      }
      // 32 levels are fine as JSON (the DTO then says what is wrong).
      const ok = await t.app.inject({
        method: 'POST',
        url: '/api/auth/dev-login',
        headers: { ...browserHeaders(), 'content-type': 'application/json' },
        payload: `{"email":${'['.repeat(31)}${']'.repeat(31)}}`,
      });
      expect(ok.statusCode).toBe(400);
      expect(ok.json().message).toContain('email');
    });

    it('refuses a lone UTF-16 surrogate in an e-mail on dev login, POST /api/users and PATCH /api/users/{id}', async () => {
      const email = '\ud800@tiltak.example';
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/dev-login',
        headers: { ...browserHeaders(), 'content-type': 'application/json' },
        payload: '{"email":"\\ud800@tiltak.example"}',
      });
      expect(login.statusCode).toBe(400);
      expect(login.json().details).toEqual([expect.objectContaining({ field: 'email' })]);
      const create = await admin.post('/api/users', { name: 'Surrogat', email });
      expect(create.status).toBe(400);
      expect(create.body.details).toEqual([expect.objectContaining({ field: 'email' })]);
      const update = await admin.patch(`/api/users/${ids.userId}`, { email });
      expect(update.status).toBe(400);
      expect(update.body.message).toContain('email');
      const query = await admin.get('/api/users?q=%ED%A0%80');
      expect(query.status).toBeLessThan(500);
    });

    it('limits body size per route: 128 KB for JSON in general, more for the speak-up page', async () => {
      const big = 'x'.repeat(140 * 1024);
      const res = await admin.post(`/api/cases/${ids.caseId}/comments`, { body: big });
      expect(res.status).toBe(413);
      expect(res.body).toEqual(
        expect.objectContaining({
          statusCode: 413,
          error: 'Payload Too Large',
          message: expect.stringContaining('body is larger than'),
        }),
      );
      const page = (await admin.get('/api/content/speak-up')).body;
      const long = await admin.put('/api/content/speak-up', {
        version: page.version,
        bodyNb: 'æ'.repeat(20_000),
        bodyEn: 'ø'.repeat(20_000),
      });
      expect(long.status).not.toBe(413);
      expect(long.status).toBeLessThan(500);
    });

    it('refuses a NUL character in a transition reason, naming the field', async () => {
      const c = (await admin.get(`/api/cases/${ids.caseId}`)).body;
      const res = await admin.post(`/api/cases/${ids.caseId}/transitions`, {
        version: c.version,
        to: 'results_presented',
        reason: 'a\u0000b',
      });
      expect(res.status).toBe(400);
      expect(res.body).toEqual(
        expect.objectContaining({
          statusCode: 400,
          error: 'Bad Request',
          details: [expect.objectContaining({ field: 'reason' })],
        }),
      );
      expect((await admin.get(`/api/cases/${ids.caseId}`)).body.version).toBe(c.version);
    });

    it('refuses version true (and other non-integers) instead of reading it as 1', async () => {
      const m = (
        await admin.post(`/api/cases/${ids.caseId}/measures`, {
          areaId: ids.areaId,
          title: 'Versjon',
        })
      ).body;
      expect(m.version).toBe(1);
      for (const version of [true, '1', 1.5, 0, -1, null]) {
        const res = await admin.raw('PATCH', `/api/measures/${m.id}`, { version, title: 'Endret' });
        expect(res.status).toBe(400);
        expect(res.body.message).toContain('version');
      }
      expect((await admin.get(`/api/measures/${m.id}`)).body.title).toBe('Versjon');
    });

    it('refuses names of only white space for rounds, groups, units, users, areas and measures', async () => {
      const blank = ' \u00a0 ';
      const [parent] = await t.db.query(`SELECT id FROM org_unit WHERE code = 'IE-IDI'`);
      const cases: [string, Promise<{ status: number; body: any }>][] = [
        ['name', admin.post('/api/rounds', { name: blank, year: 2031 })],
        ['name', admin.post(`/api/cases/${ids.caseId}/groups`, { name: '   ', proposals: [] })],
        [
          'nameNb',
          admin.post('/api/org-units', {
            code: 'BLANK-1',
            parentId: parent.id,
            kind: 'group',
            nameNb: '  ',
            nameEn: 'Blank',
          }),
        ],
        ['name', admin.post('/api/users', { name: '\t', email: 'blank@tiltak.example' })],
        ['title', admin.post(`/api/cases/${ids.caseId}/areas`, { kind: 'develop', title: '   ' })],
        [
          'title',
          admin.post(`/api/cases/${ids.caseId}/measures`, { areaId: ids.areaId, title: '  ' }),
        ],
      ];
      for (const [field, pending] of cases) {
        const res = await pending;
        expect({ field, status: res.status }).toEqual({ field, status: 400 });
        expect(res.body.details).toEqual(
          expect.arrayContaining([expect.objectContaining({ field })]),
        );
      }
    });
  });

  describe('control characters in single-line fields', () => {
    it('refuses CR, LF and TAB in a measure title, and the calendar feed carries no bare CR even for older rows', async () => {
      for (const title of [
        'Tiltak\rATTENDEE:mailto:evil@evil.example',
        'To\nlinjer',
        'Tab\there',
      ]) {
        const res = await admin.post(`/api/cases/${ids.caseId}/measures`, {
          areaId: ids.areaId,
          title,
          responsibleUserId: ids.leaderId,
        });
        expect(res.status).toBe(400);
        expect(res.body.details).toEqual([expect.objectContaining({ field: 'title' })]);
      }
      // A multi-line field keeps its line breaks.
      const ok = await admin.post(`/api/cases/${ids.caseId}/measures`, {
        areaId: ids.areaId,
        title: 'Ryddig',
        description: 'Linje 1\nLinje 2',
        deadline: '2027-03-01',
        responsibleUserId: ids.leaderId,
      });
      expect(ok.status).toBe(201);
      // A title stored before the check (or by another path) must still not break out of its line.
      await t.db.query(
        `INSERT INTO measure (case_id, area_id, title, responsible_user_id, deadline, status) VALUES ($1, $2, $3, $4, '2027-02-15', 'planned')`,
        [ids.caseId, ids.areaId, 'Gammel\rATTENDEE:mailto:evil@evil.example', ids.leaderId],
      );
      const leader = await t.login('leder.idi@tiltak.example');
      const path = new URL((await leader.post('/api/calendar/token')).body.url).pathname;
      const feed = await t.app.inject({ method: 'GET', url: path });
      expect(feed.statusCode).toBe(200);
      expect(feed.body).toContain('Ryddig');
      expect(feed.body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(feed.body).not.toMatch(/^ATTENDEE/m);
    });
  });

  describe('security headers', () => {
    const expectHeaders = (headers: Record<string, unknown>, what: string) => {
      expect({ what, csp: headers['content-security-policy'] }).toEqual({
        what,
        csp: expect.stringContaining("frame-ancestors 'none'"),
      });
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      // Plain http here: no HSTS (it is sent only when PUBLIC_URL is https).
      expect(headers['strict-transport-security']).toBeUndefined();
    };

    it('are on the HTML, the API and the PDF export', async () => {
      const html = await t.app.inject({ method: 'GET', url: '/cases/some-deep-link' });
      expect(html.statusCode).toBe(200);
      expect(html.body).toContain('app-root');
      expectHeaders(html.headers, 'html');
      const api = await t.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: browserHeaders(adminSession),
      });
      expect(api.statusCode).toBe(200);
      expectHeaders(api.headers, 'api');
      const pdf = await t.app.inject({
        method: 'GET',
        url: `/api/cases/${ids.caseId}/plan.pdf`,
        headers: browserHeaders(adminSession),
      });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expectHeaders(pdf.headers, 'pdf');
      const missing = await t.app.inject({ method: 'GET', url: '/api/no-such-route' });
      expect(missing.statusCode).toBe(404);
      expectHeaders(missing.headers, '404');
    });
  });

  describe('rate limits', () => {
    it('answers the 31st sign-in attempt from one address within the window with 429 and Retry-After', async () => {
      const attempt = (remoteAddress: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/dev-login',
          remoteAddress,
          headers: { ...browserHeaders(), 'content-type': 'application/json' },
          payload: { email: 'nobody@tiltak.example' },
        });
      for (let i = 1; i <= 30; i++) expect((await attempt('203.0.113.7')).statusCode).toBe(401);
      const limited = await attempt('203.0.113.7');
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.json()).toEqual(
        expect.objectContaining({
          statusCode: 429,
          error: 'Too Many Requests',
          message: expect.stringContaining('sign-in'),
        }),
      );
      // Another address is not affected.
      expect((await attempt('203.0.113.8')).statusCode).toBe(401);
    });

    it('answers the 301st write of one session within the window with 429; other sessions keep writing', async () => {
      const session = await sessionOf('ansatt.idi@tiltak.example');
      const write = (s: string) =>
        t.app.inject({
          method: 'PATCH',
          url: '/api/users/me',
          headers: { ...browserHeaders(s), 'content-type': 'application/json' },
          payload: { notifyMode: 'digest' },
        });
      for (let i = 1; i <= 300; i++) expect((await write(session)).statusCode).toBe(200);
      const limited = await write(session);
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.json()).toEqual(
        expect.objectContaining({
          statusCode: 429,
          error: 'Too Many Requests',
          message: expect.stringContaining('changes'),
        }),
      );
      // Reading is not limited, and another person's session is not affected.
      expect(
        (
          await t.app.inject({
            method: 'GET',
            url: '/api/auth/me',
            headers: browserHeaders(session),
          })
        ).statusCode,
      ).toBe(200);
      expect((await admin.patch('/api/users/me', { notifyMode: 'immediate' })).status).toBe(200);
    });
  });
});
