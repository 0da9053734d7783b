import { HttpClient, HttpParams, type HttpParameterCodec } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { S2ApiRecord, S3ApiRecord, S3Collection } from '@pde/shared/contracts';
import { map, shareReplay, type Observable } from 'rxjs';
import type { PortalSummary, RawRecord, S2SearchResponse, S3ListItem, S3ListPage } from './models';
import { s2SearchParams, type S2SearchQuery } from './s2-query';
import { s3SearchParams, type S3SearchQuery } from './s3-query';

/**
 * Encodes every reserved character. Angular's default codec leaves `+`, `=`, `,`, `:`… as they are,
 * and a `+` in a search text would reach the API as a space.
 */
class StrictCodec implements HttpParameterCodec {
  encodeKey = encodeURIComponent;
  encodeValue = encodeURIComponent;
  decodeKey = decodeURIComponent;
  decodeValue = decodeURIComponent;
}
const codec = new StrictCodec();
const params = (fromObject: Record<string, string>) => new HttpParams({ encoder: codec, fromObject });

const BASE = '/api/portal';

/** The public API of the portal (libs/api/portal): published records, public fields only. */
@Injectable({ providedIn: 'root' })
export class PortalApi {
  private readonly http = inject(HttpClient);
  private institutionNames?: Observable<readonly string[]>;

  /** Cut-off date and totals per system. */
  summary(): Observable<PortalSummary> {
    return this.http.get<PortalSummary>(`${BASE}/resumen`);
  }

  searchS2(query: S2SearchQuery): Observable<S2SearchResponse> {
    return this.http.get<S2SearchResponse>(`${BASE}/s2`, { params: params(s2SearchParams(query)) });
  }

  /** Names of the institutions with published S2 records; asked once per visit (errors are retried). */
  institutions(): Observable<readonly string[]> {
    this.institutionNames ??= this.http.get<string[]>(`${BASE}/s2/instituciones`).pipe(shareReplay(1));
    return this.institutionNames;
  }

  s2Record(id: string): Observable<RawRecord<S2ApiRecord>> {
    return this.http
      .get(`${BASE}/s2/${encodeURIComponent(id)}`, { responseType: 'text' })
      .pipe(map((json) => ({ record: JSON.parse(json) as S2ApiRecord, json })));
  }

  searchS3(collection: S3Collection, query: S3SearchQuery): Observable<S3ListPage> {
    return this.http
      .get<{ data: S3ListItem[]; meta?: { filter_count?: number } }>(`${BASE}/s3/${collection}`, {
        params: params(s3SearchParams(collection, query)),
      })
      .pipe(map((body) => ({ items: body.data, total: body.meta?.filter_count ?? 0, pagina: query.pagina, tamano: query.tamano })));
  }

  /** One record with every public field expanded; `json` is the API body (`{"data": {…}}`). */
  s3Record(collection: S3Collection, id: string): Observable<RawRecord<S3ApiRecord>> {
    return this.http
      .get(`${BASE}/s3/${collection}/${encodeURIComponent(id)}`, { responseType: 'text' })
      .pipe(map((json) => ({ record: (JSON.parse(json) as { data: S3ApiRecord }).data, json })));
  }
}
