import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, Max, Min } from 'class-validator';
import type {
  EscalationPreviewParams,
  UpdateEscalationPolicyRequest,
} from '@tiltak/shared/api-contract';
import type { EscalationStep } from '@tiltak/shared/domain';
import { versionField } from '../../common/dto-helpers';

export class PreviewQuery implements EscalationPreviewParams {
  @ApiPropertyOptional({ type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'days must be a whole number' })
  @Min(0)
  @Max(365)
  days = 14;
}

export class UpdateEscalationPolicyDto implements UpdateEscalationPolicyRequest {
  @ApiProperty({
    description: 'The round version you last read (optimistic locking)',
  })
  @versionField()
  version: number;

  @ApiProperty({
    description:
      'The ladder, in order: { key, offsetDays, dayKind: calendar|business, recipient: responsible|line_manager|hr }',
    type: 'array',
    items: { $ref: '#/components/schemas/EscalationStep' },
  })
  @IsArray({ message: 'steps must be a list' })
  @ArrayMaxSize(20)
  steps: EscalationStep[];
}
