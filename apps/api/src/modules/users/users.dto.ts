import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AssignRoleRequest,
  type CreateUserRequest,
  type Language,
  LANGUAGES,
  type ListUsersParams,
  type UpdateMyProfileRequest,
  type UpdateUserRequest,
  type UserStatus,
} from '@tiltak/shared/api-contract';
import { ROLES, type Role } from '@tiltak/shared/domain';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { PaginationQuery } from '../../common/pagination.dto';
import { NotBlank, SingleLine } from '../../common/validation';

const defined = (_: object, v: unknown) => v !== undefined;

export const USER_STATUSES = ['active', 'inactive', 'all'] as const satisfies readonly UserStatus[];

export class ListUsersQuery extends PaginationQuery implements ListUsersParams {
  @IsOptional()
  @IsString()
  @SingleLine()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(USER_STATUSES, { message: 'status must be active, inactive or all' })
  status: UserStatus = 'active';

  /** The directory of a case: the people who may be made responsible for its measures. Required for non-admins. */
  @IsOptional()
  @IsUUID('all', { message: 'caseId must be a UUID' })
  caseId?: string;
}

export class UpdateMyProfileDto implements UpdateMyProfileRequest {
  @ValidateIf(defined)
  @IsIn(LANGUAGES)
  language?: Language;

  @ValidateIf(defined)
  @IsIn(['immediate', 'digest'])
  notifyMode?: 'immediate' | 'digest';
}

export class CreateUserDto implements CreateUserRequest {
  @IsString()
  @NotBlank()
  @SingleLine()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class UpdateUserDto extends UpdateMyProfileDto implements UpdateUserRequest {
  @ValidateIf(defined)
  @IsString()
  @NotBlank()
  @SingleLine()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ValidateIf(defined)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string;

  @ValidateIf(defined)
  @IsBoolean()
  active?: boolean;
}

export class AssignRoleDto implements AssignRoleRequest {
  @IsIn(ROLES)
  role: Role;

  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId: string;
}
