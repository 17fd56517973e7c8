import { type CaseStateName, type MeasureStatusName } from './types';

/*
 * Minimal copies of the shared catalogue (libs/shared/domain). Kept here on purpose: the CLI runs
 * under plain ts-node, which does not resolve tsconfig path aliases, and the generator only needs
 * the codes. generate-demo-data.spec.ts checks them against @tiltak/shared/domain.
 */

export const CASE_STATES = [
  'results_published',
  'results_presented',
  'areas_chosen',
  'measures_planned',
  'evaluated',
  'closed',
] as const satisfies readonly CaseStateName[];

export const MEASURE_STATUSES = [
  'planned',
  'in_progress',
  'done',
  'postponed',
  'cancelled',
] as const satisfies readonly MeasureStatusName[];

export function stateAtLeast(state: CaseStateName, wanted: CaseStateName): boolean {
  return CASE_STATES.indexOf(state) >= CASE_STATES.indexOf(wanted);
}

/**
 * The 17 indices with the plausible synthetic ranges of ../shared/domain/glossary.md: the centre of
 * the mean range and the SD range.
 */
export const INDEX_PROFILES = [
  { code: 'autonomy', mean: 4.15, sd: [0.5, 0.8] },
  { code: 'meaningful_work', mean: 4.25, sd: [0.5, 0.8] },
  { code: 'intrinsic_motivation', mean: 4.2, sd: [0.5, 0.8] },
  { code: 'role_clarity', mean: 3.95, sd: [0.6, 0.9] },
  { code: 'no_role_conflict', mean: 3.55, sd: [0.7, 1.0] },
  { code: 'no_stress', mean: 3.05, sd: [0.8, 1.0] },
  { code: 'no_work_home_conflict', mean: 3.2, sd: [0.8, 1.0] },
  { code: 'leader_relations', mean: 3.9, sd: [0.7, 1.0] },
  { code: 'recognition', mean: 3.65, sd: [0.7, 1.0] },
  { code: 'clear_expectations', mean: 3.7, sd: [0.7, 1.0] },
  { code: 'influence', mean: 3.6, sd: [0.7, 1.0] },
  { code: 'collegial_community', mean: 3.95, sd: [0.7, 0.9] },
  { code: 'extra_role', mean: 3.85, sd: [0.6, 0.9] },
  { code: 'no_incivility', mean: 4.15, sd: [0.6, 0.9] },
  { code: 'no_interpersonal_conflict', mean: 4.2, sd: [0.6, 0.9] },
  { code: 'development_culture', mean: 3.6, sd: [0.7, 1.0] },
  { code: 'belonging', mean: 3.85, sd: [0.7, 1.0] },
] as const satisfies readonly {
  code: string;
  mean: number;
  sd: readonly [number, number];
}[];

export type IndexCode = (typeof INDEX_PROFILES)[number]['code'];

export const INDEX_CODES: readonly IndexCode[] = INDEX_PROFILES.map((p) => p.code);

/** Buckets of weekly working hours, as the survey reports them. */
export const WORKING_HOUR_BUCKETS = ['<=37.5', '37.5-40', '40-45', '>45'] as const;

/** The survey's minimum number of respondents for a unit report (docs/anonymity.md § The threshold, default 5). */
export const ANONYMITY_THRESHOLD = 5;
