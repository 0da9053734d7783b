import { USER_ROLE_LABELS } from '@pde/shared/contracts';
import type { SessionUser } from '@pde/web/panel/data-access';

/** Spanish name of the person's role, e.g. «Captura» for CAPTURISTA. */
export function roleLabel(user: SessionUser | null): string {
  return user ? (USER_ROLE_LABELS[user.rol] ?? user.rol) : '';
}
