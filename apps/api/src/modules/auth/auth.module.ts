import { Module } from '@nestjs/common';
import { SessionPurgeCron } from './session-purge.cron';
import { SessionService } from './session.service';

/**
 * The session of a request: its cookie, the actor it carries and the guard that checks it (registered
 * as APP_GUARD by AppModule). Signing in and out is the sign-in module's.
 */
@Module({
  providers: [SessionService, SessionPurgeCron],
  exports: [SessionService],
})
export class AuthModule {}
