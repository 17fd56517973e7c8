import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { Injector, inject } from '@angular/core';
import { Router } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { catchError, throwError } from 'rxjs';
import { SILENT_ERRORS } from './http-context';
import { SessionStore } from './session.store';

/**
 * Same-origin API calls carry the session cookie. A 401 means the session ended: go to sign-in.
 * Other failures get a snackbar unless the caller marked the request SILENT_ERRORS and explains
 * the problem itself (guard messages, stale versions, field errors). A rate limit (429) is always
 * explained, with the wait the server asks for (Retry-After).
 */
export const apiInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/')) return next(request);
  const injector = inject(Injector);
  const router = inject(Router);
  const session = inject(SessionStore);
  const translate = inject(TranslateService);
  const silent = request.context.get(SILENT_ERRORS);
  // The snack bar is loaded on the first failure, keeping it out of the initial bundle.
  const notify = (message: string) =>
    void import('@angular/material/snack-bar').then(({ MatSnackBar }) =>
      injector
        .get(MatSnackBar)
        .open(message, translate.instant('common.close'), { duration: 8000 }),
    );

  return next(request.clone({ withCredentials: true })).pipe(
    catchError((failure: unknown) => {
      if (failure instanceof HttpErrorResponse) {
        if (failure.status === 401 && !request.url.startsWith('/api/auth/')) {
          session.clear();
          void router.navigate(['/sign-in'], { queryParams: { returnUrl: router.url } });
        } else if (failure.status === 429) {
          const seconds = Math.max(1, Number(failure.headers.get('Retry-After')) || 60);
          notify(translate.instant('errors.tooMany', { seconds }));
        } else if (!silent && failure.status !== 401) {
          const key =
            failure.status === 0
              ? 'errors.network'
              : failure.status === 403
                ? 'errors.forbidden'
                : failure.status === 404
                  ? 'errors.notFound'
                  : 'errors.server';
          notify(translate.instant(key));
        }
      }
      return throwError(() => failure);
    }),
  );
};
