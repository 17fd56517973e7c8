import { Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/errors';
import { CurrentActor, Public } from '../auth';
import { CalendarFeedService } from './calendar-feed.service';
import { ApiContractResponse, ApiFileResponse } from '../../openapi/api-decorators';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  /** A new secret feed address for the signed-in user (shown once); the old one stops working. */
  @Post('token')
  @ApiContractResponse('CalendarFeedUrlDto')
  @HttpCode(200)
  reset(@CurrentActor() actor: Actor): Promise<{ url: string }> {
    return this.feeds.reset(actor.userId);
  }

  @Delete('token')
  @HttpCode(204)
  revoke(@CurrentActor() actor: Actor): Promise<void> {
    return this.feeds.revoke(actor.userId);
  }

  /** The feed itself: calendar clients cannot sign in, so the secret address is the credential. */
  @Public()
  @Get(':token')
  @ApiFileResponse('text/calendar')
  async feed(
    @Param('token') token: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const secret = token.replace(/\.ics$/, '');
    const body = /^[\w-]{20,64}$/.test(secret) ? await this.feeds.feed(secret) : null;
    if (body === null) throw notFound('Calendar');
    // Set only on success: an error leaves as JSON.
    void reply
      .header('Content-Type', 'text/calendar; charset=utf-8')
      .header('Cache-Control', 'private, max-age=300');
    return body;
  }
}
