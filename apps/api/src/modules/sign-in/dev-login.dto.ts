import type { DevLoginRequest } from '@tiltak/shared/api-contract';
import { IsEmail, MaxLength } from 'class-validator';

export class DevLoginDto implements DevLoginRequest {
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;
}
