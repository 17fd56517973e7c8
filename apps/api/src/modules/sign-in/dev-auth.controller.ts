import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Post,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MeDto } from '@tiltak/shared/api-contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { UsersService } from '../users';
import { DevLoginDto } from './dev-login.dto';
import { Public, SESSION_COOKIE, SessionService } from '../auth';
import { ApiContractResponse } from '../../openapi/api-decorators';

/** Log in as any seeded user by e-mail. Registered only when AUTH_MODE=dev. */
@ApiTags('auth')
@Controller('auth')
export class DevAuthController {
  constructor(
    private readonly sessions: SessionService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('dev-login')
  @ApiContractResponse('MeDto')
  @HttpCode(200)
  async devLogin(
    @Body() body: DevLoginDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeDto> {
    const user = await this.users.findActiveByEmail(body.email);
    if (!user) throw new UnauthorizedException(`No active user with e-mail ${body.email}`);
    // A new session id at every sign-in: the browser's previous session ends.
    const previous = req.cookies?.[SESSION_COOKIE];
    if (previous) await this.sessions.destroy(previous);
    const { token, expiresAt } = await this.sessions.create(user.id);
    void reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      expires: expiresAt,
    });
    return this.users.me(user.id);
  }

  /** The demo users to choose from on the dev sign-in page. */
  @Public()
  @Get('dev-users')
  @ApiContractResponse('DevUserDto', 'array')
  devUsers(): Promise<{ email: string; name: string; roles: string[] }[]> {
    return this.users.demoUsers();
  }
}
