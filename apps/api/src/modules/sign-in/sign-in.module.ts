import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { AuditModule } from '../audit';
import { AuthModule } from '../auth';
import { UsersModule } from '../users';
import { AuthController } from './auth.controller';
import { DevAuthController } from './dev-auth.controller';
import { OidcAuthController } from './oidc-auth.controller';
import { OidcClient } from './oidc-client';
import { OidcSignInService } from './oidc-sign-in.service';

/** Signing in and out: the demo sign-in page (AUTH_MODE=dev) or OpenID Connect (AUTH_MODE=oidc). */
@Module({})
export class SignInModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: SignInModule,
      imports: [AuditModule, AuthModule, UsersModule],
      controllers: [
        AuthController,
        ...(config.authMode === 'dev' ? [DevAuthController] : [OidcAuthController]),
      ],
      providers: config.authMode === 'oidc' ? [OidcClient, OidcSignInService] : [],
    };
  }
}
