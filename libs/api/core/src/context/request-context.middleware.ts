import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { pathOf } from '../errors/api-family';
import { randomUUID } from 'node:crypto';
import { describePrincipal } from '../access/principal';
import { JsonLogger } from '../logging/json-logger';
import { requestContext, type RequestContext } from './request-context';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Correlation id, client IP and one structured access line per request. */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  constructor(private readonly logger: JsonLogger) {}

  use(request: Request, response: Response, next: NextFunction) {
    const incoming = request.header('x-request-id');
    const requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    response.setHeader('X-Request-Id', requestId);
    const context: RequestContext = { requestId, ip: request.ip ?? '', userAgent: request.header('user-agent'), startedAt: performance.now() };
    response.on('finish', () => {
      this.logger.event(response.statusCode >= 500 ? 'error' : 'info', 'http', {
        requestId,
        method: request.method,
        path: pathOf(request),
        status: response.statusCode,
        ms: Math.round((performance.now() - context.startedAt) * 10) / 10,
        ip: context.ip,
        actor: describePrincipal(context.principal),
      });
    });
    requestContext.run(context, next);
  }
}
