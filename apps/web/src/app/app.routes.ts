import type { Routes } from '@angular/router';
import { NotFoundPage } from '@pde/web/shell/feature';

/** The app only composes areas; each area (portal, panel) owns its routes in its feature library. */
export const appRoutes: Routes = [
  { path: 'panel', loadChildren: () => import('@pde/web/panel/feature-shell').then((m) => m.PANEL_ROUTES) },
  { path: '', loadChildren: () => import('@pde/web/portal/feature-home').then((m) => m.PORTAL_ROUTES) },
  { path: '**', title: 'Página no encontrada', component: NotFoundPage },
];
