import { Injectable, computed, inject, signal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { readApiError } from '@pde/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { AuthApi } from './auth-api';
import type { PasswordChangeRequest } from '@pde/shared/contracts';
import type { LoginCredentials, SessionUser } from './models';
import { SESSION_EXPIRED_CODE } from './session-codes';

export type SessionStatus = 'unknown' | 'authenticated' | 'anonymous';

/** A message for the sign-in page about why the person is there (expired session, signed out…). */
export interface SessionNotice {
  kind: 'info' | 'warning';
  message: string;
}

export const SIGNED_OUT_MESSAGE = 'Cerró su sesión. Puede volver a ingresar cuando lo necesite.';
export const SESSION_INVALID_MESSAGE = 'Su sesión ya no es válida. Inicie sesión de nuevo.';

/**
 * Who is signed in to the panel. The session itself is an HttpOnly cookie the app cannot read, so
 * this store only mirrors what the API last said; the guard and the interceptor keep it honest.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(AuthApi);
  private readonly userState = signal<SessionUser | null>(null);
  private readonly statusState = signal<SessionStatus>('unknown');
  private readonly noticeState = signal<SessionNotice | null>(null);

  readonly user = this.userState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly notice = this.noticeState.asReadonly();
  readonly isAuthenticated = computed(() => this.statusState() === 'authenticated');
  /** A temporary password: the panel keeps the person on the password-change page until it is replaced. */
  readonly mustChangePassword = computed(() => this.userState()?.debeCambiarContrasena === true);

  /** Signs in; rejects with the HttpClient error (read it with `readApiError`). */
  async signIn(credentials: LoginCredentials): Promise<SessionUser> {
    const response = await firstValueFrom(this.api.login(credentials));
    this.setUser(response.usuario);
    this.noticeState.set(null);
    return response.usuario;
  }

  /**
   * Asks the API who is signed in. Resolves to null when there is no valid session (and leaves a
   * notice when it expired); rejects only when the API could not answer.
   */
  async verify(): Promise<SessionUser | null> {
    try {
      const user = await firstValueFrom(this.api.me());
      this.setUser(user);
      return user;
    } catch (error: unknown) {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) throw error;
      const problem = readApiError(error);
      this.clear(problem.code === SESSION_EXPIRED_CODE ? { kind: 'warning', message: problem.message } : null);
      return null;
    }
  }

  /** Ends the session. The local state is cleared even if the API call fails (e.g. already expired). */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // Nothing to do: the cookie is either gone already or will expire; the person asked to leave.
    } finally {
      this.clear({ kind: 'info', message: SIGNED_OUT_MESSAGE });
    }
  }

  /**
   * Changes the person's own password; rejects with the HttpClient error (422 per field, 423 when
   * the account got locked). On success the rest of the panel opens again.
   */
  async changePassword(request: PasswordChangeRequest): Promise<void> {
    await firstValueFrom(this.api.changePassword(request), { defaultValue: undefined });
    this.userState.update((user) => (user ? { ...user, debeCambiarContrasena: false } : user));
  }

  /** The API rejected the session in the middle of some task. */
  expire(message: string): void {
    this.clear({ kind: 'warning', message });
  }

  setNotice(notice: SessionNotice | null): void {
    this.noticeState.set(notice);
  }

  private setUser(user: SessionUser): void {
    this.userState.set(user);
    this.statusState.set('authenticated');
  }

  private clear(notice: SessionNotice | null): void {
    this.userState.set(null);
    this.statusState.set('anonymous');
    this.noticeState.set(notice);
  }
}
