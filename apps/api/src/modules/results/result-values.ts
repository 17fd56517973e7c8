import { INDICES } from '@tiltak/shared/domain';
import type { IndexValues } from './unit-result.entity';

/**
 * One unit's survey result as the import format and hand entry carry it (docs/results-import.md),
 * and the one validation both use: every problem of a row is reported, named by its column.
 */

/** Working-hours buckets as stored in unit_result.working_hours, and their import columns. */
export const WORKING_HOURS_COLUMNS = [
  { bucket: '<=37.5', column: 'hours_le_37_5' },
  { bucket: '37.5-40', column: 'hours_37_5_to_40' },
  { bucket: '40-45', column: 'hours_40_to_45' },
  { bucket: '>45', column: 'hours_gt_45' },
] as const;

export const INDEX_COLUMNS = INDICES.flatMap((i) => [
  `${i.code}_mean`,
  `${i.code}_sd`,
  `${i.code}_n`,
]);

/** Every column of the unit-results format, in the documented order. */
export const RESULT_COLUMNS = [
  'unit_code',
  'invited',
  'respondents',
  ...INDEX_COLUMNS,
  ...WORKING_HOURS_COLUMNS.map((h) => h.column),
  'appraisal_yes_pct',
  'appraisal_usefulness',
] as const;

export const REQUIRED_COLUMNS = ['unit_code', 'invited', 'respondents'] as const;

export interface ResultValues {
  invited: number;
  respondents: number;
  indices: IndexValues;
  workingHours: Record<string, number> | null;
  appraisalYesPct: number | null;
  appraisalUsefulness: number | null;
}

export interface Problem {
  column: string;
  problem: string;
}

export type Cell = string | number | null | undefined;

const blank = (v: Cell) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Numbers as written by Excel or by hand: "4.12", "4,12", 4.12; blank is null; anything else is NaN. */
export function parseNumber(v: Cell): number | null {
  if (blank(v)) return null;
  if (typeof v === 'number') return v;
  const text = String(v).trim().replace(/\s/g, '');
  if (!/^-?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return Number.NaN;
  return Number(text.replace(',', '.'));
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Validates one row (column name → cell) and returns the values, or every problem found. Decimals
 * are kept to two places, as the survey's reports print them.
 */
export function validateResultRow(cells: Record<string, Cell>): {
  values: ResultValues | null;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const need = (
    column: string,
    check: (x: number) => string | null,
    opts: { optional?: boolean; integer?: boolean } = {},
  ): number | null => {
    const raw = cells[column];
    const x = parseNumber(raw);
    if (x === null) {
      if (!opts.optional) problems.push({ column, problem: 'is required' });
      return null;
    }
    if (Number.isNaN(x)) {
      problems.push({ column, problem: `must be a number, got "${String(raw).slice(0, 40)}"` });
      return null;
    }
    if (opts.integer && !Number.isInteger(x)) {
      problems.push({ column, problem: 'must be a whole number' });
      return null;
    }
    const wrong = check(x);
    if (wrong) {
      problems.push({ column, problem: wrong });
      return null;
    }
    return opts.integer ? x : round2(x);
  };
  const between = (lo: number, hi: number) => (x: number) =>
    x < lo || x > hi ? `must be between ${lo} and ${hi}` : null;

  const invited = need('invited', between(0, 1_000_000), { integer: true });
  const respondents = need('respondents', between(0, 1_000_000), { integer: true });
  if (invited !== null && respondents !== null && respondents > invited) {
    problems.push({ column: 'respondents', problem: `must not exceed invited (${invited})` });
  }

  const indices: IndexValues = {};
  for (const index of INDICES) {
    const cols = [`${index.code}_mean`, `${index.code}_sd`, `${index.code}_n`];
    const given = cols.filter((c) => !blank(cells[c]));
    if (given.length === 0) continue;
    if (given.length < 3) {
      for (const c of cols.filter((c) => blank(cells[c]))) {
        problems.push({
          column: c,
          problem: `is required when ${given.join(' and ')} ${given.length === 1 ? 'is' : 'are'} given`,
        });
      }
      continue;
    }
    const mean = need(cols[0], between(1, 5));
    const sd = need(cols[1], between(0, 4));
    const n = need(
      cols[2],
      (x) =>
        x < 1
          ? 'must be at least 1 (leave the index blank when nobody answered)'
          : respondents !== null && x > respondents
            ? `must not exceed respondents (${respondents})`
            : null,
      { integer: true },
    );
    if (mean !== null && sd !== null && n !== null) indices[index.code] = { mean, sd, n };
  }

  let workingHours: Record<string, number> | null = null;
  const hoursGiven = WORKING_HOURS_COLUMNS.filter((h) => !blank(cells[h.column]));
  if (hoursGiven.length > 0) {
    const values = WORKING_HOURS_COLUMNS.map((h) => need(h.column, between(0, 100)));
    if (values.every((v): v is number => v !== null)) {
      const sum = values.reduce((s, v) => s + v, 0);
      if (Math.abs(sum - 100) > 1) {
        problems.push({
          column: WORKING_HOURS_COLUMNS[WORKING_HOURS_COLUMNS.length - 1].column,
          problem: `the working-hours percentages must add up to 100, got ${round2(sum)}`,
        });
      } else {
        workingHours = Object.fromEntries(
          WORKING_HOURS_COLUMNS.map((h, i) => [h.bucket, values[i]]),
        );
      }
    }
  }

  const appraisalYesPct = need('appraisal_yes_pct', between(0, 100), { optional: true });
  const appraisalUsefulness = need('appraisal_usefulness', between(1, 5), { optional: true });

  if (problems.length || invited === null || respondents === null)
    return { values: null, problems };
  return {
    values: { invited, respondents, indices, workingHours, appraisalYesPct, appraisalUsefulness },
    problems,
  };
}

/** Whether storing `next` would change anything (so that a re-import writes nothing). */
export function sameValues(a: ResultValues, b: ResultValues): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: ResultValues): string {
  const indices = Object.keys(v.indices)
    .sort()
    .map((k) => [k, Number(v.indices[k].mean), Number(v.indices[k].sd), Number(v.indices[k].n)]);
  const hours = v.workingHours
    ? Object.keys(v.workingHours)
        .sort()
        .map((k) => [k, Number(v.workingHours?.[k])])
    : null;
  return JSON.stringify([
    v.invited,
    v.respondents,
    indices,
    hours,
    v.appraisalYesPct === null ? null : Number(v.appraisalYesPct),
    v.appraisalUsefulness === null ? null : Number(v.appraisalUsefulness),
  ]);
}
