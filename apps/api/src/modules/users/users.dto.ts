import { ApiPropertyOptional } from '@nestjs/swagger';
import type { UserStatus } from '@tiltak/shared/api-contract';
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

export class ListUsersQuery extends PaginationQuery {
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

export class UpdateMyProfileDto {
  @ValidateIf(defined)
  @IsIn(['nb', 'en'])
  language?: 'nb' | 'en';

  @ValidateIf(defined)
  @IsIn(['immediate', 'digest'])
  notifyMode?: 'immediate' | 'digest';
}

export class CreateUserDto {
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
  @IsIn(['nb', 'en'])
  language?: 'nb' | 'en';
}

export class UpdateUserDto extends UpdateMyProfileDto {
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

export class AssignRoleDto {
  @IsIn(ROLES)
  role: Role;

  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId: string;
}
