import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  EVALUATION_ACHIEVED,
  EVALUATION_VERDICT,
  MEASURE_STATUSES,
  type MeasureStatus,
  PRIORITY_SCORE_MAX,
  PRIORITY_SCORE_MIN,
} from '@tiltak/shared/domain';
import type {
  Achieved,
  CancelMeasureRequest,
  CreateMeasureRequest,
  DeadlineChangeRequest,
  EvaluationRequest,
  MeasureStatusRequest,
  UpdateMeasureRequest,
  Verdict,
} from '@tiltak/shared/api-contract';
import { Versioned, versionField, whenDefined, whenPresent } from '../../common/dto-helpers';
import { IsCalendarDate, NotBlank, SingleLine } from '../../common/validation';

class MeasureFields {
  @whenPresent()
  @IsString()
  @MaxLength(5_000)
  description?: string | null;

  @whenPresent()
  @IsString()
  @MaxLength(2_000)
  goal?: string | null;

  @whenPresent()
  @IsUUID('all', { message: 'responsibleUserId must be a UUID' })
  responsibleUserId?: string | null;

  @whenPresent()
  @IsString()
  @SingleLine()
  @MaxLength(300)
  responsibleRole?: string | null;

  @whenPresent()
  @IsInt()
  @Min(PRIORITY_SCORE_MIN)
  @Max(PRIORITY_SCORE_MAX)
  importance?: number | null;

  @whenPresent()
  @IsInt()
  @Min(PRIORITY_SCORE_MIN)
  @Max(PRIORITY_SCORE_MAX)
  feasibility?: number | null;
}

export class CreateMeasureDto extends MeasureFields implements CreateMeasureRequest {
  @IsUUID('all', { message: 'areaId must be a UUID' })
  areaId: string;

  @IsString()
  @NotBlank()
  @SingleLine()
  @MinLength(1)
  @MaxLength(300)
  title: string;

  /** The first deadline; later moves go through POST /measures/{id}/deadline with a reason. */
  @IsOptional()
  @IsCalendarDate()
  deadline?: string | null;
}

export class UpdateMeasureDto extends MeasureFields implements UpdateMeasureRequest {
  @versionField()
  version: number;

  @whenDefined()
  @IsUUID('all', { message: 'areaId must be a UUID' })
  areaId?: string;

  @whenDefined()
  @IsString()
  @NotBlank()
  @SingleLine()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  /** Only to set a first deadline; moving one needs POST /measures/{id}/deadline with a reason. */
  @whenPresent()
  @IsCalendarDate()
  deadline?: string | null;
}

export class MeasureStatusDto extends Versioned implements MeasureStatusRequest {
  @IsIn(MEASURE_STATUSES.filter((s) => s !== 'cancelled'), {
    message:
      'status must be planned, in_progress, done or postponed (cancel with POST /cancel and a reason)',
  })
  status: Exclude<MeasureStatus, 'cancelled'>;

  /** When done: the completion date (default today). */
  @IsOptional()
  @IsCalendarDate()
  completedOn?: string;
}

export class DeadlineChangeRequestDto extends Versioned implements DeadlineChangeRequest {
  @IsCalendarDate()
  deadline: string;

  @IsString()
  @MinLength(3, { message: 'reason must say why the deadline moves (at least 3 characters)' })
  @MaxLength(2_000)
  reason: string;
}

export class CancelMeasureDto extends Versioned implements CancelMeasureRequest {
  @IsString()
  @MinLength(3, { message: 'reason must say why the measure is cancelled (at least 3 characters)' })
  @MaxLength(2_000)
  reason: string;
}

export class EvaluationRequestDto extends Versioned implements EvaluationRequest {
  @IsIn(EVALUATION_ACHIEVED)
  achieved: Achieved;

  @IsIn(EVALUATION_VERDICT)
  verdict: Verdict;

  @IsString()
  @MinLength(1)
  @MaxLength(5_000)
  whatChanged: string;

  @IsOptional()
  @IsCalendarDate()
  evaluatedOn?: string;
}
