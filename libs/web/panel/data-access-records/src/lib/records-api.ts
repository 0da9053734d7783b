import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Issue, Page, RecordHistory, RecordSummary, RecordView } from '@pde/shared/contracts';
import type { Observable } from 'rxjs';
import type { RecordListQuery } from './record-query';

/** Captured content of a record: the `datos` object of the data standard of its kind. */
export type RecordData = Record<string, unknown>;

/** `POST /api/{ruta}/records/validate`. */
export interface RecordCheck {
  datos: RecordData;
  errores: Issue[];
  advertencias: Issue[];
}

/**
 * The capture API of every record kind (libs/api/capture/src/capture-controller.factory.ts). `ruta`
 * is the kind's URL segment as `GET /api/panel/summary` reports it: `s2` or `s3/{colección}`.
 * Unsafe calls get the CSRF header from `apiInterceptor`; errors are read with `readApiError`.
 */
@Injectable({ providedIn: 'root' })
export class RecordsApi {
  private readonly http = inject(HttpClient);

  list(ruta: string, query: RecordListQuery): Observable<Page<RecordSummary>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<Page<RecordSummary>>(this.base(ruta), { params });
  }

  get(ruta: string, id: string): Observable<RecordView> {
    return this.http.get<RecordView>(this.item(ruta, id));
  }

  /** Creates a BORRADOR. `enteId` only counts for the administration; capturistas always write for their ente. */
  create(ruta: string, datos: RecordData, enteId?: number): Observable<RecordView> {
    return this.http.post<RecordView>(this.base(ruta), enteId ? { datos, enteId } : { datos });
  }

  validate(ruta: string, datos: RecordData, enteId?: number): Observable<RecordCheck> {
    return this.http.post<RecordCheck>(`${this.base(ruta)}/validate`, enteId ? { datos, enteId } : { datos });
  }

  /** Saves the working version; 409 `CONFLICTO_VERSION` when `version` is not the current one. */
  update(ruta: string, id: string, datos: RecordData, version: number): Observable<RecordView> {
    return this.http.put<RecordView>(this.item(ruta, id), { datos, version });
  }

  submit(ruta: string, id: string, version: number): Observable<RecordView> {
    return this.http.post<RecordView>(`${this.item(ruta, id)}/submit`, { version });
  }

  approve(ruta: string, id: string, version: number): Observable<RecordView> {
    return this.http.post<RecordView>(`${this.item(ruta, id)}/approve`, { version });
  }

  reject(ruta: string, id: string, version: number, comentario: string): Observable<RecordView> {
    return this.http.post<RecordView>(`${this.item(ruta, id)}/reject`, { version, comentario });
  }

  withdraw(ruta: string, id: string, version: number, motivo: string): Observable<RecordView> {
    return this.http.post<RecordView>(`${this.item(ruta, id)}/withdraw`, { version, motivo });
  }

  restore(ruta: string, id: string, version: number): Observable<RecordView> {
    return this.http.post<RecordView>(`${this.item(ruta, id)}/restore`, { version });
  }

  history(ruta: string, id: string): Observable<RecordHistory> {
    return this.http.get<RecordHistory>(`${this.item(ruta, id)}/history`);
  }

  private base(ruta: string): string {
    return `/api/${ruta}/records`;
  }

  private item(ruta: string, id: string): string {
    return `${this.base(ruta)}/${encodeURIComponent(id)}`;
  }
}
