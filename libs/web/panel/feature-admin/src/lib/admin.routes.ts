import type { Routes } from '@angular/router';
import { AuditLogPage } from './audit/audit-page';
import { ConsumerDetailPage } from './consumers/consumer-detail-page';
import { ConsumersPage } from './consumers/consumers-page';
import { EntesPage } from './entes/entes-page';
import { UsersPage } from './users/users-page';

/**
 * Everything under `/panel/admin`, loaded lazily by the panel routes behind the ADMIN role guard
 * (the API checks the role on every call too).
 */
export const ADMIN_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'usuarios' },
  { path: 'usuarios', title: 'Administración: usuarios', component: UsersPage },
  { path: 'entes', title: 'Administración: entes públicos', component: EntesPage },
  { path: 'consumidores', title: 'Administración: consumidores de la PDN', component: ConsumersPage },
  { path: 'consumidores/:id', title: 'Administración: consumidor de la PDN', component: ConsumerDetailPage },
  { path: 'bitacora', title: 'Administración: bitácora', component: AuditLogPage },
];
