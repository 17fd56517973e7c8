import type {
  CreateOrgUnitRequest,
  OrgUnitKind,
  UpdateOrgUnitRequest,
} from '@tiltak/shared/api-contract';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { NotBlank, SingleLine } from '../../common/validation';

export const ORG_UNIT_KINDS: OrgUnitKind[] = [
  'institution',
  'faculty',
  'department',
  'section',
  'group',
];
const defined = (_: object, v: unknown) => v !== undefined;

export class CreateOrgUnitDto implements CreateOrgUnitRequest {
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,39}$/, {
    message: 'code must be 1–40 capital letters, digits or dashes, e.g. IE-IDI',
  })
  code: string;

  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a UUID' })
  parentId?: string | null;

  @IsIn(ORG_UNIT_KINDS)
  kind: OrgUnitKind;

  @IsString()
  @NotBlank()
  @SingleLine()
  @MinLength(1)
  @MaxLength(300)
  nameNb: string;

  @IsString()
  @NotBlank()
  @SingleLine()
  @MinLength(1)
  @MaxLength(300)
  nameEn: string;

  @IsOptional()
  @IsUUID('all', { message: 'leaderId must be a UUID' })
  leaderId?: string | null;
}

export class UpdateOrgUnitDto implements UpdateOrgUnitRequest {
  @ValidateIf(defined)
  @IsString()
  @NotBlank()
  @SingleLine()
  @MinLength(1)
  @MaxLength(300)
  nameNb?: string;

  @ValidateIf(defined)
  @IsString()
  @NotBlank()
  @SingleLine()
  @MinLength(1)
  @MaxLength(300)
  nameEn?: string;

  @IsOptional()
  @IsUUID('all', { message: 'leaderId must be a UUID' })
  leaderId?: string | null;

  @ValidateIf(defined)
  @IsBoolean()
  active?: boolean;
}
