import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { EnteView } from '@pde/shared/contracts';
import type { Observable } from 'rxjs';

/** Read side of the entes públicos catalog (`/api/entes`), for filters and the ente of new records. */
@Injectable({ providedIn: 'root' })
export class EntesCatalogApi {
  private readonly http = inject(HttpClient);

  /** Entes ordered by name; `q` ignores accents and case; `activos` leaves inactive entes out. */
  list(filters: { q?: string; activos?: boolean } = {}): Observable<EnteView[]> {
    let params = new HttpParams();
    if (filters.q) params = params.set('q', filters.q);
    if (filters.activos) params = params.set('activos', '1');
    return this.http.get<EnteView[]>('/api/entes', { params });
  }

  get(id: number): Observable<EnteView> {
    return this.http.get<EnteView>(`/api/entes/${id}`);
  }
}
