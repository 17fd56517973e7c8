import { CASE_STATES, stateAtLeast } from '../catalogue';
import { addDays, daysBetween, maxDate, minDate, officeTime } from '../dates';
import {
  CANCEL_REASONS,
  COMMENTS,
  CONFIRMATION_NOTES,
  DEADLINE_CHANGE_REASONS,
  FACILITATORS,
  WHAT_CHANGED,
  WORKSHOP_NOTES,
} from '../phrases';
import { type Rng } from '../rng';
import {
  type AreaKindName,
  type AreaRow,
  type CaseStateName,
  type DemoData,
  type GroupProposalValue,
  type MeasureRow,
  type MeasureStatusName,
  type UnitResultRow,
} from '../types';
import { type AreaTheme, TYPICAL_MEASURES } from '../typical-measures';
import { ESCALATION_PROBE_OFFSETS, SPECIAL_CASES } from './demo-users';
import { type UnitNode } from './organisation';
import { type RoundPlan } from './results';

export type CaseTables = Pick<
  DemoData,
  | 'follow_up_case'
  | 'workshop_group'
  | 'area'
  | 'measure'
  | 'measure_deadline_change'
  | 'case_comment'
  | 'confirmation'
>;

/** How a case got where it is: `unplanned` cases were closed by the next round without a workshop. */
type Course = 'planned' | 'unplanned';

const CURRENT_STATE_WEIGHTS: Record<CaseStateName, number> = {
  results_published: 10,
  results_presented: 8,
  areas_chosen: 10,
  measures_planned: 52,
  evaluated: 12,
  closed: 8,
};

/** Days from `today` to the deadline of an open measure in the current round, by bucket. */
const OPEN_DEADLINE_BUCKETS = {
  later: 30,
  soon: 16,
  reminder: 10,
  overdue: 14,
  lineManager: 12,
  hr: 18,
} as const;
const BUCKET_RANGES: Record<keyof typeof OPEN_DEADLINE_BUCKETS, [number, number]> = {
  later: [60, 200],
  soon: [8, 59],
  reminder: [1, 7],
  overdue: [-13, -1],
  lineManager: [-27, -14],
  hr: [-100, -28],
};

interface Timeline {
  publishedOn: string;
  workshopOn: string;
  areasOn: string;
  planOn: string;
  evaluatedOn: string;
  closedOn: string;
}

/**
 * A follow-up case for every unit × round: older rounds are closed (a few never had a plan), the
 * current round has cases in every state with measures whose deadlines lie around `today`.
 */
export function generateCases(
  rng: Rng,
  today: string,
  nodes: readonly UnitNode[],
  rounds: readonly RoundPlan[],
  results: ReadonlyMap<string, UnitResultRow>,
): CaseTables {
  const tables: CaseTables = {
    follow_up_case: [],
    workshop_group: [],
    area: [],
    measure: [],
    measure_deadline_change: [],
    case_comment: [],
    confirmation: [],
  };

  rounds.forEach((round, r) => {
    const states = nodes.map((node) => chooseState(rng, node, round, r === rounds.length - 2));
    if (round.current) ensureEveryState(states, nodes);
    nodes.forEach((node, u) => {
      const builder = new CaseBuilder(
        rng.fork(`${round.row.year}:${node.row.code}`),
        tables,
        today,
        node,
        round,
        rounds[r + 1],
      );
      builder.build(
        states[u].state,
        states[u].course,
        results.get(`${round.row.id}:${node.row.id}`),
      );
    });
  });
  return tables;
}

function chooseState(
  rng: Rng,
  node: UnitNode,
  round: RoundPlan,
  previous: boolean,
): { state: CaseStateName; course: Course } {
  if (round.current) {
    if (node.institution === 1 && node.baseCode === SPECIAL_CASES.untouched)
      return { state: 'results_published', course: 'planned' };
    if (node.institution === 1 && node.baseCode === SPECIAL_CASES.planned)
      return { state: 'measures_planned', course: 'planned' };
    return { state: rng.weighted(CURRENT_STATE_WEIGHTS), course: 'planned' };
  }
  const pick = rng.weighted(
    previous
      ? { closed: 82, evaluated: 10, unplanned: 8 }
      : { closed: 88, evaluated: 0, unplanned: 12 },
  );
  return pick === 'unplanned'
    ? { state: 'closed', course: 'unplanned' }
    : { state: pick, course: 'planned' };
}

