/**
 * Capture workflow (generic for every record kind): BORRADOR → EN_REVISION → PUBLICADO, or
 * RECHAZADO back to the capturista. A record may also be withdrawn (BAJA) and restored.
 */
export const WORKING_STATES = ['BORRADOR', 'EN_REVISION', 'RECHAZADO'] as const;
export type WorkingState = (typeof WORKING_STATES)[number];

export const RECORD_STATES = ['BORRADOR', 'EN_REVISION', 'RECHAZADO', 'PUBLICADO', 'BAJA'] as const;
export type RecordState = (typeof RECORD_STATES)[number];

export const RECORD_STATE_LABELS: Readonly<Record<RecordState, string>> = {
  BORRADOR: 'Borrador',
  EN_REVISION: 'En revisión',
  RECHAZADO: 'Rechazado',
  PUBLICADO: 'Publicado',
  BAJA: 'Dado de baja',
};

export const VERSION_STATES = ['BORRADOR', 'EN_REVISION', 'RECHAZADO', 'PUBLICADO', 'REEMPLAZADO', 'DESCARTADO'] as const;
export type VersionState = (typeof VERSION_STATES)[number];

export const WORKFLOW_ACTIONS = ['submit', 'approve', 'reject', 'baja', 'restore'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];
