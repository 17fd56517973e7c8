import type { CreateCommentRequest, CreateConfirmationRequest } from '@tiltak/shared/api-contract';
import { CASE_STATES, type CaseState } from '@tiltak/shared/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class CreateCommentDto implements CreateCommentRequest {
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(10_000)
  body: string;

  @IsOptional()
  @IsUUID('all', { message: 'measureId must be a UUID' })
  measureId?: string | null;
}

export class CreateConfirmationDto implements CreateConfirmationRequest {
  /** The phase the safety representative took part in (the case state it belongs to). */
  @IsIn(CASE_STATES)
  phase: CaseState;

  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  note?: string | null;
}
