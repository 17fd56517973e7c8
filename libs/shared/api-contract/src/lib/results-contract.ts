/**
 * Shapes of survey results as the API shows them (docs/results-import.md, docs/anonymity.md):
 * a case's results with its comparisons, the results report and the impact between rounds.
 */

/** Why a unit's result, or one index value of it, is not shown. */
export type SuppressionReason = 'below_threshold' | 'complementary';

/**
 * One index value of a unit. An index answered by fewer people than the round's threshold (or hidden
 * so that it cannot be derived from other units) is shown without mean, SD and n.
 */
export type IndexValueDto =
  | { suppressed: false; suppressionReason: null; mean: number; sd: number; n: number }
  | { suppressed: true; suppressionReason: SuppressionReason; mean: null; sd: null; n: null };

export type IndexResultDto = IndexValueDto & { code: string };

/** A unit's result in a round: with no values at all when the unit is suppressed. */
export interface UnitResultDto {
  roundId: string;
  unitId: string;
  invited: number;
  respondents: number;
  responseRate: number | null;
  suppressed: boolean;
  suppressionReason: SuppressionReason | null;
  /** The indices answered in the unit; empty when the unit is suppressed. */
  indices: IndexResultDto[];
  workingHours: Record<string, number> | null;
  appraisalYesPct: number | null;
  appraisalUsefulness: number | null;
  version: number;
}

export interface ComparedUnitDto {
  unitId: string;
  unitCode: string;
  unitNameNb: string;
  unitNameEn: string;
  /** null when the unit has no result in the round. */
  result: UnitResultDto | null;
}

export interface EarlierResultDto extends UnitResultDto {
  roundYear: number;
  unitCode: string;
  /** `unit`: the same unit (same code); `predecessor`: a unit an admin named as its predecessor. */
  matchedBy: 'unit' | 'predecessor';
}

/** GET /api/cases/{id}/results: the unit's result with everything it is compared with. */
export interface CaseResultsDto {
  roundId: string;
  roundYear: number;
  anonymityThreshold: number;
  unit: Omit<ComparedUnitDto, 'result'>;
  current: UnitResultDto | null;
  /** The unit's (or its predecessors') results in earlier rounds, oldest first. */
  previous: EarlierResultDto[];
  parent: ComparedUnitDto | null;
  institution: ComparedUnitDto | null;
  /** The sector's mean per index code. */
  sector: Record<string, number>;
}

/** GET /api/reports/results */
export interface ResultsReportRowDto extends Omit<ComparedUnitDto, 'result'> {
  result: UnitResultDto;
}

export interface ResultsReportDto {
  roundId: string;
  roundYear: number;
  anonymityThreshold: number;
  sector: Record<string, number>;
  rows: ResultsReportRowDto[];
}

export interface IndexChangeDto {
  code: string;
  /** null when the unit has no value for the index in that round. */
  before: IndexValueDto | null;
  after: IndexValueDto | null;
  /** null unless both values are shown. */
  change: number | null;
  /** Standard error of the change, from both rounds' SD and n. */
  standardError: number | null;
  /** The change is smaller than two standard errors (or a side has fewer than 10 answers). */
  uncertain: boolean | null;
}

/** GET /api/cases/{id}/impact */
export interface CaseImpactDto {
  caseId: string;
  roundYear: number;
  /** The unit's next round with a result, or null while there is none. */
  nextRoundYear: number | null;
  /** Why no index values are shown, when they are not. */
  hidden: 'no_next_result' | 'suppressed' | null;
  caveat: string;
  areas: {
    areaId: string;
    kind: string;
    title: string;
    indexCodes: string[];
    measures: { total: number; done: number; evaluated: number };
    indices: IndexChangeDto[];
  }[];
}

export interface ImpactReportRowDto {
  code: string;
  withMeasures: { units: number; meanChange: number | null };
  without: { units: number; meanChange: number | null };
  /** Mean change with measures minus mean change without, in index points. */
  difference: number | null;
}

/** GET /api/reports/impact */
export interface ImpactReportDto {
  roundId: string;
  roundYear: number;
  nextRoundYear: number | null;
  unitId: string | null;
  caveat: string;
  rows: ImpactReportRowDto[];
}
