import type { CanDeactivateFn } from '@angular/router';

/** A page that may hold unsaved work and asks the person before leaving it. */
export interface LeavesSafely {
  canLeave(): boolean | Promise<boolean>;
}

/** Asks the page whether it can be left (it opens its own confirmation when there are unsaved changes). */
export const unsavedChangesGuard: CanDeactivateFn<LeavesSafely> = (page) => page.canLeave();
