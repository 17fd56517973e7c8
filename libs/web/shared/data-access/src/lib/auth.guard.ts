import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@tiltak/shared/domain';
import { LanguageService } from './language.service';
import { SessionStore } from './session.store';

/** Signed-in users only; others go to sign-in and come back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const language = inject(LanguageService);
  const me = await session.ensureLoaded().catch(() => null);
  if (me) {
    await language.adoptUserPreference();
    return true;
  }
  return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

/** Only for holders of one of these roles; others land on the home page. */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return () => {
    const session = inject(SessionStore);
    return session.hasRole(...roles) || inject(Router).createUrlTree(['/']);
  };
}
