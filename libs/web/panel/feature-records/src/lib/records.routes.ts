import type { Routes } from '@angular/router';
import { RECORD_KINDS } from './kinds/record-kinds';
import { unsavedChangesGuard } from './record/unsaved-changes.guard';
import { RECORD_KIND_DATA } from './shared/route-kind';

/**
 * `/panel/registros/...`: for each kind (`s2`, `s3/{colección}`) its list, a new record, a record
 * and its history. Pages load on first use; the record form (schemas, catalogs) only with a record.
 */
export const RECORDS_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 's2' },
  { path: 's3', pathMatch: 'full', redirectTo: `s3/${RECORD_KINDS.find((k) => k.system === 'S3')?.kind ?? ''}` },
  ...RECORD_KINDS.map((kind) => ({
    path: kind.ruta,
    data: { [RECORD_KIND_DATA]: kind.kind },
    children: [
      { path: '', title: kind.shortTitle, loadComponent: () => import('./list/record-list-page').then((m) => m.RecordListPage) },
      {
        path: 'nuevo',
        title: `Nuevo registro · ${kind.shortTitle}`,
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./record/record-page').then((m) => m.RecordPage),
      },
      {
        path: ':id',
        title: `Registro · ${kind.shortTitle}`,
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./record/record-page').then((m) => m.RecordPage),
      },
      {
        path: ':id/historial',
        title: `Historial · ${kind.shortTitle}`,
        loadComponent: () => import('./history/record-history-page').then((m) => m.RecordHistoryPage),
      },
    ],
  })),
];
