import { ANONYMITY_THRESHOLD, INDEX_PROFILES, WORKING_HOUR_BUCKETS } from '../catalogue';
import { addDays, officeTime, parseIsoDate } from '../dates';
import { type Rng, allocate } from '../rng';
import { type IndexValue, type SurveyRoundRow, type UnitResultRow } from '../types';
import { type Staffing, type UnitNode } from './organisation';

/** NTNU's published totals (2017 and 2019, from its survey reports) and plausible ones for 2021 and 2023. */
const ROUND_FACTS = [
  { year: 2017, invitedDate: '2017-10-23', invited: 7290, responses: 5076 },
  { year: 2019, invitedDate: '2019-11-04', invited: 7615, responses: 5475 },
  { year: 2021, invitedDate: '2021-10-25', invited: 7741, responses: 5340 },
  { year: 2023, invitedDate: '2023-10-30', invited: 7902, responses: 5586 },
] as const;

/** The earliest `today` for which the shifted timeline of the current round starts after its invitation. */
export const EARLIEST_TODAY = '2024-09-01';

export interface RoundPlan {
  row: SurveyRoundRow;
  /** The newest round, whose deadlines are placed around `today` so that the data is live. */
  current: boolean;
  /** When unit reports came out (the cases' start). */
  publishedOn: string;
}

/**
 * Older rounds follow the real calendar: reports in January, follow-up meeting by 1 March and plan
 * by 1 May of the following year, evaluation by 1 December. The current round keeps its real
 * invitation but its phases are shifted relative to `today`: reports 225 days ago, follow-up meeting
 * due 150 days ago, plan due 90 days ago, evaluation due in 150 days.
 */
export function planRounds(
  rng: Rng,
  today: string,
  institutionTotals: { invited: number; responses: number }[][],
): RoundPlan[] {
  const sectorDrift = INDEX_PROFILES.map(() => 0);
  return ROUND_FACTS.map((facts, r) => {
    const current = r === ROUND_FACTS.length - 1;
    const next = `${facts.year + 1}`;
    const publishedOn = current ? addDays(today, -225) : `${next}-01-15`;
    const sector_benchmark: Record<string, number> = {};
    INDEX_PROFILES.forEach((p, i) => {
      sectorDrift[i] += rng.normal(0, 0.03);
      sector_benchmark[p.code] = round2(p.mean + sectorDrift[i]);
    });
    const createdAt = officeTime(facts.invitedDate, 60);
    return {
      current,
      publishedOn,
      row: {
        id: rng.uuid(),
        name: `Arbeidsmiljøundersøkelsen ${facts.year}`,
        year: facts.year,
        invited_count: institutionTotals.reduce((sum, inst) => sum + inst[r].invited, 0),
        invited_date: facts.invitedDate,
        responses: institutionTotals.reduce((sum, inst) => sum + inst[r].responses, 0),
        anonymity_threshold: ANONYMITY_THRESHOLD,
        follow_up_meeting_by: current ? addDays(today, -150) : `${next}-03-01`,
        plan_registered_by: current ? addDays(today, -90) : `${next}-05-01`,
        evaluation_by: current ? addDays(today, 150) : `${next}-12-01`,
        escalation_policy: null,
        sector_benchmark,
        version: 1,
        created_at: createdAt,
        updated_at: createdAt,
      },
    };
  });
}

export function assertTodayIsSupported(today: string): void {
  parseIsoDate(today);
  if (today < EARLIEST_TODAY) {
    throw new Error(
      `today must be ${EARLIEST_TODAY} or later (the 2023 round is the current one), got ${today}`,
    );
  }
}

/** NTNU's totals per round; each further institution is NTNU scaled by 0.8–1.2. */
export function institutionTotals(
  rng: Rng,
  institutions: number,
): { invited: number; responses: number }[][] {
  const totals: { invited: number; responses: number }[][] = [];
  for (let k = 1; k <= institutions; k++) {
    const factor = k === 1 ? 1 : rng.uniform(0.8, 1.2);
    totals.push(
      ROUND_FACTS.map((f) => {
        const invited = Math.round(f.invited * factor);
        const responses =
          k === 1 ? f.responses : Math.round(f.responses * factor * (1 + rng.normal(0, 0.02)));
        return { invited, responses: Math.min(invited, responses) };
      }),
    );
  }
  return totals;
}

const WORKING_HOURS_BY_STAFFING: Record<Staffing, readonly number[]> = {
  management: [0.35, 0.3, 0.25, 0.1],
  admin: [0.55, 0.33, 0.09, 0.03],
  mixed: [0.28, 0.27, 0.28, 0.17],
  academic: [0.1, 0.17, 0.38, 0.35],
};

