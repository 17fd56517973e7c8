import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { SessionService } from './session.service';

/**
 * Expired sessions and abandoned sign-ins are deleted hourly. Every replica may run it: the DELETE is
 * idempotent, and resolve() refuses an expired session whether or not it has been purged yet.
 */
@Injectable()
export class SessionPurgeCron {
  private readonly logger = new Logger('SessionPurgeCron');

  constructor(private readonly sessions: SessionService) {}

  @Cron(CronExpression.EVERY_HOUR)
  async onPurgeTick(): Promise<void> {
    try {
      const { sessions, logins } = await this.sessions.purgeExpired();
      if (sessions || logins)
        this.logger.log(`Purged ${sessions} expired sessions and ${logins} abandoned sign-ins`);
    } catch (error) {
      this.logger.error(
        `Purging expired sessions failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
