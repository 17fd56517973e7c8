import { generateCases } from './generate/cases';
import { generateOrganisation } from './generate/organisation';
import {
  assertTodayIsSupported,
  generateResults,
  institutionTotals,
  planRounds,
} from './generate/results';
import { Rng } from './rng';
import { type DemoData } from './types';

export interface DemoDataOptions {
  /** PRNG seed; the same seed (and `today`) always gives the same rows. Default 1. */
  seed?: number;
  /**
   * 1 ≈ NTNU (~7,600 employees, ~300 units). N > 1 adds N − 1 institutions shaped like NTNU
   * (codes `UNI2`, `UNI2-IE`, `UNI2-IE-IDI`, …, each 0.8–1.2 × NTNU's staff) for sector-size
   * benchmarks: units, cases and measures grow N-fold. A positive integer. Default 1.
   */
  scale?: number;
  /** The current date in Europe/Oslo, `YYYY-MM-DD`; the current round's deadlines lie around it. */
  today: string;
}

/** Pure and deterministic: no clock, no I/O, no Math.random. */
export function generateDemoData(opts: DemoDataOptions): DemoData {
  const seed = opts.seed ?? 1;
  const scale = opts.scale ?? 1;
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000)
    throw new Error(`scale must be an integer from 1 to 1000, got ${scale}`);
  assertTodayIsSupported(opts.today);

  const rng = new Rng(seed);
  const organisation = generateOrganisation(rng.fork('organisation'), scale);
  const totals = institutionTotals(rng.fork('totals'), scale);
  const rounds = planRounds(rng.fork('rounds'), opts.today, totals);
  const results = generateResults(rng.fork('results'), organisation.nodes, rounds, totals);
  const resultByRoundAndUnit = new Map(
    results.map((row) => [`${row.round_id}:${row.unit_id}`, row]),
  );
  const cases = generateCases(
    rng.fork('cases'),
    opts.today,
    organisation.nodes,
    rounds,
    resultByRoundAndUnit,
  );

  return {
    app_user: organisation.users,
    org_unit: organisation.units,
    role_assignment: organisation.roles,
    survey_round: rounds.map((round) => round.row),
    unit_result: results,
    ...cases,
  };
}
