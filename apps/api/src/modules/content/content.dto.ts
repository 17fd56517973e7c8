import {
  CONTENT_BODY_MAX_LENGTH,
  type UpdateContentPageRequest,
} from '@tiltak/shared/api-contract';
import { IsString, Matches, MaxLength } from 'class-validator';
import { Versioned } from '../../common/dto-helpers';

export class UpdateContentPageDto extends Versioned implements UpdateContentPageRequest {
  @IsString()
  @Matches(/\S/, { message: 'bodyNb must not be empty' })
  @MaxLength(CONTENT_BODY_MAX_LENGTH)
  bodyNb: string;

  @IsString()
  @Matches(/\S/, { message: 'bodyEn must not be empty' })
  @MaxLength(CONTENT_BODY_MAX_LENGTH)
  bodyEn: string;
}