/** Small random samples can miss a state; the demo promises all of them in the current round. */
function ensureEveryState(
  states: { state: CaseStateName; course: Course }[],
  nodes: readonly UnitNode[],
): void {
  for (const wanted of CASE_STATES) {
    if (states.some((s) => s.state === wanted)) continue;
    const specialCodes: readonly string[] = Object.values(SPECIAL_CASES);
    const spare = states.findIndex(
      (s, u) =>
        s.state === 'measures_planned' &&
        nodes[u].row.kind === 'group' &&
        !specialCodes.includes(nodes[u].baseCode),
    );
    if (spare >= 0) states[spare] = { state: wanted, course: 'planned' };
  }
}

class CaseBuilder {
  private readonly caseId: string;
  private readonly open: boolean;
  private readonly special: 'untouched' | 'planned' | null;

  constructor(
    private readonly rng: Rng,
    private readonly tables: CaseTables,
    private readonly today: string,
    private readonly node: UnitNode,
    private readonly round: RoundPlan,
    private readonly nextRound: RoundPlan | undefined,
  ) {
    this.caseId = rng.uuid();
    this.open = round.current;
    const isSpecial = (code: string) =>
      round.current && node.institution === 1 && node.baseCode === code;
    this.special = isSpecial(SPECIAL_CASES.untouched)
      ? 'untouched'
      : isSpecial(SPECIAL_CASES.planned)
        ? 'planned'
        : null;
  }

  build(state: CaseStateName, course: Course, result: UnitResultRow | undefined): void {
    const { rng, node, round } = this;
    const t = this.timeline(state, course);
    const hasWorkshop = course === 'planned' && stateAtLeast(state, 'results_presented');
    const invited = result?.invited ?? 10;
    const participants = hasWorkshop
      ? Math.max(2, Math.round(Math.min(invited, rng.int(25, 60)) * rng.uniform(0.5, 0.9)))
      : null;

    const stateChangedOn =
      course === 'unplanned'
        ? t.closedOn
        : {
            results_published: t.publishedOn,
            results_presented: t.workshopOn,
            areas_chosen: t.areasOn,
            measures_planned: t.planOn,
            evaluated: t.evaluatedOn,
            closed: t.closedOn,
          }[state];
    const stateChangedAt = officeTime(stateChangedOn, rng.int(0, 479));
    this.tables.follow_up_case.push({
      id: this.caseId,
      round_id: round.row.id,
      unit_id: node.row.id,
      state,
      workshop_date: hasWorkshop ? t.workshopOn : null,
      workshop_participants: participants,
      workshop_facilitator: hasWorkshop ? rng.pick(FACILITATORS) : null,
      workshop_notes: hasWorkshop && rng.chance(0.7) ? rng.pick(WORKSHOP_NOTES) : null,
      state_changed_at: stateChangedAt,
      version: course === 'unplanned' ? 2 : CASE_STATES.indexOf(state) + 1,
      created_at: officeTime(t.publishedOn, 0),
      updated_at: stateChangedAt,
    });
    if (!hasWorkshop || participants === null) return;

    const candidates = this.candidateAreas(result);
    const proposals = this.groups(candidates, participants, t.workshopOn);
    if (!stateAtLeast(state, 'areas_chosen')) {
      this.commentsAndConfirmations(state, t, []);
      return;
    }
    const selected = this.areas(candidates, proposals, participants, t.areasOn);
    const measures =
      state === 'areas_chosen'
        ? selected.flatMap((area) => (rng.chance(0.6) ? this.draftMeasures(area, t) : []))
        : this.plannedMeasures(selected, state, t);
    this.commentsAndConfirmations(state, t, measures);
  }

