import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { UserCreateRequest, UserUpdateRequest, UserView } from '@pde/shared/contracts';
import type { Observable } from 'rxjs';
import type { PasswordReset, UserCreated } from './models';

/** People of the panel (`/api/admin/users`, ADMIN only). */
@Injectable({ providedIn: 'root' })
export class AdminUsersApi {
  private readonly http = inject(HttpClient);

  list(): Observable<UserView[]> {
    return this.http.get<UserView[]>('/api/admin/users');
  }

  get(id: number): Observable<UserView> {
    return this.http.get<UserView>(`/api/admin/users/${id}`);
  }

  create(request: UserCreateRequest): Observable<UserCreated> {
    return this.http.post<UserCreated>('/api/admin/users', request);
  }

  update(id: number, request: UserUpdateRequest): Observable<UserView> {
    return this.http.put<UserView>(`/api/admin/users/${id}`, request);
  }

  /** New generated password (shown once); also unlocks the account and closes its sessions. */
  resetPassword(id: number): Observable<PasswordReset> {
    return this.http.post<PasswordReset>(`/api/admin/users/${id}/reset-password`, null);
  }
}
