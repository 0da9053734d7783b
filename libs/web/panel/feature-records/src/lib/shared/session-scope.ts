import type { SessionUser } from '@pde/web/panel/data-access';

/** Roles that capture records (the API's `POST` is open to them only). */
export function canCreateRecords(user: SessionUser | null): boolean {
  return user?.rol === 'CAPTURISTA' || user?.rol === 'ADMIN';
}

/** Whether the person sees records of several entes (so filtering and showing the ente make sense). */
export function seesSeveralEntes(user: SessionUser | null): boolean {
  if (!user) return false;
  switch (user.rol) {
    case 'ADMIN':
      return true;
    case 'REVISOR':
      return user.entesRevision === 'all' || user.entesRevision.length > 1;
    case 'CONSULTA':
      return user.enteId === null;
    case 'CAPTURISTA':
      return false;
  }
}

/** The entes of the person's scope, when it is a list (a revisor of some entes); null means «all». */
export function scopeEntes(user: SessionUser | null): readonly number[] | null {
  return user?.rol === 'REVISOR' && user.entesRevision !== 'all' ? user.entesRevision : null;
}
