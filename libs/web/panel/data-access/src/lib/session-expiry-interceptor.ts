import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { isPlatformApiUrl, readApiError } from '@pde/web/shared/data-access';
import { catchError, throwError } from 'rxjs';
import { PANEL_HOME_PATH, PANEL_SIGN_IN_PATH, RETURN_URL_PARAM } from './panel-paths';
import { SESSION_EXPIRED_CODE } from './session-codes';
import { SESSION_INVALID_MESSAGE, SessionStore } from './session-store';
import { SKIP_SESSION_REDIRECT } from './skip-session-redirect';

/**
 * When the API says the session ended (401 `SESION_EXPIRADA`, or any 401 while this tab believes it
 * is signed in), clears the session and takes the person to sign-in with the API's explanation,
 * keeping the page to come back to. The error still reaches the caller, which should just stop.
 */
export const sessionExpiryInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isPlatformApiUrl(request.url) || request.context.get(SKIP_SESSION_REDIRECT)) return next(request);
  const store = inject(SessionStore);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        const problem = readApiError(error);
        const expired = problem.code === SESSION_EXPIRED_CODE;
        if (expired || store.isAuthenticated()) {
          store.expire(expired ? problem.message : SESSION_INVALID_MESSAGE);
          const current = router.url;
          if (!current.startsWith(PANEL_SIGN_IN_PATH)) {
            const queryParams = current.startsWith(PANEL_HOME_PATH) && current !== PANEL_HOME_PATH ? { [RETURN_URL_PARAM]: current } : {};
            void router.navigate([PANEL_SIGN_IN_PATH], { queryParams });
          }
        }
      }
      return throwError(() => error);
    }),
  );
};
