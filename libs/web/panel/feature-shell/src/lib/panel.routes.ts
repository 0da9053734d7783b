import type { Routes } from '@angular/router';
import { panelRoleGuard, panelSessionChildGuard, panelSessionGuard, signedOutOnlyGuard } from '@pde/web/panel/data-access';
import { PanelHomePage } from './panel-home-page';
import { PanelLayout } from './panel-layout';

/**
 * Everything under `/panel`, loaded lazily by the app. New panel sections go in the children of
 * the guarded layout route, each with `loadChildren`/`loadComponent` from its own feature library,
 * so the guard covers them and their code loads only when used.
 */
export const PANEL_ROUTES: Routes = [
  {
    path: 'ingresar',
    title: 'Ingresar al panel',
    canActivate: [signedOutOnlyGuard],
    loadComponent: () => import('@pde/web/panel/feature-auth').then((m) => m.SignInPage),
  },
  {
    path: '',
    component: PanelLayout,
    canActivate: [panelSessionGuard],
    canActivateChild: [panelSessionChildGuard],
    children: [
      { path: '', pathMatch: 'full', title: 'Inicio del panel', component: PanelHomePage },
      // Records of S2 and S3: lists, capture, review and history (libs/web/panel/feature-records).
      { path: 'registros', loadChildren: () => import('@pde/web/panel/feature-records').then((m) => m.RECORDS_ROUTES) },
      // Own password change; people with a temporary password are kept here by the session guards.
      { path: 'contrasena', title: 'Cambiar contraseña', loadComponent: () => import('@pde/web/panel/feature-auth').then((m) => m.PasswordChangePage) },
      // Administration (ADMIN only): users, entes, PDN consumers, audit log.
      { path: 'admin', canActivate: [panelRoleGuard('ADMIN')], loadChildren: () => import('@pde/web/panel/feature-admin').then((m) => m.ADMIN_ROUTES) },
    ],
  },
];