  private timeline(state: CaseStateName, course: Course): Timeline {
    const { rng, round, today } = this;
    const followUpBy = round.row.follow_up_meeting_by;
    const late = this.open && (state === 'results_presented' || state === 'areas_chosen');
    const workshopOn = addDays(followUpBy, late ? rng.int(-30, 60) : rng.int(-40, 20));
    const areasOn = rng.chance(0.7) ? workshopOn : addDays(workshopOn, rng.int(1, 14));
    const planOn = addDays(areasOn, rng.int(5, 45));
    // Evaluation comes at least 45 days after the plan; in the current round it lies in the past.
    const evaluatedOn = this.open
      ? minDate(
          maxDate(
            addDays(planOn, 45),
            addDays(today, state === 'closed' ? rng.int(-60, -25) : rng.int(-60, -3)),
          ),
          addDays(today, -3),
        )
      : addDays(round.row.evaluation_by, rng.int(-40, 25));
    let closedOn = this.open
      ? minDate(addDays(evaluatedOn, rng.int(1, 20)), addDays(today, -1))
      : addDays(evaluatedOn, rng.int(10, 60));
    if (course === 'unplanned') closedOn = this.nextRound?.publishedOn ?? today;
    return {
      publishedOn: round.publishedOn,
      workshopOn,
      areasOn,
      planOn,
      evaluatedOn,
      closedOn,
    };
  }

  /** Areas the unit is likely to pick: develop its weakest themes, preserve its strongest. */
  private candidateAreas(result: UnitResultRow | undefined): GroupProposalValue[] {
    const { rng } = this;
    const visible = result && result.respondents >= this.round.row.anonymity_threshold;
    const score = (theme: AreaTheme) => {
      if (!visible) return rng.normal(0, 0.1);
      const gaps = theme.indexCodes.map(
        (code) => (result.indices[code]?.mean ?? 0) - (this.round.row.sector_benchmark[code] ?? 0),
      );
      return gaps.reduce((s, g) => s + g, 0) / gaps.length + rng.normal(0, 0.05);
    };
    const ranked = TYPICAL_MEASURES.map((theme) => ({
      theme,
      score: score(theme),
    })).sort((a, b) => a.score - b.score);
    const develop = ranked.slice(0, 4).map(({ theme }) => proposal(theme, 'develop'));
    const preserve = ranked
      .slice(-2)
      .reverse()
      .map(({ theme }) => proposal(theme, 'preserve'));
    return [...develop, ...preserve];
  }

  /** Workshop groups, each proposing up to four areas; returns how many groups proposed each candidate. */
  private groups(
    candidates: readonly GroupProposalValue[],
    participants: number,
    on: string,
  ): number[] {
    const { rng } = this;
    const proposedBy = candidates.map(() => 0);
    if (!rng.chance(0.85)) return proposedBy;
    const count = rng.int(1, Math.max(1, Math.min(5, Math.floor(participants / 4))));
    for (let g = 1; g <= count; g++) {
      const picks = weightedDistinct(rng, [5, 4, 3, 2, 4, 2], rng.int(2, 4));
      picks.forEach((i) => proposedBy[i]++);
      const at = officeTime(on, rng.int(0, 479));
      this.tables.workshop_group.push({
        id: rng.uuid(),
        case_id: this.caseId,
        name: `Gruppe ${g}`,
        proposals: picks.map((i) => candidates[i]),
        version: 1,
        created_at: at,
        updated_at: at,
      });
    }
    return proposedBy;
  }

