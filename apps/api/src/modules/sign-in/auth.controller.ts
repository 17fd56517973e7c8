import { Controller, Get, HttpCode, Inject, Optional, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthConfigDto, LogoutDto, MeDto } from '@tiltak/shared/api-contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../common/actor';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { UsersService } from '../users';
import { CurrentActor, Public, SESSION_COOKIE, SessionService } from '../auth';
import { OidcClient } from './oidc-client';
import { ApiContractResponse } from '../../openapi/api-decorators';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    // Registered only when AUTH_MODE=oidc.
    @Optional() private readonly oidc?: OidcClient,
  ) {}

  /** How the sign-in page signs people in. */
  @Public()
  @Get('config')
  @ApiContractResponse('AuthConfigDto')
  authConfig(): AuthConfigDto {
    return { mode: this.config.authMode, providerName: this.config.oidc?.providerName ?? null };
  }

  @Get('me')
  @ApiContractResponse('MeDto')
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.users.me(actor.userId);
  }

  /** Ends the session here; redirectUrl signs out at the issuer too when it offers that. */
  @Public()
  @Post('logout')
  @ApiContractResponse('LogoutDto')
  @HttpCode(200)
  async logout(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LogoutDto> {
    const token = req.cookies?.[SESSION_COOKIE];
    const ended = token ? await this.sessions.destroy(token) : null;
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    const signInPage = `${this.config.publicUrl.replace(/\/+$/, '')}/sign-in`;
    const atIssuer =
      ended && this.oidc ? await this.oidc.endSessionUrl(ended.idToken, signInPage) : null;
    return { redirectUrl: atIssuer ?? '/sign-in' };
  }
}