const INDEX_COUNT = INDEX_PROFILES.length;

/** What stays the same about a unit from round to round. */
interface UnitTraits {
  indexShift: number[];
  indexSd: number[];
  responseRate: number;
  workingHours: number[];
  appraisalRate: number;
  usefulness: number;
  staffDrift: number;
}

/**
 * Sums over a unit's respondents, so that a parent's result is exactly the pooled result of its
 * own staff and its sub-units (means weighted by n, pooled SD).
 */
interface Accumulator {
  invited: number;
  respondents: number;
  n: number[];
  sumMean: number[];
  sumSquares: number[];
  hours: number[];
  appraisalYes: number;
  usefulnessSum: number;
}

/**
 * Unit results for every unit × round. Each unit's own staff get a result drawn around the index
 * profiles (unit effects, a random walk between rounds, sampling noise); every unit's reported
 * result pools its whole subtree, so the institution's totals are NTNU's published numbers.
 */
export function generateResults(
  rng: Rng,
  nodes: readonly UnitNode[],
  rounds: readonly RoundPlan[],
  totals: { invited: number; responses: number }[][],
): UnitResultRow[] {
  const institutionShift = new Map<number, number[]>();
  const traits = nodes.map((node): UnitTraits => {
    if (!institutionShift.has(node.institution)) {
      institutionShift.set(
        node.institution,
        INDEX_PROFILES.map(() => rng.normal(0, 0.05)),
      );
    }
    const general = rng.normal(0, 0.1);
    const shift = institutionShift.get(node.institution) ?? [];
    const hoursJitter = WORKING_HOURS_BY_STAFFING[node.staffing].map(
      (p) => p * rng.uniform(0.75, 1.25),
    );
    return {
      indexShift: INDEX_PROFILES.map((_, i) => shift[i] + general + rng.normal(0, 0.12)),
      indexSd: INDEX_PROFILES.map((p) => rng.uniform(p.sd[0], p.sd[1])),
      responseRate: rng.uniform(0.6, 0.9),
      workingHours: hoursJitter.map((p) => p / hoursJitter.reduce((s, q) => s + q, 0)),
      appraisalRate: rng.uniform(0.55, 0.9),
      usefulness: rng.uniform(3.2, 4.0),
      staffDrift: 0,
    };
  });

  const position = new Map(nodes.map((node, u) => [node, u]));
  const rows: UnitResultRow[] = [];
  rounds.forEach((round, r) => {
    const invited = nodes.map(() => 0);
    const respondents = nodes.map(() => 0);
    for (let k = 1; k <= totals.length; k++) {
      const members = nodes.map((n, i) => i).filter((i) => nodes[i].institution === k);
      const tiny = members.filter((i) => nodes[i].tiny);
      const regular = members.filter((i) => !nodes[i].tiny);
      for (const i of tiny) {
        invited[i] = rng.int(3, 6);
        respondents[i] = rng.int(2, Math.min(4, invited[i]));
      }
      const target = totals[k - 1][r];
      const sizes = allocate(
        target.invited - sum(tiny.map((i) => invited[i])),
        regular.map((i) => {
          traits[i].staffDrift += rng.normal(0, 0.05);
          return nodes[i].staffWeight * Math.exp(traits[i].staffDrift);
        }),
      );
      regular.forEach((i, j) => (invited[i] = sizes[j]));
      const answers = capAt(
        allocate(
          target.responses - sum(tiny.map((i) => respondents[i])),
          regular.map(
            (i) => invited[i] * clamp(traits[i].responseRate + rng.normal(0, 0.04), 0.5, 0.97),
          ),
        ),
        regular.map((i) => invited[i]),
      );
      regular.forEach((i, j) => (respondents[i] = answers[j]));
    }

    const accumulators = nodes.map((_, u) => ownResult(rng, traits[u], invited[u], respondents[u]));
    // Children come after their parents in `nodes`, so walking backwards completes each subtree first.
    for (let u = nodes.length - 1; u >= 0; u--) {
      const parent = nodes[u].parent;
      if (parent) addInto(accumulators[position.get(parent) ?? -1], accumulators[u]);
    }
    nodes.forEach((node, u) => rows.push(toRow(rng, round, node, accumulators[u])));
  });
  return rows;

  function ownResult(
    r: Rng,
    t: UnitTraits,
    unitInvited: number,
    unitRespondents: number,
  ): Accumulator {
    const acc = emptyAccumulator();
    acc.invited = unitInvited;
    acc.respondents = unitRespondents;
    INDEX_PROFILES.forEach((profile, i) => {
      t.indexShift[i] += r.normal(0, 0.06);
      const n = Math.max(0, unitRespondents - Math.round(unitRespondents * r.uniform(0, 0.03)));
      if (n === 0) return;
      const mean = clamp(
        profile.mean + t.indexShift[i] + r.normal(0, t.indexSd[i] / Math.sqrt(n)),
        1,
        5,
      );
      const sd = t.indexSd[i] * clamp(1 + r.normal(0, 0.2 / Math.sqrt(n)), 0.6, 1.4);
      acc.n[i] = n;
      acc.sumMean[i] = n * mean;
      acc.sumSquares[i] = n * (sd * sd + mean * mean);
    });
    for (let p = 0; p < unitRespondents; p++) {
      acc.hours[pickIndex(r.next(), t.workingHours)]++;
      if (r.chance(clamp(t.appraisalRate + r.normal(0, 0.04), 0.4, 0.97))) {
        acc.appraisalYes++;
        acc.usefulnessSum += clamp(t.usefulness + r.normal(0, 0.5), 1, 5);
      }
    }
    return acc;
  }
}

