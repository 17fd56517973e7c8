import { startTestApp, type TestApp } from './api-harness';

describe('personal iCalendar feed of deadlines', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves the signed-in leader their phase and measure deadlines as all-day events at a secret, resettable address', async () => {
    const leader = await t.login('leder.idi@tiltak.example');
    const [{ id: leaderId }] = await t.db.query(
      `SELECT id FROM app_user WHERE email = 'leder.idi@tiltak.example'`,
    );
    const [c] = await t.db.query(
      `SELECT c.id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id JOIN survey_round r ON r.id = c.round_id WHERE o.code = 'IE-IDI' AND r.year = 2023`,
    );
    const [area] = await t.db.query(
      `INSERT INTO area (case_id, kind, title, selected) VALUES ($1, 'develop', 'Kalender', true) RETURNING id`,
      [c.id],
    );
    await t.db.query(
      `INSERT INTO measure (case_id, area_id, title, responsible_user_id, deadline, status) VALUES ($1, $2, 'Kaffe, kake; og prat', $3, '2027-02-15', 'planned')`,
      [c.id, area.id, leaderId],
    );

    const { status, body } = await leader.post('/api/calendar/token');
    expect(status).toBe(200);
    expect(body.url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/[\w-]+\.ics$/);
    const path = new URL(body.url).pathname;
    const feed = await t.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(feed.body).toContain('DTSTART;VALUE=DATE:20270215\r\nDTEND;VALUE=DATE:20270216\r\n');
    expect(feed.body).toContain('SUMMARY:Frist: Kaffe\\, kake\\; og prat');
    // Long lines are folded (CRLF and a space); unfolded, the link is whole.
    expect(feed.body.replace(/\r\n /g, '')).toContain(
      `URL;VALUE=URI:http://localhost:3000/cases/${c.id}`,
    );
    // The token is stored hashed.
    const [{ calendar_token }] = await t.db.query(
      `SELECT calendar_token FROM app_user WHERE id = $1`,
      [leaderId],
    );
    expect(path).not.toContain(calendar_token);

    // Resetting makes the old address stop working.
    const again = await leader.post('/api/calendar/token');
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: new URL(again.body.url).pathname,
        })
      ).statusCode,
    ).toBe(200);
    expect((await leader.delete('/api/calendar/token')).status).toBe(204);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: new URL(again.body.url).pathname,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('needs a session to create an address; unknown addresses are 404', async () => {
    expect((await t.anonymous.post('/api/calendar/token')).status).toBe(401);
    expect((await t.anonymous.get('/api/calendar/not-a-real-token-at-all-000.ics')).status).toBe(
      404,
    );
    expect((await t.anonymous.get('/api/calendar/x')).status).toBe(404);
  });
});
