import type { EscalationStep } from '@tiltak/shared/domain';
import { type Client, startTestApp, type TestApp } from './api-harness';

describe('escalation API on the demo data', () => {
  let t: TestApp;
  const as: Record<string, Client> = {};
  let roundId: string;

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['admin', 'hr', 'hms.ie', 'leder.idi', 'ansatt.idi', 'vo.idi'])
      as[u] = await t.login(`${u}@tiltak.example`);
    [{ id: roundId }] = await t.db.query(`SELECT id FROM survey_round WHERE year = 2023`);
  });
  afterAll(() => t.close());

  describe('GET /api/escalations/preview', () => {
    it('shows HR/HSE who gets what, within their scope', async () => {
      const all = await as.admin.get('/api/escalations/preview?days=30');
      expect(all.status).toBe(200);
      expect(all.body.items.length).toBeGreaterThan(0);
      expect(all.body.items[0]).toEqual(
        expect.objectContaining({
          dueDate: expect.any(String),
          stepKey: expect.any(String),
          recipient: expect.objectContaining({ email: expect.any(String) }),
        }),
      );
      const ie = await as['hms.ie'].get('/api/escalations/preview?days=30');
      expect(ie.status).toBe(200);
      expect(ie.body.items.length).toBeGreaterThan(0);
      expect(ie.body.items.length).toBeLessThan(all.body.items.length);
      expect(
        ie.body.items.every(
          (i: { unit: { code: string } }) => i.unit.code === 'IE' || i.unit.code.startsWith('IE-'),
        ),
      ).toBe(true);
      // Nothing due later than asked for.
      expect(all.body.items.every((i: { dueDate: string }) => i.dueDate <= '2026-12-26')).toBe(
        true,
      );
    });

    it('refuses others and bad input', async () => {
      expect((await as['leder.idi'].get('/api/escalations/preview')).status).toBe(403);
      expect((await as['ansatt.idi'].get('/api/escalations/preview')).status).toBe(403);
      expect((await t.anonymous.get('/api/escalations/preview')).status).toBe(401);
      const bad = await as.admin.get('/api/escalations/preview?days=abc');
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/days/);
      expect((await as.admin.get('/api/escalations/preview?days=400')).status).toBe(400);
    });
  });

  describe('POST /api/escalations/run and GET /api/notifications', () => {
    it('is for admins only', async () => {
      for (const u of ['hr', 'hms.ie', 'leder.idi', 'ansatt.idi'])
        expect((await as[u].post('/api/escalations/run')).status).toBe(403);
      expect((await t.anonymous.post('/api/escalations/run')).status).toBe(401);
    });

    it("writes the demo data's overdue notices to the outbox once; a second run sends nothing new", async () => {
      const preview = await as.admin.get('/api/escalations/preview?days=0');
      const first = await as.admin.post('/api/escalations/run');
      expect(first.status).toBe(200);
      const created = Object.values(first.body.created as Record<string, number>).reduce(
        (a, b) => a + b,
        0,
      );
      expect(created).toBeGreaterThan(0);
      expect(first.body.created).toEqual(expect.objectContaining({ overdue: expect.any(Number) }));
      expect(created + first.body.missingReports).toBe(preview.body.items.length);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notification`);
      expect(n).toBe(created + first.body.missingReports);

      const second = await as.admin.post('/api/escalations/run');
      expect(second.body).toEqual(
        expect.objectContaining({ created: {}, missingReports: 0, queued: 0 }),
      );
      const [{ n: after }] = await t.db.query(`SELECT count(*)::int AS n FROM notification`);
      expect(after).toBe(n);
      expect((await as.admin.get('/api/escalations/preview?days=0')).body.items).toEqual([]);
    });

    it('lists notifications: admin all, HR/HSE within scope, others their own', async () => {
      const all = await as.admin.get('/api/notifications?pageSize=500');
      expect(all.status).toBe(200);
      expect(all.body.total).toBeGreaterThan(0);
      const ie = await as['hms.ie'].get('/api/notifications?pageSize=500');
      expect(ie.body.total).toBeGreaterThan(0);
      expect(ie.body.total).toBeLessThan(all.body.total);
      const ieUnits: { id: string }[] = await t.db.query(
        `SELECT id FROM org_unit WHERE code = 'IE' OR code LIKE 'IE-%'`,
      );
      const [{ id: hmsId }] = await t.db.query(
        `SELECT id FROM app_user WHERE email = 'hms.ie@tiltak.example'`,
      );
      const inScope = new Set(ieUnits.map((u) => u.id));
      expect(
        ie.body.items.every(
          (i: { unitId: string; recipient: { id: string } }) =>
            inScope.has(i.unitId) || i.recipient.id === hmsId,
        ),
      ).toBe(true);
      for (const u of ['leder.idi', 'ansatt.idi', 'vo.idi']) {
        const mine = await as[u].get('/api/notifications?pageSize=500');
        expect(mine.status).toBe(200);
        expect(
          mine.body.items.every(
            (i: { recipient: { email: string } }) => i.recipient.email === `${u}@tiltak.example`,
          ),
        ).toBe(true);
      }
      const bad = await as.admin.get('/api/notifications?status=lost');
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/status/);
      const paged = await as.admin.get('/api/notifications?pageSize=2&page=2');
      expect(paged.body).toEqual(
        expect.objectContaining({
          page: 2,
          pageSize: 2,
          total: all.body.total,
        }),
      );
      expect(paged.body.items).toHaveLength(2);
    });
  });

  describe('GET/PUT /api/rounds/:id/escalation-policy', () => {
    it('reads the default ladder for HR/HSE and admins only', async () => {
      const res = await as['hms.ie'].get(`/api/rounds/${roundId}/escalation-policy`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expect.objectContaining({ roundId, isDefault: true }));
      expect(res.body.steps.map((s: { key: string }) => s.key)).toEqual([
        'reminder',
        'overdue',
        'line_manager',
        'hr',
      ]);
      expect((await as['leder.idi'].get(`/api/rounds/${roundId}/escalation-policy`)).status).toBe(
        403,
      );
      expect(
        (await as.admin.get(`/api/rounds/00000000-0000-4000-8000-000000000000/escalation-policy`))
          .status,
      ).toBe(404);
      expect((await as.admin.get(`/api/rounds/nope/escalation-policy`)).status).toBe(400);
    });

    it('is changed by admins and institution HR, validated, version-checked and audited', async () => {
      const current = (await as.hr.get(`/api/rounds/${roundId}/escalation-policy`)).body;
      const steps: EscalationStep[] = [
        {
          key: 'reminder',
          offsetDays: -5,
          dayKind: 'business',
          recipient: 'responsible',
        },
        {
          key: 'overdue',
          offsetDays: 1,
          dayKind: 'business',
          recipient: 'responsible',
        },
        { key: 'hr', offsetDays: 20, dayKind: 'calendar', recipient: 'hr' },
      ];
      expect(
        (
          await as['hms.ie'].put(`/api/rounds/${roundId}/escalation-policy`, {
            version: current.version,
            steps,
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await as['leder.idi'].put(`/api/rounds/${roundId}/escalation-policy`, {
            version: current.version,
            steps,
          })
        ).status,
      ).toBe(403);

      const bad = await as.hr.raw('PUT', `/api/rounds/${roundId}/escalation-policy`, {
        version: current.version,
        steps: [steps[1], { ...steps[0], dayKind: 'weekly' }],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(
        /steps\[1\]\.offsetDays: offsetDays must be greater than the previous step/,
      );
      expect(bad.body.message).toMatch(/steps\[1\]\.dayKind/);
      const extra = await as.hr.raw('PUT', `/api/rounds/${roundId}/escalation-policy`, {
        version: current.version,
        steps: [{ ...steps[0], colour: 'red' }],
      });
      expect(extra.status).toBe(400);
      expect(extra.body.message).toMatch(/steps\[0\]\.colour/);
      expect(
        (await as.hr.raw('PUT', `/api/rounds/${roundId}/escalation-policy`, { steps })).status,
      ).toBe(400);

      const ok = await as.hr.put(`/api/rounds/${roundId}/escalation-policy`, {
        version: current.version,
        steps,
      });
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({
        roundId,
        isDefault: false,
        steps,
        version: current.version + 1,
      });
      expect((await as.admin.get(`/api/rounds/${roundId}/escalation-policy`)).body.steps).toEqual(
        steps,
      );
      const stale = await as.admin.put(`/api/rounds/${roundId}/escalation-policy`, {
        version: current.version,
        steps,
      });
      expect(stale.status).toBe(409);
      const [audit] = await t.db.query(
        `SELECT e.action, e.actor_role, e.before, e.after FROM audit_event e WHERE e.entity_id = $1 AND e.action = 'round.escalation_policy'`,
        [roundId],
      );
      expect(audit).toEqual(expect.objectContaining({ action: 'round.escalation_policy' }));
      expect(audit.before.isDefault).toBe(true);
      expect(audit.after.steps).toEqual(steps);
    });
  });
});
