import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  AREA_KINDS,
  CASE_STATES,
  type CaseState,
  INDEX_CODES,
  MAX_AREAS_PER_GROUP,
} from '@tiltak/shared/domain';
import type {
  AreaKindValue,
  CreateAreaRequest,
  CreateCaseRequest,
  CreateGroupRequest,
  GroupProposal,
  ListCasesParams,
  TransitionRequest,
  UpdateAreaRequest,
  UpdateGroupRequest,
  UpdateWorkshopRequest,
} from '@tiltak/shared/api-contract';
import { PaginationQuery } from '../../common/pagination.dto';
import { Versioned, whenDefined, whenPresent } from '../../common/dto-helpers';
import { IsCalendarDate, NotBlank, SingleLine } from '../../common/validation';

const uuid = (field: string) => IsUUID('all', { message: `${field} must be a UUID` });

export class ListCasesQuery extends PaginationQuery implements ListCasesParams {
  @IsOptional()
  @uuid('roundId')
  roundId?: string;

  @IsOptional()
  @uuid('unitId')
  unitId?: string;

  /** With unitId: include the cases of every unit below it. */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'subtree must be true or false' })
  subtree?: boolean;

  @IsOptional()
  @IsIn(CASE_STATES)
  state?: CaseState;
}

export class CreateCaseDto implements CreateCaseRequest {
  @uuid('roundId')
  roundId: string;

  @uuid('unitId')
  unitId: string;
}

export class UpdateWorkshopDto extends Versioned implements UpdateWorkshopRequest {
  @whenPresent()
  @IsCalendarDate()
  date?: string | null;

  @whenPresent()
  @IsInt()
  @Min(0)
  @Max(100_000)
  participants?: number | null;

  @whenPresent()
  @IsString()
  @SingleLine()
  @MaxLength(200)
  facilitator?: string | null;

  @whenPresent()
  @IsString()
  @MaxLength(20_000)
  notes?: string | null;
}

export class TransitionDto extends Versioned implements TransitionRequest {
  @IsIn(CASE_STATES)
  to: CaseState;

  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  reason?: string;
}

export class GroupProposalDto implements GroupProposal {
  @IsIn(AREA_KINDS)
  kind: AreaKindValue;

  @IsString()
  @NotBlank()
  @SingleLine()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INDEX_CODES.length)
  @IsIn(INDEX_CODES, { each: true })
  indexCodes?: string[];
}

export class CreateGroupDto implements CreateGroupRequest {
  @IsString()
  @NotBlank()
  @SingleLine()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @IsArray()
  @ArrayMaxSize(MAX_AREAS_PER_GROUP, { message: 'proposals: a group proposes at most four areas' })
  @ValidateNested({ each: true })
  @Type(() => GroupProposalDto)
  proposals: GroupProposalDto[];
}

export class UpdateGroupDto extends Versioned implements UpdateGroupRequest {
  @whenDefined()
  @IsString()
  @NotBlank()
  @SingleLine()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @whenDefined()
  @IsArray()
  @ArrayMaxSize(MAX_AREAS_PER_GROUP, { message: 'proposals: a group proposes at most four areas' })
  @ValidateNested({ each: true })
  @Type(() => GroupProposalDto)
  proposals?: GroupProposalDto[];
}

export class CreateAreaDto implements CreateAreaRequest {
  @IsIn(AREA_KINDS)
  kind: AreaKindValue;

  @IsString()
  @NotBlank()
  @SingleLine()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  description?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INDEX_CODES.length)
  @IsIn(INDEX_CODES, { each: true })
  indexCodes?: string[];

  @IsOptional()
  @IsBoolean()
  selected?: boolean;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  rank?: number | null;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000)
  votes?: number;
}

export class UpdateAreaDto extends Versioned implements UpdateAreaRequest {
  @whenDefined()
  @IsIn(AREA_KINDS)
  kind?: AreaKindValue;

  @whenDefined()
  @IsString()
  @NotBlank()
  @SingleLine()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @whenPresent()
  @IsString()
  @MaxLength(5_000)
  description?: string | null;

  @whenDefined()
  @IsArray()
  @ArrayMaxSize(INDEX_CODES.length)
  @IsIn(INDEX_CODES, { each: true })
  indexCodes?: string[];

  @whenDefined()
  @IsBoolean()
  selected?: boolean;

  @whenPresent()
  @IsInt()
  @Min(1)
  @Max(100)
  rank?: number | null;

  @whenDefined()
  @IsInt()
  @Min(0)
  @Max(1_000)
  votes?: number;
}
