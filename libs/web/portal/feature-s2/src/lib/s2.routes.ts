import type { Routes } from '@angular/router';
import { provideSpanishPaginator } from '@pde/web/portal/ui';
import { S2RecordPage } from './s2-record-page';
import { S2SearchPage } from './s2-search-page';

/** Children of `/s2` (public addresses: keep them stable). */
export const S2_ROUTES: Routes = [
  {
    path: '',
    providers: [provideSpanishPaginator()],
    children: [
      { path: '', pathMatch: 'full', title: 'Buscar servidores públicos que intervienen en contrataciones', component: S2SearchPage },
      { path: ':id', title: 'Ficha del servidor público (S2)', component: S2RecordPage },
    ],
  },
];
