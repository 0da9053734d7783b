/** Route of the sign-in page; the guard and the session-expiry handling send people here. */
export const PANEL_SIGN_IN_PATH = '/panel/ingresar';
export const PANEL_HOME_PATH = '/panel';
/** Route of the password change; people with a temporary password are kept here until they change it. */
export const PANEL_PASSWORD_PATH = '/panel/contrasena';
/** Query parameter with the panel page to return to after signing in. */
export const RETURN_URL_PARAM = 'volver';

/**
 * Only panel pages are valid return targets: anything else (another site, `//host`, a portal page)
 * falls back to the panel home, so a crafted link cannot turn sign-in into an open redirect.
 */
export function safeReturnUrl(candidate: string | null | undefined): string {
  if (!candidate) return PANEL_HOME_PATH;
  const valid = /^\/panel(\/|\?|#|$)/.test(candidate) && !candidate.startsWith(PANEL_SIGN_IN_PATH);
  return valid ? candidate : PANEL_HOME_PATH;
}

/** Whether a router URL is the password-change page (with or without query string or fragment). */
export function isPasswordChangeUrl(url: string): boolean {
  return url.startsWith(PANEL_PASSWORD_PATH) && /^[?#]?$/.test(url.charAt(PANEL_PASSWORD_PATH.length));
}
