import { ArgumentsHost, Catch, HttpException, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { API_ERROR_CODES, type ApiErrorBody } from '@pde/shared/contracts';
import { RouteInventory } from '../access/route-inventory';
import { requestContext } from '../context/request-context';
import { JsonLogger } from '../logging/json-logger';
import { apiFamilyOf, pathOf, type ApiFamily } from './api-family';
import { DirectusError, PdeError, PdnV1Error } from './errors';

interface Normalized {
  status: number;
  code: string;
  message: string;
  errors?: PdeError['errors'];
  headers: Record<string, string>;
}

const V1_MESSAGES: Record<number, string> = {
  400: 'La solicitud no es válida.',
  401: 'Se requiere un token de acceso en el encabezado Authorization (Bearer).',
  403: 'El usuario no tiene acceso a este sistema.',
  404: 'Recurso no encontrado.',
  405: 'Método no permitido.',
  413: 'El cuerpo de la solicitud es demasiado grande.',
  429: 'Demasiadas solicitudes; intente de nuevo en unos segundos.',
  500: 'Error interno del servidor.',
  503: 'Servicio no disponible temporalmente.',
};

const V2_ERRORS: Record<number, [string, string]> = {
  400: ['INVALID_QUERY', 'Consulta inválida.'],
  401: ['INVALID_CREDENTIALS', 'Credenciales inválidas.'],
  403: ['FORBIDDEN', 'No tiene permiso para acceder a este recurso.'],
  404: ['ROUTE_NOT_FOUND', 'Ruta no encontrada.'],
  429: ['REQUESTS_EXCEEDED', 'Demasiadas solicitudes.'],
  500: ['INTERNAL_SERVER_ERROR', 'Error interno del servidor.'],
  503: ['SERVICE_UNAVAILABLE', 'Servicio no disponible temporalmente.'],
};

const PANEL_MESSAGES: Record<number, [string, string]> = {
  400: [API_ERROR_CODES.BAD_REQUEST, 'La solicitud no es válida.'],
  401: [API_ERROR_CODES.UNAUTHENTICATED, 'Inicie sesión para continuar.'],
  403: [API_ERROR_CODES.FORBIDDEN, 'No tiene permiso para realizar esta acción.'],
  404: [API_ERROR_CODES.NOT_FOUND, 'La dirección solicitada no existe.'],
  405: ['METODO_NO_PERMITIDO', 'Método no permitido para esta dirección.'],
  413: ['CUERPO_DEMASIADO_GRANDE', 'El cuerpo de la solicitud es demasiado grande.'],
  429: [API_ERROR_CODES.TOO_MANY, 'Demasiadas solicitudes; intente más tarde.'],
  500: [API_ERROR_CODES.INTERNAL, 'Ocurrió un error interno. Si persiste, comuníquelo a la administración indicando el identificador de la solicitud.'],
  503: [API_ERROR_CODES.UNAVAILABLE, 'Servicio no disponible temporalmente.'],
};

/**
 * The single exception filter: every error, whatever raised it, leaves in the documented shape of
 * its API family (SPEC §6 for the PDN, `ApiErrorBody` for the panel), in Spanish, with a
 * correlation id, and never with a stack trace, SQL or internal identifiers.
 */
@Catch()
export class PdeExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: JsonLogger, private readonly routes: RouteInventory) {}

  catch(exception: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const family = apiFamilyOf(pathOf(request));
    const normalized = this.normalize(exception, request, family);
    const requestId = requestContext.current()?.requestId ?? String(response.getHeader('X-Request-Id') ?? '');

    if (normalized.status >= 500) {
      this.logger.event('error', 'unhandled', {
        requestId,
        path: pathOf(request),
        error: exception instanceof Error ? exception.message : String(exception),
        stack: exception instanceof Error ? exception.stack : undefined,
      });
    }
    if (response.headersSent) {
      response.end();
      return;
    }
    for (const [name, value] of Object.entries(normalized.headers)) response.setHeader(name, value);
    response.setHeader('Cache-Control', 'no-store');
    response.status(normalized.status).type('application/json; charset=utf-8');
    response.send(JSON.stringify(this.body(family, normalized, requestId)));
  }

  private body(family: ApiFamily, error: Normalized, requestId: string): unknown {
    if (family === 'pdn-v1') return { code: String(error.status), message: error.message };
    if (family === 'pdn-v2') return { errors: [{ message: error.message, extensions: { code: error.code } }] };
    const body: ApiErrorBody = { status: error.status, code: error.code, message: error.message, requestId };
    if (error.errors?.length) body.errors = error.errors;
    return body;
  }

  private normalize(exception: unknown, request: Request, family: ApiFamily): Normalized {
    if (exception instanceof PdeError) {
      const headers = { ...exception.headers };
      if (family === 'pdn-v1' && exception.status === 401) headers['WWW-Authenticate'] = 'Bearer';
      if (family === 'pdn-v1' && !(exception instanceof PdnV1Error)) {
        return { status: exception.status, code: String(exception.status), message: exception.message, headers };
      }
      if (family === 'pdn-v2' && !(exception instanceof DirectusError)) {
        const [code, message] = V2_ERRORS[exception.status] ?? V2_ERRORS[500];
        return { status: exception.status, code, message, headers };
      }
      return { status: exception.status, code: exception.code, message: exception.message, errors: exception.errors, headers };
    }
    let status = exception instanceof HttpException ? exception.getStatus() : 500;
    if (status === 404) {
      const methods = this.routes.methodsFor(pathOf(request));
      if (methods.length > 0 && !methods.includes(request.method)) {
        // A known path with another method: 405 for v1 (SPEC §2.1); writes on /items are 403 (SPEC §3.2).
        status = family === 'pdn-v2' ? 403 : 405;
        return this.generic(family, status, { Allow: methods.join(', ') });
      }
    }
    if (status < 400 || status > 599) status = 500;
    return this.generic(family, status, {});
  }

  private generic(family: ApiFamily, status: number, headers: Record<string, string>): Normalized {
    if (family === 'pdn-v1') {
      const message = V1_MESSAGES[status] ?? (status >= 500 ? V1_MESSAGES[500] : V1_MESSAGES[400]);
      return { status, code: String(status), message, headers: status === 401 ? { ...headers, 'WWW-Authenticate': 'Bearer' } : headers };
    }
    if (family === 'pdn-v2') {
      const [code, message] = V2_ERRORS[status] ?? (status >= 500 ? V2_ERRORS[500] : V2_ERRORS[400]);
      return { status, code, message, headers };
    }
    const [code, message] = PANEL_MESSAGES[status] ?? (status >= 500 ? PANEL_MESSAGES[500] : PANEL_MESSAGES[400]);
    return { status, code, message, headers };
  }
}
