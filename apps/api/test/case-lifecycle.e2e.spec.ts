import { type Client, startTestApp, type TestApp } from './api-harness';

/** POST /api/cases/{id}/transitions and friends: one case from results_published to evaluated. */
describe('case lifecycle as leader.idi', () => {
  let t: TestApp;
  let leader: Client;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestApp();
    leader = await t.login('leder.idi@tiltak.example');
    const units = (await leader.get('/api/org-units')).body as { id: string; code: string }[];
    const idi = units.find((u) => u.code === 'IE-IDI')!;
    const rounds = (await leader.get('/api/rounds')).body as { id: string; year: number }[];
    const round2023 = rounds.find((r) => r.year === 2023)!;
    const list = await leader.get(`/api/cases?unitId=${idi.id}&roundId=${round2023.id}`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    caseId = list.body.items[0].id;
  });

  afterAll(() => t.close());

  const detail = async () => (await leader.get(`/api/cases/${caseId}`)).body;
  const auditCount = async () =>
    Number(
      (await t.db.query('SELECT count(*) FROM audit_event WHERE case_id = $1', [caseId]))[0].count,
    );

  it('walks the case through every state, refusing a transition whose guard fails', async () => {
    let c = await detail();
    expect(c.state).toBe('results_published');
    expect(c.permissions).toEqual({ edit: true, comment: true, confirm: false, close: false });
    expect(c.transitions).toEqual([
      expect.objectContaining({ to: 'results_presented', ready: false }),
    ]);

    // Refused: no workshop date yet. The 409 says what is missing, and nothing changes.
    const refused = await leader.post(`/api/cases/${caseId}/transitions`, {
      to: 'results_presented',
      version: c.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('workshop date');
    expect(refused.body.missing).toEqual([
      expect.objectContaining({ code: 'workshop_date_missing' }),
    ]);
    expect((await detail()).state).toBe('results_published');

    // Skipping a state is refused too.
    const skip = await leader.post(`/api/cases/${caseId}/transitions`, {
      to: 'measures_planned',
      version: c.version,
    });
    expect(skip.status).toBe(409);

    const audits = await auditCount();
    const workshop = await leader.patch(`/api/cases/${caseId}/workshop`, {
      version: c.version,
      date: '2026-02-10',
      participants: 23,
      facilitator: 'HR-rådgiver',
    });
    expect(workshop.status).toBe(200);
    expect(await auditCount()).toBe(audits + 1);
    c = workshop.body;
    c = (
      await leader.post(`/api/cases/${caseId}/transitions`, {
        to: 'results_presented',
        version: c.version,
      })
    ).body;
    expect(c.state).toBe('results_presented');

    // Group work: two groups propose areas; the plenary merges them.
    for (const [name, titles] of [
      ['Gruppe 1', ['Kommunikasjon', 'Faglig fellesskap']],
      ['Gruppe 2', ['kommunikasjon ', 'Arbeidsbelastning']],
    ] as const) {
      const g = await leader.post(`/api/cases/${caseId}/groups`, {
        name,
        proposals: titles.map((title) => ({ kind: 'develop', title })),
      });
      expect(g.status).toBe(201);
    }
    const plenary = (await leader.get(`/api/cases/${caseId}/plenary`)).body;
    expect(plenary[0]).toEqual(expect.objectContaining({ title: 'Kommunikasjon', groups: 2 }));

    const stale = await leader.post(`/api/cases/${caseId}/transitions`, {
      to: 'areas_chosen',
      version: c.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.missing).toEqual([expect.objectContaining({ code: 'no_area_selected' })]);

    const area = await leader.post(`/api/cases/${caseId}/areas`, {
      kind: 'develop',
      title: 'Kommunikasjon',
      selected: true,
      votes: 2,
      indexCodes: ['role_clarity'],
    });
    expect(area.status).toBe(201);
    c = (
      await leader.post(`/api/cases/${caseId}/transitions`, {
        to: 'areas_chosen',
        version: c.version,
      })
    ).body;
    expect(c.state).toBe('areas_chosen');

    // A measure without a goal blocks the plan, and the 409 names it.
    const measure = await leader.post(`/api/cases/${caseId}/measures`, {
      areaId: area.body.id,
      title: 'Faste allmøter',
      importance: 5,
      feasibility: 4,
    });
    expect(measure.status).toBe(201);
    const incomplete = await leader.post(`/api/cases/${caseId}/transitions`, {
      to: 'measures_planned',
      version: c.version,
    });
    expect(incomplete.status).toBe(409);
    expect(incomplete.body.message).toMatch(
      /"Faste allmøter" has no goal, no responsible, no deadline/,
    );

    const me = (await leader.get('/api/auth/me')).body;
    const filled = await leader.patch(`/api/measures/${measure.body.id}`, {
      version: measure.body.version,
      goal: 'Alle ansatte kjenner instituttets prioriteringer',
      responsibleUserId: me.id,
      deadline: '2027-03-01',
    });
    expect(filled.status).toBe(200);
    c = (
      await leader.post(`/api/cases/${caseId}/transitions`, {
        to: 'measures_planned',
        version: c.version,
      })
    ).body;
    expect(c.state).toBe('measures_planned');

    // Follow-up: progress, a moved deadline with its reason, then the evaluation.
    let m = (
      await leader.post(`/api/measures/${measure.body.id}/status`, {
        version: filled.body.version,
        status: 'in_progress',
      })
    ).body;
    const moved = await leader.post(`/api/measures/${m.id}/deadline`, {
      version: m.version,
      deadline: '2027-04-01',
      reason: 'Venter på ny ledergruppe',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.deadlineVersion).toBe(2);
    expect(moved.body.deadlineHistory).toEqual([
      expect.objectContaining({
        from: '2027-03-01',
        to: '2027-04-01',
        reason: 'Venter på ny ledergruppe',
      }),
    ]);
    m = (
      await leader.post(`/api/measures/${m.id}/status`, {
        version: moved.body.version,
        status: 'done',
      })
    ).body;
    expect(m.status).toBe('done');

    const notYet = await leader.post(`/api/cases/${caseId}/transitions`, {
      to: 'evaluated',
      version: c.version,
    });
    expect(notYet.status).toBe(409);
    expect(notYet.body.missing).toEqual([
      expect.objectContaining({ code: 'evaluation_missing', entityId: m.id }),
    ]);

    const evaluated = await leader.put(`/api/measures/${m.id}/evaluation`, {
      version: m.version,
      achieved: 'yes',
      verdict: 'keep',
      whatChanged: 'Flere deltar på allmøtene',
    });
    expect(evaluated.status).toBe(200);
    c = (
      await leader.post(`/api/cases/${caseId}/transitions`, { to: 'evaluated', version: c.version })
    ).body;
    expect(c.state).toBe('evaluated');

    // Closing is for HR or admin.
    const close = await leader.post(`/api/cases/${caseId}/transitions`, {
      to: 'closed',
      version: c.version,
    });
    expect(close.status).toBe(403);

    const timeline = (await leader.get(`/api/cases/${caseId}/timeline`)).body as {
      action: string;
    }[];
    expect(
      timeline.filter((e) => e.action === 'case.transition').map((e: any) => e.after.state),
    ).toEqual(['results_presented', 'areas_chosen', 'measures_planned', 'evaluated']);
  });

  it('refuses a stale version with 409 and keeps the newer data', async () => {
    const c = await detail();
    const first = await leader.patch(`/api/cases/${caseId}/workshop`, {
      version: c.version,
      notes: 'first',
    });
    expect(first.status).toBe(200);
    const second = await leader.patch(`/api/cases/${caseId}/workshop`, {
      version: c.version,
      notes: 'second',
    });
    expect(second.status).toBe(409);
    expect(second.body.message).toMatch(/changed by someone else/);
    expect((await detail()).workshop.notes).toBe('first');
  });

  it('steps back one state only with a reason', async () => {
    const c = await detail();
    const noReason = await leader.post(`/api/cases/${caseId}/transitions`, {
      to: 'measures_planned',
      version: c.version,
    });
    expect(noReason.status).toBe(409);
    expect(noReason.body.missing).toEqual([expect.objectContaining({ code: 'reason_required' })]);
    const back = await leader.post(`/api/cases/${caseId}/transitions`, {
      to: 'measures_planned',
      version: c.version,
      reason: 'Evalueringen må gjøres om',
    });
    expect(back.status).toBe(200);
    expect(back.body.state).toBe('measures_planned');
  });
});
