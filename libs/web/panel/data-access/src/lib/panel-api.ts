import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { PanelSummary } from './models';

/** Panel-wide read endpoints (`/api/panel/...`). Record capture gets its own service later. */
@Injectable({ providedIn: 'root' })
export class PanelApi {
  private readonly http = inject(HttpClient);

  summary(): Observable<PanelSummary> {
    return this.http.get<PanelSummary>('/api/panel/summary');
  }
}
