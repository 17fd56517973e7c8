import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../common/actor';
import { IS_PUBLIC } from './public.decorator';
import { SESSION_COOKIE, SessionService } from './session.service';

/** Global guard: every route needs a valid session unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()]))
      return true;
    const request = ctx.switchToHttp().getRequest<FastifyRequest & { actor?: Actor }>();
    const token = request.cookies?.[SESSION_COOKIE];
    const actor = token ? await this.sessions.resolve(token, String(request.id)) : null;
    if (!actor) throw new UnauthorizedException('Sign in first');
    request.actor = actor;
    return true;
  }
}