  /** The plenary: candidate areas with votes, the top ones selected and ranked. Returns the selected. */
  private areas(
    candidates: readonly GroupProposalValue[],
    proposedBy: readonly number[],
    participants: number,
    on: string,
  ): AreaRow[] {
    const { rng } = this;
    const fromGroups = proposedBy.some((n) => n > 0);
    const chosen = candidates
      .map((candidate, i) => ({ candidate, i }))
      // IE-ITK's plan needs three areas for its escalation probes, whatever the groups proposed.
      .filter(({ i }) =>
        fromGroups
          ? proposedBy[i] > 0 || (this.special === 'planned' && i < 4)
          : i < 4 || rng.chance(0.3),
      )
      .map(({ candidate, i }) => ({
        candidate,
        votes: Math.min(
          participants,
          fromGroups ? proposedBy[i] * rng.int(2, 4) + rng.int(0, 3) : rng.int(1, participants),
        ),
      }))
      .sort((a, b) => b.votes - a.votes);
    const selectedCount = Math.min(chosen.length, this.special === 'planned' ? 3 : rng.int(2, 4));
    const at = officeTime(on, rng.int(0, 479));
    const rows = chosen.map(
      ({ candidate, votes }, rank): AreaRow => ({
        id: rng.uuid(),
        case_id: this.caseId,
        kind: candidate.kind,
        title: candidate.title,
        description: themeOf(candidate)[candidate.kind].description,
        index_codes: [...candidate.indexCodes],
        selected: rank < selectedCount,
        rank: rank < selectedCount ? rank + 1 : null,
        votes,
        version: 1,
        created_at: at,
        updated_at: at,
      }),
    );
    this.tables.area.push(...rows);
    return rows.filter((a) => a.selected);
  }

  /** Areas chosen, plan in the making: some measures still lack a goal, a responsible or a deadline. */
  private draftMeasures(area: AreaRow, t: Timeline): MeasureRow[] {
    const { rng } = this;
    const createdOn = minDate(addDays(t.areasOn, rng.int(1, 10)), addDays(this.today, -1));
    return this.templatesFor(area, rng.int(1, 2)).map((template) => {
      const row = this.measureRow(area, template, createdOn);
      if (rng.chance(0.4)) row.goal = null;
      if (rng.chance(0.4)) row.responsible_user_id = null;
      row.deadline = rng.chance(0.4) ? null : addDays(this.today, rng.int(20, 150));
      if (rng.chance(0.3)) {
        row.importance = null;
        row.feasibility = null;
      }
      this.tables.measure.push(row);
      return row;
    });
  }

  /** A full plan: every measure has a goal, a responsible and a deadline (the measures_planned guard). */
  private plannedMeasures(
    selected: readonly AreaRow[],
    state: CaseStateName,
    t: Timeline,
  ): MeasureRow[] {
    const { rng } = this;
    const finished = state === 'evaluated' || state === 'closed';
    const measures = selected.flatMap((area) =>
      this.templatesFor(area, this.special === 'planned' ? 2 : rng.int(1, 3)).map((template) =>
        this.measureRow(area, template, t.planOn),
      ),
    );
    measures.forEach((m, i) => {
      // The first measure of each area stays in the plan, so every selected area keeps one (the guard).
      const mayCancel = i > 0 && measures[i - 1].area_id === m.area_id;
      if (finished) this.finishedMeasure(m, t, mayCancel);
      else if (this.special === 'planned' && i < ESCALATION_PROBE_OFFSETS.length) {
        this.openMeasure(
          m,
          t,
          i % 2 === 0 ? 'planned' : 'in_progress',
          addDays(this.today, ESCALATION_PROBE_OFFSETS[i]),
        );
      } else this.liveMeasure(m, t, mayCancel);
    });
    this.tables.measure.push(...measures);
    return measures;
  }

  private measureRow(
    area: AreaRow,
    template: AreaTheme['measures'][number],
    createdOn: string,
  ): MeasureRow {
    const { rng, node } = this;
    const others = [...node.memberIds, ...node.children.map((c) => c.leaderId)];
    const at = officeTime(createdOn, rng.int(0, 479));
    return {
      id: rng.uuid(),
      case_id: this.caseId,
      area_id: area.id,
      title: template.title,
      description: template.description,
      goal: template.goal,
      responsible_user_id:
        rng.chance(0.55) || others.length === 0 ? node.leaderId : rng.pick(others),
      responsible_role: template.responsibleRole.replace('{leder}', node.leaderTitle),
      deadline: null,
      deadline_version: 1,
      importance: rng.int(2, 5),
      feasibility: rng.int(2, 5),
      status: 'planned',
      completed_on: null,
      cancel_reason: null,
      eval_achieved: null,
      eval_verdict: null,
      eval_what_changed: null,
      eval_on: null,
      eval_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
    };
  }

