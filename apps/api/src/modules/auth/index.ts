export { AuthGuard } from './auth.guard';
export { AuthModule } from './auth.module';
export { CurrentActor } from './current-actor.decorator';
export { Public } from './public.decorator';
export { SessionEntity } from './session.entity';
export { SESSION_COOKIE, SessionService } from './session.service';
