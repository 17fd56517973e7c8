import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '../../common/actor';

export const CurrentActor = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Actor =>
    ctx.switchToHttp().getRequest<{ actor: Actor }>().actor,
);