  /** Evaluated and closed cases: measures are done or cancelled, and the done ones are evaluated. */
  private finishedMeasure(m: MeasureRow, t: Timeline, mayCancel: boolean): void {
    const { rng } = this;
    const earliest = addDays(t.planOn, 14);
    m.deadline = pickDate(rng, addDays(t.planOn, 30), addDays(t.evaluatedOn, -10));
    if (rng.chance(0.12) && mayCancel) {
      this.cancel(m, pickDate(rng, earliest, addDays(t.evaluatedOn, -1)));
      return;
    }
    m.status = 'done';
    m.completed_on = pickDate(
      rng,
      earliest,
      minDate(addDays(m.deadline, 15), addDays(t.evaluatedOn, -1)),
    );
    const achieved = rng.weighted({ yes: 55, partly: 35, no: 10 });
    m.eval_achieved = achieved;
    m.eval_verdict =
      achieved === 'yes'
        ? rng.weighted({ keep: 80, stop: 20 })
        : achieved === 'partly'
          ? rng.weighted({ adjust: 60, keep: 30, stop: 10 })
          : rng.weighted({ adjust: 50, stop: 50 });
    m.eval_what_changed = rng.pick(WHAT_CHANGED[achieved]);
    m.eval_on = maxDate(m.completed_on, addDays(t.evaluatedOn, -rng.int(0, 10)));
    m.eval_by = this.node.leaderId;
    m.version = 3;
    m.updated_at = officeTime(m.eval_on, rng.int(0, 479));
  }

  /** The current round's plans: a mix of statuses, deadlines spread around today. */
  private liveMeasure(m: MeasureRow, t: Timeline, mayCancel: boolean): void {
    const { rng, today } = this;
    const earliest = addDays(t.planOn, 14);
    const drawn = rng.weighted<MeasureStatusName>({
      planned: 28,
      in_progress: 35,
      done: 22,
      postponed: 8,
      cancelled: 7,
    });
    const status = drawn === 'cancelled' && !mayCancel ? 'in_progress' : drawn;
    if (status === 'done') {
      m.deadline = maxDate(earliest, addDays(today, rng.int(-90, 90)));
      m.status = 'done';
      m.completed_on = maxDate(
        addDays(t.planOn, 7),
        minDate(addDays(m.deadline, rng.int(-30, 7)), addDays(today, -1)),
      );
      m.version = 2;
      m.updated_at = officeTime(m.completed_on, rng.int(0, 479));
    } else if (status === 'cancelled') {
      m.deadline = maxDate(earliest, addDays(today, rng.int(-60, 90)));
      this.cancel(m, pickDate(rng, addDays(t.planOn, 7), addDays(today, -1)));
    } else if (status === 'postponed') {
      const original = maxDate(earliest, addDays(today, rng.int(-80, -5)));
      this.openMeasure(m, t, 'postponed', addDays(original, rng.int(30, 120)), original);
    } else {
      const [min, max] = BUCKET_RANGES[rng.weighted(OPEN_DEADLINE_BUCKETS)];
      const deadline = maxDate(earliest, addDays(today, rng.int(min, max)));
      const moved = status === 'in_progress' && rng.chance(0.15);
      this.openMeasure(
        m,
        t,
        status,
        deadline,
        moved ? maxDate(addDays(t.planOn, 7), addDays(deadline, -rng.int(20, 60))) : undefined,
      );
    }
  }

  /** An open measure; with `originalDeadline` its deadline was moved once, with a reason. */
  private openMeasure(
    m: MeasureRow,
    t: Timeline,
    status: MeasureStatusName,
    deadline: string,
    originalDeadline?: string,
  ): void {
    const { rng, today } = this;
    m.status = status;
    m.deadline = deadline;
    m.version = status === 'planned' ? 1 : 2;
    let lastChange = t.planOn;
    if (originalDeadline && originalDeadline < deadline) {
      const changedOn = maxDate(
        addDays(t.planOn, 1),
        minDate(addDays(originalDeadline, rng.int(-7, 5)), addDays(today, -1)),
      );
      this.tables.measure_deadline_change.push({
        id: rng.uuid(),
        measure_id: m.id,
        from_deadline: originalDeadline,
        to_deadline: deadline,
        reason: rng.pick(DEADLINE_CHANGE_REASONS),
        changed_by: this.node.leaderId,
        changed_at: officeTime(changedOn, rng.int(0, 479)),
      });
      m.deadline_version = 2;
      m.version++;
      lastChange = changedOn;
    }
    m.updated_at = officeTime(lastChange, rng.int(0, 479));
  }

