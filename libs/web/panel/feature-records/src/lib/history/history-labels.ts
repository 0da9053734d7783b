import type { VersionState } from '@pde/shared/contracts';

/** State of a version of a record (a record's own states are `RECORD_STATE_LABELS`). */
export const VERSION_STATE_LABELS: Readonly<Record<VersionState, string>> = {
  BORRADOR: 'Borrador',
  EN_REVISION: 'En revisión',
  RECHAZADO: 'Rechazada',
  PUBLICADO: 'Publicada',
  REEMPLAZADO: 'Publicada antes (reemplazada por una versión posterior)',
  DESCARTADO: 'Descartada',
};

/** Audit actions of a record (libs/api/capture/src/capture.service.ts), as sentences. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'registro.crear': 'Creó el registro',
  'registro.modificar': 'Modificó los datos',
  'registro.enviar_revision': 'Envió a revisión',
  'registro.aprobar': 'Aprobó y publicó',
  'registro.rechazar': 'Rechazó la versión en revisión',
  'registro.baja': 'Dio de baja el registro',
  'registro.restaurar': 'Restauró el registro',
};
