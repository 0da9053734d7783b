import { REJECT_SCHEMA, WITHDRAW_SCHEMA } from '@pde/shared/contracts';
import type { ReasonDialogData } from './reason-dialog';

/** What the record page says after each action (es-MX). */
export const RECORD_MESSAGES = {
  saved: 'Se guardó el borrador.',
  submitted: 'Se envió a revisión. Revisión lo aprobará o lo rechazará con un comentario.',
  approved: 'Se aprobó y publicó el registro: ya lo ven la Plataforma Digital Nacional y el portal.',
  rejected: 'Se rechazó la versión; la persona capturista verá su comentario.',
  withdrawn: 'Se dio de baja el registro; ya no se publica.',
  restored: 'Se restauró el registro.',
  fixBeforeSubmit: 'Corrija los datos señalados antes de enviar el registro a revisión.',
  chooseEnte: 'Elija el ente público del registro.',
} as const;

/** «Se guardó el borrador. Faltan 3 datos por corregir…» from the errors the API still sees. */
export function savedMessage(remaining: number): string {
  return remaining
    ? `${RECORD_MESSAGES.saved} Faltan ${remaining === 1 ? '1 dato' : `${remaining} datos`} por corregir antes de enviarlo a revisión.`
    : `${RECORD_MESSAGES.saved} Ya puede enviarlo a revisión.`;
}

/** The rejection comment, checked with the API's `REJECT_SCHEMA`. */
export const REJECT_DIALOG: ReasonDialogData = {
  title: 'Rechazar la versión en revisión',
  description: 'La persona capturista verá su comentario y podrá corregir el registro y volver a enviarlo.',
  confirmLabel: 'Rechazar',
  schema: REJECT_SCHEMA,
  field: 'comentario',
};

/** The reason of a baja, checked with the API's `WITHDRAW_SCHEMA`. */
export const WITHDRAW_DIALOG: ReasonDialogData = {
  title: 'Dar de baja el registro',
  description: 'El registro deja de publicarse de inmediato. Revisión puede restaurarlo después.',
  confirmLabel: 'Dar de baja',
  schema: WITHDRAW_SCHEMA,
  field: 'motivo',
};
