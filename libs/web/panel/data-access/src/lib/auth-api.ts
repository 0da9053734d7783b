import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PasswordChangeRequest } from '@pde/shared/contracts';
import type { Observable } from 'rxjs';
import type { LoginCredentials, LoginResponse, SessionUser } from './models';
import { SKIP_SESSION_REDIRECT } from './skip-session-redirect';

const handledByCaller = () => new HttpContext().set(SKIP_SESSION_REDIRECT, true);

/** Session endpoints of the panel API (`/api/auth/...`). */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  login(credentials: LoginCredentials): Observable<LoginResponse> {
    const body: LoginCredentials = { email: credentials.email, password: credentials.password };
    return this.http.post<LoginResponse>('/api/auth/login', body, { context: handledByCaller() });
  }

  /** The session check of the guard: a 401 here means "not signed in", not "expired mid-task". */
  me(): Observable<SessionUser> {
    return this.http.get<SessionUser>('/api/auth/me', { context: handledByCaller() });
  }

  /**
   * Changes the person's own password (204). A 401 here is a session that ended, so the usual
   * redirect applies; 422 carries per-field errors and 423 means the account got locked.
   */
  changePassword(request: PasswordChangeRequest): Observable<void> {
    const body: PasswordChangeRequest = { actual: request.actual, nueva: request.nueva };
    return this.http.post<void>('/api/auth/password', body);
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null, { context: handledByCaller() });
  }
}
