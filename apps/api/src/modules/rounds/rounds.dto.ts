import type { CreateRoundRequest, UpdateRoundRequest } from '@tiltak/shared/api-contract';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate, NotBlank, SingleLine } from '../../common/validation';
import { Versioned, whenDefined, whenPresent } from '../../common/dto-helpers';

export class CreateRoundDto implements CreateRoundRequest {
  @IsString()
  @NotBlank()
  @SingleLine()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  invitedCount?: number | null;

  @IsOptional()
  @IsCalendarDate()
  invitedDate?: string | null;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  anonymityThreshold?: number;

  @IsOptional()
  @IsCalendarDate()
  followUpMeetingBy?: string | null;

  @IsOptional()
  @IsCalendarDate()
  planRegisteredBy?: string | null;

  @IsOptional()
  @IsCalendarDate()
  evaluationBy?: string | null;
}

export class UpdateRoundDto extends Versioned implements UpdateRoundRequest {
  @whenDefined()
  @IsString()
  @NotBlank()
  @SingleLine()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @whenPresent()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  invitedCount?: number | null;

  @whenPresent()
  @IsCalendarDate()
  invitedDate?: string | null;

  @whenPresent()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  responses?: number | null;

  @whenDefined()
  @IsInt()
  @Min(1)
  @Max(100)
  anonymityThreshold?: number;

  @whenPresent()
  @IsCalendarDate()
  followUpMeetingBy?: string | null;

  @whenPresent()
  @IsCalendarDate()
  planRegisteredBy?: string | null;

  @whenPresent()
  @IsCalendarDate()
  evaluationBy?: string | null;
}
