import {
  CASE_STATES as DOMAIN_CASE_STATES,
  type CaseSnapshot,
  type CaseState,
  checkTransition,
  DEFAULT_ESCALATION_POLICY,
  INDICES,
  MEASURE_STATUSES as DOMAIN_MEASURE_STATUSES,
  stepDueDate,
} from '@tiltak/shared/domain';
import { CASE_STATES, INDEX_CODES, MEASURE_STATUSES } from './catalogue';
import { addDays, daysBetween } from './dates';
import { DEMO_USERS, ESCALATION_PROBE_OFFSETS } from './generate/demo-users';
import { generateDemoData } from './generate-demo-data';
import { summarise } from './summarise';
import { type DemoData, type FollowUpCaseRow, TABLE_ORDER } from './types';
import { TYPICAL_MEASURES } from './typical-measures';

const TODAY = '2026-11-26';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('generateDemoData', () => {
  const data = generateDemoData({ seed: 1, scale: 1, today: TODAY });
  const unitByCode = new Map(data.org_unit.map((u) => [u.code, u]));
  const unitById = new Map(data.org_unit.map((u) => [u.id, u]));
  const userByEmail = new Map(data.app_user.map((u) => [u.email, u]));
  const currentRound = data.survey_round.reduce((a, b) => (a.year > b.year ? a : b));
  const currentCases = data.follow_up_case.filter((c) => c.round_id === currentRound.id);
  const caseOf = (code: string, roundId = currentRound.id) =>
    data.follow_up_case.find(
      (c) => c.round_id === roundId && c.unit_id === unitByCode.get(code)?.id,
    );

  describe('determinism', () => {
    it('gives deep-equal data for the same seed and today', () => {
      expect(generateDemoData({ seed: 1, scale: 1, today: TODAY })).toEqual(data);
    }, 60_000);

    it('gives different data for another seed', () => {
      const other = generateDemoData({ seed: 2, scale: 1, today: TODAY });
      expect(other.app_user[0].id).not.toBe(data.app_user[0].id);
      expect(other.unit_result.map((r) => r.indices)).not.toEqual(
        data.unit_result.map((r) => r.indices),
      );
    }, 60_000);

    it('refuses a malformed or too early today, and a non-integer scale', () => {
      expect(() => generateDemoData({ today: '2026-13-01' })).toThrow(/calendar date/);
      expect(() => generateDemoData({ today: '26.11.2026' })).toThrow(/YYYY-MM-DD/);
      expect(() => generateDemoData({ today: '2024-01-01' })).toThrow(/or later/);
      expect(() => generateDemoData({ today: TODAY, scale: 1.5 })).toThrow(/scale/);
    });
  });

  describe('catalogue', () => {
    it('matches the shared domain library', () => {
      expect([...CASE_STATES]).toEqual([...DOMAIN_CASE_STATES]);
      expect([...MEASURE_STATUSES]).toEqual([...DOMAIN_MEASURE_STATUSES]);
      expect(INDEX_CODES).toEqual(INDICES.map((i) => i.code));
    });

    it('links typical measures to known indices only', () => {
      const codes = new Set<string>(INDEX_CODES);
      for (const theme of TYPICAL_MEASURES)
        expect(theme.indexCodes.every((c) => codes.has(c))).toBe(true);
    });
  });

  describe('rows', () => {
    it('uses valid, unique v4 uuids everywhere', () => {
      const ids = TABLE_ORDER.flatMap((table) =>
        (data[table] as { id: string }[]).map((row) => row.id),
      );
      expect(ids.every((id) => UUID_V4.test(id))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('references only rows that exist', () => {
      const ids = (table: keyof DemoData) =>
        new Set((data[table] as { id: string }[]).map((r) => r.id));
      const users = ids('app_user');
      const units = ids('org_unit');
      const cases = ids('follow_up_case');
      const areas = ids('area');
      const measures = ids('measure');
      expect(
        data.org_unit.every(
          (u) => (u.parent_id === null || units.has(u.parent_id)) && users.has(u.leader_id ?? ''),
        ),
      ).toBe(true);
      expect(data.role_assignment.every((r) => users.has(r.user_id) && units.has(r.unit_id))).toBe(
        true,
      );
      expect(data.measure.every((m) => cases.has(m.case_id) && areas.has(m.area_id))).toBe(true);
      expect(
        data.measure.every(
          (m) => m.responsible_user_id === null || users.has(m.responsible_user_id),
        ),
      ).toBe(true);
      expect(
        data.measure_deadline_change.every(
          (c) => measures.has(c.measure_id) && users.has(c.changed_by),
        ),
      ).toBe(true);
      expect(data.case_comment.every((c) => cases.has(c.case_id) && users.has(c.author_id))).toBe(
        true,
      );
      expect(data.confirmation.every((c) => cases.has(c.case_id) && users.has(c.user_id))).toBe(
        true,
      );
    });

    it('dates nothing after today', () => {
      const stamps = [
        ...data.follow_up_case.flatMap((c) => [
          c.created_at,
          c.updated_at,
          c.state_changed_at,
          c.workshop_date,
        ]),
        ...data.measure.flatMap((m) => [m.created_at, m.updated_at, m.completed_on, m.eval_on]),
        ...data.measure_deadline_change.map((c) => c.changed_at),
        ...data.case_comment.map((c) => c.created_at),
        ...data.confirmation.map((c) => c.created_at),
      ];
      expect(stamps.filter((s): s is string => s !== null && s.slice(0, 10) > TODAY)).toEqual([]);
    });
  });

  describe('organisation', () => {
    it('holds the real units of the csv plus a few hundred generated ones', () => {
      expect(unitByCode.get('NTNU')?.kind).toBe('institution');
      expect(unitByCode.get('IE-IDI')?.name_en).toBe('Department of Computer Science');
      expect(data.org_unit.filter((u) => u.kind === 'faculty')).toHaveLength(10);
      expect(data.org_unit.length).toBeGreaterThan(200);
      expect(data.org_unit.length).toBeLessThan(500);
      expect(data.org_unit.some((u) => u.kind === 'group')).toBe(true);
      expect(data.org_unit.some((u) => u.kind === 'section')).toBe(true);
    });

    it('stores each path as the ancestor ids, root first, ending with the unit itself', () => {
      for (const unit of data.org_unit) {
        const parent = unit.parent_id ? unitById.get(unit.parent_id) : undefined;
        expect(unit.path).toEqual([...(parent?.path ?? []), unit.id]);
      }
    });

    it('has every demo user of DEMO_USERS with their roles', () => {
      for (const demo of DEMO_USERS) {
        const user = userByEmail.get(demo.email);
        expect(user?.name).toBe(demo.name);
        const roles = data.role_assignment.filter((r) => r.user_id === user?.id);
        expect(roles.map((r) => [r.role, unitById.get(r.unit_id)?.code])).toEqual([
          [demo.role, demo.unitCode],
        ]);
      }
      expect(unitByCode.get('IE')?.leader_id).toBe(userByEmail.get('dekan.ie@tiltak.example')?.id);
      expect(unitByCode.get('IE-IDI')?.leader_id).toBe(
        userByEmail.get('leder.idi@tiltak.example')?.id,
      );
      expect(unitByCode.get('IE-ITK')?.leader_id).toBe(
        userByEmail.get('leder.itk@tiltak.example')?.id,
      );
    });

    it('gives every unit a leader, every department a verneombud and every faculty HR', () => {
      const assignments = new Set(
        data.role_assignment.map((r) => `${r.role}:${r.unit_id}:${r.user_id}`),
      );
      const roleAt = new Set(data.role_assignment.map((r) => `${r.role}:${r.unit_id}`));
      const missing = data.org_unit.flatMap((unit) => [
        !assignments.has(`leader:${unit.id}:${unit.leader_id}`) && `leader of ${unit.code}`,
        unit.kind === 'department' &&
          !roleAt.has(`verneombud:${unit.id}`) &&
          `verneombud of ${unit.code}`,
        unit.kind === 'faculty' && !roleAt.has(`hr:${unit.id}`) && `hr of ${unit.code}`,
      ]);
      expect(missing.filter(Boolean)).toEqual([]);
    });

    it('names generated users firstname.lastname.N@tiltak.example, unique, mostly in bokmål', () => {
      const generated = data.app_user.filter((u) => !DEMO_USERS.some((d) => d.email === u.email));
      expect(generated.every((u) => /^[a-z-]+\.[a-z-]+\.\d+@tiltak\.example$/.test(u.email))).toBe(
        true,
      );
      expect(new Set(data.app_user.map((u) => u.email.toLowerCase())).size).toBe(
        data.app_user.length,
      );
      const english = generated.filter((u) => u.language === 'en').length;
      expect(english).toBeGreaterThan(0);
      expect(english).toBeLessThan(generated.length / 4);
    });
  });

  describe('rounds and results', () => {
    it('has the four rounds with NTNU 2019 as published', () => {
      expect(data.survey_round.map((r) => r.name)).toEqual(
        [2017, 2019, 2021, 2023].map((y) => `Arbeidsmiljøundersøkelsen ${y}`),
      );
      const r2019 = data.survey_round.find((r) => r.year === 2019);
      expect(r2019).toMatchObject({
        invited_count: 7615,
        invited_date: '2019-11-04',
        responses: 5475,
        anonymity_threshold: 5,
      });
      expect(r2019).toMatchObject({
        follow_up_meeting_by: '2020-03-01',
        plan_registered_by: '2020-05-01',
        evaluation_by: '2020-12-01',
      });
      expect(Object.keys(r2019?.sector_benchmark ?? {})).toEqual(INDEX_CODES);
    });

    it('puts the current round live around today', () => {
      expect(currentRound.year).toBe(2023);
      expect(currentRound.follow_up_meeting_by < TODAY).toBe(true);
      expect(currentRound.plan_registered_by < TODAY).toBe(true);
      expect(currentRound.evaluation_by > TODAY).toBe(true);
    });

    it('has a result for every unit × round whose institution total is the round total', () => {
      expect(data.unit_result).toHaveLength(data.org_unit.length * data.survey_round.length);
      for (const round of data.survey_round) {
        const root = data.unit_result.find(
          (r) => r.round_id === round.id && r.unit_id === unitByCode.get('NTNU')?.id,
        );
        expect([root?.invited, root?.respondents]).toEqual([round.invited_count, round.responses]);
      }
    });

    it('keeps values plausible: 17 indices, means 1–5, SD 0.5–1.2, hours adding up to 100', () => {
      const problems = data.unit_result.flatMap((r) => {
        const values = Object.values(r.indices);
        const hours = Object.values(r.working_hours ?? {}).reduce((s, h) => s + h, 0);
        return [
          r.respondents > r.invited && 'respondents > invited',
          Object.keys(r.indices).join() !== INDEX_CODES.join() && 'index codes',
          values.some((v) => v.mean < 1 || v.mean > 5) && 'mean',
          values.some((v) => v.sd < 0.5 || v.sd > 1.2) && 'sd',
          values.some((v) => v.n > r.respondents) && 'n',
          Math.abs(hours - 100) > 1e-6 && 'working hours',
          (r.appraisal_yes_pct ?? -1) < 0 && 'appraisal',
        ].filter(Boolean);
      });
      expect(problems).toEqual([]);
      const ntnuMeans = data.unit_result
        .filter((r) => r.unit_id === unitByCode.get('NTNU')?.id)
        .flatMap((r) => Object.values(r.indices).map((v) => v.mean));
      expect(Math.min(...ntnuMeans)).toBeGreaterThan(2.7);
      expect(Math.max(...ntnuMeans)).toBeLessThan(4.5);
    });

    it('has some units below the anonymity threshold, small groups with 2–4 respondents', () => {
      const below = data.unit_result.filter((r) => r.respondents < 5);
      expect(below.length).toBeGreaterThanOrEqual(4 * 3);
      expect(
        below.some(
          (r) =>
            unitById.get(r.unit_id)?.kind === 'group' && r.respondents >= 2 && r.respondents <= 4,
        ),
      ).toBe(true);
    });
  });

  describe('cases', () => {
    const areasByCase = groupBy(data.area, (a) => a.case_id);
    const measuresByCase = groupBy(data.measure, (m) => m.case_id);

    it('has one case per unit × round; older rounds closed or evaluated', () => {
      expect(data.follow_up_case).toHaveLength(data.org_unit.length * data.survey_round.length);
      const older = data.follow_up_case.filter((c) => c.round_id !== currentRound.id);
      expect(older.every((c) => c.state === 'closed' || c.state === 'evaluated')).toBe(true);
    });

    it('has every state in the current round', () => {
      expect(new Set(currentCases.map((c) => c.state))).toEqual(new Set(CASE_STATES));
    });

    it("leaves IE-IDI's current case untouched and gives IE-ITK's a plan", () => {
      const idi = caseOf('IE-IDI');
      expect(idi).toMatchObject({
        state: 'results_published',
        workshop_date: null,
      });
      for (const table of [
        'workshop_group',
        'area',
        'measure',
        'case_comment',
        'confirmation',
      ] as const) {
        expect(
          (data[table] as { case_id: string }[]).filter((row) => row.case_id === idi?.id),
        ).toEqual([]);
      }
      expect(caseOf('IE-ITK')?.state).toBe('measures_planned');
    });

    it('satisfies the shared transition guards for every step a case has taken', () => {
      const hr = { roles: ['hr' as const] };
      for (const c of data.follow_up_case.filter((x) => x.workshop_date !== null)) {
        for (let s = 1; s <= CASE_STATES.indexOf(c.state); s++) {
          const check = checkTransition(snapshot(c, CASE_STATES[s - 1]), CASE_STATES[s], hr);
          expect({ case: c.id, to: CASE_STATES[s], check }).toEqual({
            case: c.id,
            to: CASE_STATES[s],
            check: { allowed: true },
          });
        }
      }
    });

    it('keeps measures consistent: cancel reasons, evaluations in pairs, moved deadlines with history', () => {
      expect(data.measure.filter((m) => m.status === 'cancelled' && !m.cancel_reason)).toEqual([]);
      expect(
        data.measure.filter((m) => (m.eval_achieved === null) !== (m.eval_verdict === null)),
      ).toEqual([]);
      const history = groupBy(data.measure_deadline_change, (h) => h.measure_id);
      for (const m of data.measure.filter((x) => x.deadline_version > 1)) {
        expect(history.get(m.id)?.at(-1)?.to_deadline).toBe(m.deadline);
      }
      expect(data.measure_deadline_change.length).toBeGreaterThan(0);
      expect(data.measure.filter((m) => m.status === 'done' && !m.completed_on)).toEqual([]);
      expect(new Set(data.measure.map((m) => m.status))).toEqual(new Set(MEASURE_STATUSES));
    });

    it('has comments and verneombud confirmations', () => {
      expect(data.case_comment.length).toBeGreaterThan(50);
      const verneombud = new Set(
        data.role_assignment.filter((r) => r.role === 'verneombud').map((r) => r.user_id),
      );
      expect(data.confirmation.length).toBeGreaterThan(100);
      expect(data.confirmation.every((c) => verneombud.has(c.user_id))).toBe(true);
    });

    it('puts open measures at each escalation step of the default policy today', () => {
      const planned = new Set(
        currentCases.filter((c) => c.state === 'measures_planned').map((c) => c.id),
      );
      const open = data.measure.filter(
        (m) => planned.has(m.case_id) && ['planned', 'in_progress', 'postponed'].includes(m.status),
      );
      for (const step of DEFAULT_ESCALATION_POLICY.steps) {
        const dueToday = open.filter((m) => m.deadline && stepDueDate(m.deadline, step) === TODAY);
        expect({ step: step.key, dueToday: dueToday.length > 0 }).toEqual({
          step: step.key,
          dueToday: true,
        });
      }
      const lateBy = open.map((m) => daysBetween(m.deadline ?? TODAY, TODAY));
      const inRange = (min: number, max: number) =>
        lateBy.filter((d) => d >= min && d <= max).length;
      expect(inRange(-7, -1)).toBeGreaterThan(5);
      expect(inRange(1, 13)).toBeGreaterThan(5);
      expect(inRange(14, 27)).toBeGreaterThan(5);
      expect(inRange(28, 365)).toBeGreaterThan(5);
      expect(inRange(-400, -8)).toBeGreaterThan(5);
      const itk = data.measure.filter((m) => m.case_id === caseOf('IE-ITK')?.id);
      for (const offset of ESCALATION_PROBE_OFFSETS) {
        expect(
          itk.some(
            (m) =>
              m.deadline === addDays(TODAY, offset) &&
              m.status !== 'done' &&
              m.status !== 'cancelled',
          ),
        ).toBe(true);
      }
    });

    it('names roles, not people, in measure texts', () => {
      const names = data.app_user.map((u) => u.name);
      const texts = new Set(
        data.measure.flatMap((m) => [m.title, m.description, m.goal, m.responsible_role]),
      );
      for (const text of texts) expect(names.filter((n) => text?.includes(n))).toEqual([]);
    });

    function snapshot(c: FollowUpCaseRow, state: CaseState): CaseSnapshot {
      return {
        state,
        workshopDate: c.workshop_date,
        areas: (areasByCase.get(c.id) ?? []).map((a) => ({
          id: a.id,
          title: a.title,
          selected: a.selected,
        })),
        measures: (measuresByCase.get(c.id) ?? []).map((m) => ({
          id: m.id,
          areaId: m.area_id,
          title: m.title,
          goal: m.goal,
          responsibleUserId: m.responsible_user_id,
          responsibleRole: m.responsible_role,
          deadline: m.deadline,
          status: m.status,
          hasEvaluation: m.eval_achieved !== null,
        })),
      };
    }
  });

  describe('scale', () => {
    it('replicates the institution: scale 10 has ~10× the units, cases and measures', () => {
      const big = generateDemoData({ seed: 1, scale: 10, today: TODAY });
      const small = summarise(data);
      const large = summarise(big);
      for (const table of ['org_unit', 'follow_up_case', 'measure', 'unit_result'] as const) {
        expect(large[table] / small[table]).toBeGreaterThan(8);
        expect(large[table] / small[table]).toBeLessThan(12);
      }
      const codes = new Set(big.org_unit.map((u) => u.code));
      expect(codes.size).toBe(big.org_unit.length);
      expect(
        ['NTNU', 'UNI2', 'UNI2-IE', 'UNI2-IE-IDI', 'UNI10-FA'].every((c) => codes.has(c)),
      ).toBe(true);
      expect(big.survey_round).toHaveLength(4);
      const ids = TABLE_ORDER.flatMap((table) =>
        (big[table] as { id: string }[]).map((row) => row.id),
      );
      expect(new Set(ids).size).toBe(ids.length);
      expect(big.app_user.filter((u) => u.email === 'admin@tiltak.example')).toHaveLength(1);
    }, 60_000);
  });
});

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return groups;
}
