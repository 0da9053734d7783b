import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { AuditFilters, AuditPage } from './models';

/** The audit log (`GET /api/audit`, ADMIN only), newest first. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(filters: AuditFilters): Observable<AuditPage> {
    let params = new HttpParams().set('pagina', filters.pagina).set('tamano', filters.tamano);
    for (const key of ['accion', 'tipo', 'id', 'actor', 'desde', 'hasta'] as const) {
      const value = filters[key]?.trim();
      if (value) params = params.set(key, value);
    }
    return this.http.get<AuditPage>('/api/audit', { params });
  }
}
