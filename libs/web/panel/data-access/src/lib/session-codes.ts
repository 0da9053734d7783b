import type { API_ERROR_CODES } from '@pde/shared/contracts';

// This library is part of the initial bundle (the app registers its interceptor at startup), and a
// value import from the contracts barrel would drag all its catalogs and schemas in with it. The
// type annotation still ties the literal to the contract: if the API renames the code, this fails
// to compile.
export const SESSION_EXPIRED_CODE: (typeof API_ERROR_CODES)['SESSION_EXPIRED'] = 'SESION_EXPIRADA';
