import { Injectable, type NestMiddleware } from '@nestjs/common';
import { pathOf, requestContext } from '@pde/api/core';
import type { NextFunction, Request, Response } from 'express';
import { PdnAccessLogService } from './pdn-access-log.service';

/** What handlers add to the access line of a PDN request. */
export interface PdnLogDetails {
  params?: unknown;
  rfcSolicitante?: string;
  matched?: number;
}

export function pdnLogOf(response: Response): PdnLogDetails {
  const locals = response.locals as { pdnLog?: PdnLogDetails };
  locals.pdnLog ??= {};
  return locals.pdnLog;
}

/** One access-log entry per interconnection request, whatever its outcome (SPEC G6). */
@Injectable()
export class PdnAccessLogMiddleware implements NestMiddleware {
  constructor(private readonly log: PdnAccessLogService) {}

  use(request: Request, response: Response, next: NextFunction) {
    const started = performance.now();
    const context = requestContext.current();
    response.on('finish', () => {
      const details = pdnLogOf(response);
      const principal = context?.principal;
      const consumer = principal?.kind === 'consumer' ? principal : undefined;
      const tokenParams = details.params as { clientId?: string; username?: string; consumerId?: number } | undefined;
      this.log.add({
        at: new Date(),
        method: request.method.slice(0, 10),
        endpoint: pathOf(request).slice(0, 120),
        consumerId: consumer?.consumerId ?? tokenParams?.consumerId ?? null,
        consumerName: consumer?.consumerName ?? null,
        clientId: consumer?.clientId ?? tokenParams?.clientId ?? null,
        username: consumer?.username ?? tokenParams?.username ?? null,
        tokenId: consumer?.tokenId ?? null,
        role: consumer?.role ?? null,
        params: details.params === undefined ? null : JSON.stringify(details.params).slice(0, 4000),
        rfcSolicitante: details.rfcSolicitante ?? null,
        status: response.statusCode,
        matched: details.matched ?? null,
        durationMs: Math.round(performance.now() - started),
        requestId: context?.requestId ?? null,
        ip: context?.ip?.slice(0, 64) ?? null,
      });
    });
    next();
  }
}
