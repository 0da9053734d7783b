import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody, ApiFieldError } from '@pde/shared/contracts';

/** What the UI needs from a failed call: always a Spanish message, even when the API never answered. */
export interface ApiProblem {
  /** HTTP status; 0 when the request did not reach the server. */
  status: number;
  /** Stable API code (`CUENTA_BLOQUEADA`…), or a local one for network failures. */
  code: string;
  message: string;
  errors: readonly ApiFieldError[];
  requestId?: string;
}

export const NETWORK_ERROR_CODE = 'SIN_CONEXION';

const FALLBACK_MESSAGES: Readonly<Record<number, string>> = {
  0: 'No fue posible comunicarse con el servidor. Revise su conexión a internet e intente de nuevo.',
  401: 'Inicie sesión para continuar.',
  403: 'No tiene permiso para realizar esta acción.',
  404: 'No se encontró lo que busca.',
  429: 'Se recibieron demasiadas solicitudes. Espere un momento e intente de nuevo.',
};
const SERVER_ERROR_MESSAGE = 'El servidor no pudo atender la solicitud. Intente de nuevo en unos minutos.';
const UNKNOWN_ERROR_MESSAGE = 'Ocurrió un error inesperado. Intente de nuevo.';

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Partial<ApiErrorBody>;
  return typeof body.message === 'string' && typeof body.code === 'string';
}

/**
 * Turns any error thrown by HttpClient into an {@link ApiProblem}. The API's own Spanish `message`
 * wins; the fallbacks only cover answers that did not come from the API (proxy pages, no network).
 */
export function readApiError(error: unknown): ApiProblem {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: 0, code: 'ERROR_LOCAL', message: UNKNOWN_ERROR_MESSAGE, errors: [] };
  }
  if (isApiErrorBody(error.error)) {
    const body = error.error;
    return { status: error.status, code: body.code, message: body.message, errors: body.errors ?? [], requestId: body.requestId };
  }
  const message = FALLBACK_MESSAGES[error.status] ?? (error.status >= 500 ? SERVER_ERROR_MESSAGE : UNKNOWN_ERROR_MESSAGE);
  return { status: error.status, code: error.status === 0 ? NETWORK_ERROR_CODE : `HTTP_${error.status}`, message, errors: [] };
}
