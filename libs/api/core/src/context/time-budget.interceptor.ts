import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { catchError, throwError, timeout, TimeoutError, type Observable } from 'rxjs';
import { PdeConfig } from '../config/pde-config';
import { ServiceUnavailableError } from '../errors/errors';

/** Server-side budget per request (SPEC §7.7): past it the client gets 503 instead of waiting. */
@Injectable()
export class TimeBudgetInterceptor implements NestInterceptor {
  constructor(private readonly config: PdeConfig) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      timeout(this.config.requestBudgetMs),
      catchError((error: unknown) => throwError(() => (error instanceof TimeoutError ? new ServiceUnavailableError() : error))),
    );
  }
}
