import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ConsumerCreateRequest } from '@pde/shared/contracts';
import type { Observable } from 'rxjs';
import type { AccessLogEntry, ApiTokenView, ConsumerView, IssuedCredentials, IssuedToken } from './models';

const BASE = '/api/admin/consumers';

/** Consumers of the interconnection APIs (PDN), their S3 v2 tokens and access log (ADMIN only). */
@Injectable({ providedIn: 'root' })
export class ConsumersApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ConsumerView[]> {
    return this.http.get<ConsumerView[]>(BASE);
  }

  get(id: number): Observable<ConsumerView> {
    return this.http.get<ConsumerView>(`${BASE}/${id}`);
  }

  /** The answer carries every credential in clear, exactly once: show it, never keep it. */
  create(request: ConsumerCreateRequest): Observable<IssuedCredentials> {
    return this.http.post<IssuedCredentials>(BASE, request);
  }

  revoke(id: number): Observable<ConsumerView> {
    return this.http.post<ConsumerView>(`${BASE}/${id}/revoke`, null);
  }

  accessLog(id: number): Observable<AccessLogEntry[]> {
    return this.http.get<AccessLogEntry[]>(`${BASE}/${id}/access-log`);
  }

  tokens(id: number): Observable<ApiTokenView[]> {
    return this.http.get<ApiTokenView[]>(`${BASE}/${id}/tokens`);
  }

  /** Rotation: a new token (shown once); 409 when two are already active. */
  issueToken(id: number): Observable<IssuedToken> {
    return this.http.post<IssuedToken>(`${BASE}/${id}/tokens`, null);
  }

  revokeToken(tokenId: number): Observable<ApiTokenView> {
    return this.http.post<ApiTokenView>(`${BASE}/tokens/${tokenId}/revoke`, null);
  }
}
