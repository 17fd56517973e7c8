import { Allow, IsInt, IsObject, IsOptional, Max, Min } from 'class-validator';
import type { CaseResultsDto, UnitResultDto } from '@tiltak/shared/api-contract';
import type { SuppressionReason } from './anonymity';

/** A unit result as shown: with no values at all when suppressed (docs/anonymity.md). */
export interface ShownResultDto extends UnitResultDto {
  suppressionReason: SuppressionReason | null;
  version: number;
}

export interface ComparedUnitDto {
  unitId: string;
  unitCode: string;
  unitNameNb: string;
  unitNameEn: string;
  /** null when the unit has no result in the round. */
  result: ShownResultDto | null;
}

export interface EarlierResultDto extends ShownResultDto {
  roundYear: number;
  unitCode: string;
  /** `unit`: the same unit (same code); `predecessor`: a unit an admin named as its predecessor. */
  matchedBy: 'unit' | 'predecessor';
}

/** GET /api/cases/{id}/results: the unit's results with everything it is compared with. */
export interface CaseResultsComparisonDto extends CaseResultsDto {
  current: ShownResultDto | null;
  previous: EarlierResultDto[];
  roundId: string;
  roundYear: number;
  anonymityThreshold: number;
  unit: Omit<ComparedUnitDto, 'result'>;
  parent: ComparedUnitDto | null;
  institution: ComparedUnitDto | null;
}

/**
 * PUT /api/cases/{id}/results: a leader types in the unit's result from the PDF report. The values are
 * checked by the same rules as an import, and every problem is reported at once.
 */
export class EnterResultsDto {
  /** The version last read; omit it when the unit has no result yet. */
  @IsOptional() @IsInt() @Min(1) @Max(2_147_483_647)
  version?: number;

  @Allow()
  invited: unknown;

  @Allow()
  respondents: unknown;

  /** { "<index code>": { "mean": 4.1, "sd": 0.7, "n": 23 } } */
  @IsOptional() @IsObject()
  indices?: Record<string, { mean?: unknown; sd?: unknown; n?: unknown }>;

  /** Percent of respondents per bucket: { "<=37.5": 20, "37.5-40": 30, "40-45": 35, ">45": 15 } */
  @IsOptional() @IsObject()
  workingHours?: Record<string, unknown> | null;

  @Allow()
  appraisalYesPct?: unknown;

  @Allow()
  appraisalUsefulness?: unknown;
}