function toRow(rng: Rng, round: RoundPlan, node: UnitNode, acc: Accumulator): UnitResultRow {
  const indices: Record<string, IndexValue> = {};
  INDEX_PROFILES.forEach((profile, i) => {
    const n = acc.n[i];
    if (n === 0) return;
    const mean = acc.sumMean[i] / n;
    const variance = Math.max(0, acc.sumSquares[i] / n - mean * mean);
    indices[profile.code] = {
      mean: round2(clamp(mean, 1, 5)),
      sd: round2(clamp(Math.sqrt(variance), 0.5, 1.2)),
      n,
    };
  });
  const createdAt = officeTime(round.publishedOn, rng.int(0, 120));
  const hourTenths = allocate(1000, acc.hours);
  return {
    id: rng.uuid(),
    round_id: round.row.id,
    unit_id: node.row.id,
    invited: acc.invited,
    respondents: acc.respondents,
    indices,
    working_hours:
      acc.respondents === 0
        ? null
        : Object.fromEntries(WORKING_HOUR_BUCKETS.map((bucket, b) => [bucket, hourTenths[b] / 10])),
    appraisal_yes_pct:
      acc.respondents === 0 ? null : round2((100 * acc.appraisalYes) / acc.respondents),
    appraisal_usefulness:
      acc.appraisalYes === 0 ? null : round2(clamp(acc.usefulnessSum / acc.appraisalYes, 1, 5)),
    created_at: createdAt,
    updated_at: createdAt,
  };
}

function emptyAccumulator(): Accumulator {
  return {
    invited: 0,
    respondents: 0,
    n: new Array(INDEX_COUNT).fill(0),
    sumMean: new Array(INDEX_COUNT).fill(0),
    sumSquares: new Array(INDEX_COUNT).fill(0),
    hours: WORKING_HOUR_BUCKETS.map(() => 0),
    appraisalYes: 0,
    usefulnessSum: 0,
  };
}

function addInto(target: Accumulator, source: Accumulator): void {
  target.invited += source.invited;
  target.respondents += source.respondents;
  for (let i = 0; i < INDEX_COUNT; i++) {
    target.n[i] += source.n[i];
    target.sumMean[i] += source.sumMean[i];
    target.sumSquares[i] += source.sumSquares[i];
  }
  source.hours.forEach((h, b) => (target.hours[b] += h));
  target.appraisalYes += source.appraisalYes;
  target.usefulnessSum += source.usefulnessSum;
}

/** Lowers values above their cap and hands the excess to those with room, keeping the total. */
function capAt(values: number[], caps: readonly number[]): number[] {
  let excess = 0;
  const result = values.map((v, i) => {
    if (v <= caps[i]) return v;
    excess += v - caps[i];
    return caps[i];
  });
  const byRoom = result
    .map((_, i) => i)
    .sort((a, b) => caps[b] - result[b] - (caps[a] - result[a]) || a - b);
  for (let j = 0; excess > 0 && j < byRoom.length * 1000; j++) {
    const i = byRoom[j % byRoom.length];
    if (result[i] < caps[i]) {
      result[i]++;
      excess--;
    }
  }
  return result;
}

function pickIndex(u: number, probabilities: readonly number[]): number {
  let r = u;
  for (let i = 0; i < probabilities.length; i++) {
    r -= probabilities[i];
    if (r < 0) return i;
  }
  return probabilities.length - 1;
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
