/**
 * Error body of the panel API (`/api/...`), produced by the one exception filter of the API.
 * The PDN APIs have their own shapes (SPEC §6): `{code, message}` for v1 and the Directus
 * `{errors: [...]}` for v2.
 */
export interface ApiFieldError {
  /** Path inside the request body, e.g. `data.puesto.nombre`. */
  path: string;
  message: string;
}

export interface ApiErrorBody {
  /** HTTP status. */
  status: number;
  /** Stable machine code, e.g. `VALIDACION`, `CONFLICTO_VERSION`. */
  code: string;
  /** Spanish message for people. */
  message: string;
  /** Per-field problems, when the error is about the body. */
  errors?: ApiFieldError[];
  /** Correlation id, also in the `X-Request-Id` header. */
  requestId: string;
}

export const API_ERROR_CODES = {
  VALIDATION: 'VALIDACION',
  BAD_REQUEST: 'SOLICITUD_INVALIDA',
  UNAUTHENTICATED: 'NO_AUTENTICADO',
  FORBIDDEN: 'SIN_PERMISO',
  NOT_FOUND: 'NO_ENCONTRADO',
  CONFLICT: 'CONFLICTO',
  VERSION_CONFLICT: 'CONFLICTO_VERSION',
  LOCKED: 'CUENTA_BLOQUEADA',
  SESSION_EXPIRED: 'SESION_EXPIRADA',
  TOO_MANY: 'DEMASIADAS_SOLICITUDES',
  INTERNAL: 'ERROR_INTERNO',
  UNAVAILABLE: 'NO_DISPONIBLE',
} as const;
