import { HttpContextToken } from '@angular/common/http';

/**
 * Marks calls whose 401 answer is handled by the caller (sign-in, the guard's session check), so
 * the session-expiry interceptor does not also redirect.
 */
export const SKIP_SESSION_REDIRECT = new HttpContextToken<boolean>(() => false);
