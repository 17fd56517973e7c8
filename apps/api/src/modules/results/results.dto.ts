import type { EnterResultsRequest } from '@tiltak/shared/api-contract';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsInt, IsObject, IsOptional, Max, Min } from 'class-validator';
import type { UncheckedFields } from '../../common/dto-helpers';

/**
 * PUT /api/cases/{id}/results: a leader types in the unit's result from the PDF report. The values are
 * checked by the same rules as an import, and every problem is reported at once.
 */
export class EnterResultsDto implements UncheckedFields<EnterResultsRequest> {
  /** The version last read; omit it when the unit has no result yet. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  @Allow()
  invited: unknown;

  @ApiProperty({ type: 'integer', minimum: 0 })
  @Allow()
  respondents: unknown;

  /** { "<index code>": { "mean": 4.1, "sd": 0.7, "n": 23 } } */
  @IsOptional()
  @IsObject()
  indices?: Record<string, { mean?: unknown; sd?: unknown; n?: unknown }>;

  /** Percent of respondents per bucket: { "<=37.5": 20, "37.5-40": 30, "40-45": 35, ">45": 15 } */
  @IsOptional()
  @IsObject()
  workingHours?: Record<string, unknown> | null;

  @ApiPropertyOptional({ type: 'number', minimum: 0, maximum: 100, nullable: true })
  @Allow()
  appraisalYesPct?: unknown;

  @ApiPropertyOptional({ type: 'number', minimum: 1, maximum: 5, nullable: true })
  @Allow()
  appraisalUsefulness?: unknown;
}
