import type { Routes } from '@angular/router';
import { PortalHomePage } from './portal-home-page';

/**
 * Public pages; the app loads this file lazily, and each search loads its own library on first use.
 * The addresses are public (people and the PDN link to them): `/`, `/s2`, `/s2/:id`, `/s3`,
 * `/s3/servidores`, `/s3/particulares`, `/s3/:coleccion`, `/s3/:coleccion/:id`.
 */
export const PORTAL_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: PortalHomePage },
  { path: 's2', loadChildren: () => import('@pde/web/portal/feature-s2').then((m) => m.S2_ROUTES) },
  { path: 's3', loadChildren: () => import('@pde/web/portal/feature-s3').then((m) => m.S3_ROUTES) },
];
