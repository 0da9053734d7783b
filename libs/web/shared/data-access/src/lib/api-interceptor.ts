import type { HttpInterceptorFn } from '@angular/common/http';

/** Header the API requires on every state-changing panel call: a cross-site form cannot set it. */
export const CSRF_HEADER = 'X-PDE-CSRF';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True for calls to the platform's own API (relative `/api/...`, served on the same origin). */
export function isPlatformApiUrl(url: string): boolean {
  return url.startsWith('/api/') || url === '/api';
}

/**
 * Adds the anti-CSRF header to unsafe calls to `/api/` and sends the session cookie. The web app
 * and the API share one origin, so the cookie would travel anyway; `withCredentials` keeps it
 * explicit if the app is ever served from another host behind the same proxy.
 */
export const apiInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isPlatformApiUrl(request.url)) return next(request);
  const unsafe = !SAFE_METHODS.has(request.method.toUpperCase());
  return next(
    request.clone({
      withCredentials: true,
      setHeaders: unsafe ? { [CSRF_HEADER]: '1' } : {},
    }),
  );
};
