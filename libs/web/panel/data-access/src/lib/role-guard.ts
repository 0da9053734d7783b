import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { UserRole } from '@pde/shared/contracts';
import { PANEL_HOME_PATH } from './panel-paths';
import { SessionStore } from './session-store';

/**
 * A panel section only some roles may open (e.g. administration). Goes after the panel session
 * guard, which has already asked the API who is signed in; anyone else lands on the panel home.
 * The API checks the role on every call regardless: this only keeps people out of pages that
 * would fail for them.
 */
export function panelRoleGuard(...roles: readonly UserRole[]): CanActivateFn {
  return () => {
    const role = inject(SessionStore).user()?.rol;
    return role !== undefined && roles.includes(role) ? true : inject(Router).createUrlTree([PANEL_HOME_PATH]);
  };
}
