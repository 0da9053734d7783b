import { inject } from '@angular/core';
import { Router, type CanActivateChildFn, type CanActivateFn, type UrlTree } from '@angular/router';
import { readApiError } from '@pde/web/shared/data-access';
import { PANEL_HOME_PATH, PANEL_PASSWORD_PATH, PANEL_SIGN_IN_PATH, RETURN_URL_PARAM, isPasswordChangeUrl } from './panel-paths';
import { SessionStore } from './session-store';

/** With a temporary password, every panel page but the password change leads to the password change. */
function passwordChangeFirst(store: SessionStore, router: Router, url: string): true | UrlTree {
  return store.mustChangePassword() && !isPasswordChangeUrl(url) ? router.createUrlTree([PANEL_PASSWORD_PATH]) : true;
}

function signInTree(router: Router, returnUrl: string): UrlTree {
  const queryParams = returnUrl && returnUrl !== PANEL_HOME_PATH ? { [RETURN_URL_PARAM]: returnUrl } : {};
  return router.createUrlTree([PANEL_SIGN_IN_PATH], { queryParams });
}

/**
 * Entering the panel area: asks the API (`GET /api/auth/me`) whether the session cookie is still
 * valid, so a stale tab or a revoked session never shows panel pages. Sends people to sign-in
 * otherwise, remembering where they were going, and people with a temporary password to the
 * password change (the API refuses everything else to them anyway).
 */
export const panelSessionGuard: CanActivateFn = async (_route, state) => {
  const store = inject(SessionStore);
  const router = inject(Router);
  // Arriving from the redirect just below: the session was verified a moment ago.
  if (store.mustChangePassword() && isPasswordChangeUrl(state.url)) return true;
  try {
    const user = await store.verify();
    return user ? passwordChangeFirst(store, router, state.url) : signInTree(router, state.url);
  } catch (error: unknown) {
    store.setNotice({ kind: 'warning', message: readApiError(error).message });
    return signInTree(router, state.url);
  }
};

/**
 * Moving between panel pages: trusts the state the parent guard verified; the session-expiry
 * interceptor catches a session that ends while the person works.
 */
export const panelSessionChildGuard: CanActivateChildFn = (_route, state) => {
  const store = inject(SessionStore);
  const router = inject(Router);
  return store.isAuthenticated() ? passwordChangeFirst(store, router, state.url) : signInTree(router, state.url);
};

/** The sign-in page is pointless with a session already open in this tab. */
export const signedOutOnlyGuard: CanActivateFn = () => {
  const store = inject(SessionStore);
  return store.isAuthenticated() ? inject(Router).createUrlTree([PANEL_HOME_PATH]) : true;
};
