import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@pde/shared/contracts';
import { NETWORK_ERROR_CODE, readApiError } from './api-error';

describe('readApiError', () => {
  it('keeps the API body: Spanish message, code, field errors and request id', () => {
    const body: ApiErrorBody = {
      status: 423,
      code: 'CUENTA_BLOQUEADA',
      message: 'Cuenta bloqueada temporalmente.',
      errors: [{ path: 'email', message: 'x' }],
      requestId: 'abc',
    };
    const problem = readApiError(new HttpErrorResponse({ status: 423, error: body }));
    expect(problem).toEqual({ status: 423, code: 'CUENTA_BLOQUEADA', message: 'Cuenta bloqueada temporalmente.', errors: body.errors, requestId: 'abc' });
  });

  it('explains a request that never reached the server', () => {
    const problem = readApiError(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }));
    expect(problem.code).toBe(NETWORK_ERROR_CODE);
    expect(problem.message).toMatch(/No fue posible comunicarse con el servidor/);
  });

  it('uses a Spanish fallback for server errors without the API body (e.g. a proxy page)', () => {
    const problem = readApiError(new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }));
    expect(problem.message).toMatch(/El servidor no pudo atender la solicitud/);
    expect(problem.errors).toEqual([]);
  });

  it('handles errors that are not HTTP errors', () => {
    expect(readApiError(new Error('boom')).message).toMatch(/Ocurrió un error inesperado/);
  });
});