  private cancel(m: MeasureRow, on: string): void {
    m.status = 'cancelled';
    m.cancel_reason = this.rng.pick(CANCEL_REASONS);
    m.version = 2;
    m.updated_at = officeTime(on, this.rng.int(0, 479));
  }

  private templatesFor(area: AreaRow, count: number): AreaTheme['measures'][number][] {
    const theme = TYPICAL_MEASURES.find((th) => th[area.kind].title === area.title);
    return theme ? this.rng.sample(theme.measures, count) : [];
  }

  private commentsAndConfirmations(
    state: CaseStateName,
    t: Timeline,
    measures: readonly MeasureRow[],
  ): void {
    const { rng, node, today } = this;
    const lastActivity = this.open
      ? addDays(today, -1)
      : stateAtLeast(state, 'evaluated')
        ? t.evaluatedOn
        : t.planOn;
    if (rng.chance(this.open ? 0.35 : 0.15)) {
      for (let c = rng.int(1, 3); c > 0; c--) {
        const author = rng.weighted({ verneombud: 45, leader: 35, hr: 20 });
        const authorId =
          author === 'verneombud'
            ? node.verneombudId
            : author === 'leader'
              ? node.leaderId
              : node.hrId;
        this.tables.case_comment.push({
          id: rng.uuid(),
          case_id: this.caseId,
          measure_id: measures.length > 0 && rng.chance(0.4) ? rng.pick(measures).id : null,
          author_id: authorId,
          body: rng.pick(COMMENTS[author]),
          created_at: officeTime(
            pickDate(rng, t.workshopOn, maxDate(t.workshopOn, lastActivity)),
            rng.int(0, 479),
          ),
        });
      }
    }
    const phases: [CaseStateName, string, number][] = [
      ['results_presented', t.workshopOn, 0.75],
      ['measures_planned', addDays(t.planOn, rng.int(0, 7)), 0.65],
      ['evaluated', addDays(t.evaluatedOn, rng.int(0, 7)), 0.5],
    ];
    phases.forEach(([phase, on, p], i) => {
      if (!stateAtLeast(state, phase) || !rng.chance(p)) return;
      this.tables.confirmation.push({
        id: rng.uuid(),
        case_id: this.caseId,
        phase,
        user_id: node.verneombudId,
        note: rng.chance(0.5) ? CONFIRMATION_NOTES[i] : null,
        created_at: officeTime(minDate(on, addDays(today, -1)), rng.int(0, 479)),
      });
    });
  }
}

function proposal(theme: AreaTheme, kind: AreaKindName): GroupProposalValue {
  return { kind, title: theme[kind].title, indexCodes: [...theme.indexCodes] };
}

function themeOf(p: GroupProposalValue): AreaTheme {
  const theme = TYPICAL_MEASURES.find((th) => th[p.kind].title === p.title);
  if (!theme) throw new Error(`no theme for area "${p.title}"`);
  return theme;
}

/** `count` distinct indexes, each drawn with probability proportional to its weight. */
function weightedDistinct(rng: Rng, weights: readonly number[], count: number): number[] {
  const left = weights.map((w, i) => ({ w, i }));
  const picked: number[] = [];
  while (picked.length < count && left.length > 0) {
    let r = rng.next() * left.reduce((s, x) => s + x.w, 0);
    const j = Math.max(
      0,
      left.findIndex((x) => (r -= x.w) < 0),
    );
    picked.push(left[j].i);
    left.splice(j, 1);
  }
  return picked;
}

/** A date in [from, to]; `from` when the range is empty. */
function pickDate(rng: Rng, from: string, to: string): string {
  return to <= from ? from : addDays(from, rng.int(0, daysBetween(from, to)));
}
