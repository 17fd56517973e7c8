import fc from 'fast-check';
import { type Client, startTestApp, type TestApp } from './api-harness';

/**
 * PUT /api/cases/{id}/results under generated bodies: never a 5xx, and a rejected body (4xx) leaves
 * the unit's result and the audit trail exactly as they were.
 */
describe('PUT /api/cases/{id}/results under generated bodies', () => {
  let t: TestApp;
  let leader: Client;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestApp();
    leader = await t.login('leder.idi@tiltak.example');
    [{ id: caseId }] = await t.db.query(
      `SELECT c.id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id JOIN survey_round r ON r.id = c.round_id WHERE o.code = 'IE-IDI' AND r.year = 2023`,
    );
  });
  afterAll(() => t.close());

  const state = async () =>
    JSON.stringify(
      await t.db.query(
        `SELECT (SELECT row_to_json(ur) FROM unit_result ur JOIN follow_up_case c ON c.round_id = ur.round_id AND c.unit_id = ur.unit_id WHERE c.id = $1) AS result,
                (SELECT count(*) FROM audit_event) AS audits`,
        [caseId],
      ),
    );

  const anything = fc.oneof(
    fc.integer({ min: -5, max: 200 }),
    fc.double({ noNaN: false }),
    fc.string({ maxLength: 6 }),
    fc.constant(null),
    fc.boolean(),
    fc.array(fc.nat(), { maxLength: 2 }),
  );
  const index = fc.record({ mean: anything, sd: anything, n: anything }, { requiredKeys: [] });
  const body = fc.record(
    {
      version: fc.oneof(fc.constant(undefined), anything),
      invited: anything,
      respondents: anything,
      indices: fc.oneof(
        anything,
        fc.dictionary(fc.constantFrom('autonomy', 'no_stress', 'bogus', '__proto__'), index, {
          maxKeys: 3,
        }),
      ),
      workingHours: fc.oneof(
        anything,
        fc.dictionary(fc.constantFrom('<=37.5', '37.5-40', '40-45', '>45', 'x'), anything, {
          maxKeys: 4,
        }),
      ),
      appraisalYesPct: anything,
      appraisalUsefulness: anything,
      extra: anything,
    },
    { requiredKeys: [] },
  );

  it('answers 2xx or a 4xx that changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const before = await state();
        const res = await leader.raw('PUT', `/api/cases/${caseId}/results`, b);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect(await state()).toBe(before);
      }),
      { numRuns: 150 },
    );
  });
});
