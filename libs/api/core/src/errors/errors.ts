import { API_ERROR_CODES, type ApiFieldError } from '@pde/shared/contracts';

/**
 * Errors raised by services. The single exception filter turns them into the error shape of the
 * API family of the request (panel, PDN v1, PDN v2), so services never format HTTP bodies.
 */
export abstract class PdeError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  /** Extra response headers (e.g. `Retry-After`, `WWW-Authenticate`). */
  headers: Record<string, string> = {};
  constructor(message: string, readonly errors?: ApiFieldError[]) {
    super(message);
  }
}

export class BadRequestError extends PdeError {
  readonly status = 400;
  readonly code = API_ERROR_CODES.BAD_REQUEST;
}

export class ValidationError extends PdeError {
  readonly status = 422;
  readonly code = API_ERROR_CODES.VALIDATION;
  constructor(errors: ApiFieldError[], message = 'Los datos tienen errores; revise los campos indicados.') {
    super(message, errors);
  }
}

export class UnauthenticatedError extends PdeError {
  readonly status = 401;
  constructor(message = 'Inicie sesión para continuar.', readonly code: string = API_ERROR_CODES.UNAUTHENTICATED) {
    super(message);
  }
}

export class ForbiddenError extends PdeError {
  readonly status = 403;
  readonly code = API_ERROR_CODES.FORBIDDEN;
  constructor(message = 'No tiene permiso para realizar esta acción.') {
    super(message);
  }
}

export class NotFoundError extends PdeError {
  readonly status = 404;
  readonly code = API_ERROR_CODES.NOT_FOUND;
  constructor(message = 'El recurso solicitado no existe.') {
    super(message);
  }
}

export class ConflictError extends PdeError {
  readonly status = 409;
  constructor(message: string, readonly code: string = API_ERROR_CODES.CONFLICT) {
    super(message);
  }
}

export class VersionConflictError extends ConflictError {
  constructor(
    message = 'El registro fue modificado por otra persona después de que usted lo abrió. Recargue el registro para ver los cambios y vuelva a aplicar los suyos.',
  ) {
    super(message, API_ERROR_CODES.VERSION_CONFLICT);
  }
}

export class LockedError extends PdeError {
  readonly status = 423;
  readonly code = API_ERROR_CODES.LOCKED;
}

export class TooManyRequestsError extends PdeError {
  readonly status = 429;
  readonly code = API_ERROR_CODES.TOO_MANY;
  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.headers['Retry-After'] = String(Math.max(1, Math.ceil(retryAfterSeconds)));
  }
}

export class ServiceUnavailableError extends PdeError {
  readonly status = 503;
  readonly code = API_ERROR_CODES.UNAVAILABLE;
  constructor(message = 'Servicio no disponible temporalmente.') {
    super(message);
  }
}

/**
 * An error of the PDN v1 family with its normative message (SPEC §6.1, §6.2): `{code, message}`.
 * `status` is the HTTP status; `code` in the body is the same number as a string.
 */
export class PdnV1Error extends PdeError {
  readonly code: string;
  constructor(readonly status: number, message: string) {
    super(message);
    this.code = String(status);
  }
}

/** An error of the S3 v2 family (SPEC §6.3), Directus shape `{errors: [{message, extensions: {code}}]}`. */
export class DirectusError extends PdeError {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}
