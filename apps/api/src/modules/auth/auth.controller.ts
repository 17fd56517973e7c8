import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MeDto } from '@tiltak/shared/api-contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../common/actor';
import { UsersService } from '../users/users.service';
import { CurrentActor } from './current-actor.decorator';
import { Public } from './public.decorator';
import { SESSION_COOKIE, SessionService } from './session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionService,
    private readonly users: UsersService,
  ) {}

  @Get('me')
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.users.me(actor.userId);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) await this.sessions.destroy(token);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
