import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { EnteRequest, EnteView } from '@pde/shared/contracts';
import type { Observable } from 'rxjs';
import type { EnteFilters } from './models';

/** Body of `PUT /api/entes/:id`: the ente's data plus whether it is active. */
export type EnteUpdateRequest = EnteRequest & { activo: boolean };

/** Public bodies (`/api/entes`): any panel person reads them, only ADMIN writes. */
@Injectable({ providedIn: 'root' })
export class EntesApi {
  private readonly http = inject(HttpClient);

  list(filters: EnteFilters = {}): Observable<EnteView[]> {
    let params = new HttpParams();
    const q = filters.q?.trim();
    if (q) params = params.set('q', q);
    if (filters.activos) params = params.set('activos', '1');
    return this.http.get<EnteView[]>('/api/entes', { params });
  }

  get(id: number): Observable<EnteView> {
    return this.http.get<EnteView>(`/api/entes/${id}`);
  }

  create(request: EnteRequest): Observable<EnteView> {
    return this.http.post<EnteView>('/api/entes', request);
  }

  update(id: number, request: EnteUpdateRequest): Observable<EnteView> {
    return this.http.put<EnteView>(`/api/entes/${id}`, request);
  }
}
