import { DirectusError } from '@pde/api/core';

/** Errors of the v2 API, with the texts of SPEC §6.3 (the same 403 text in every case, so nothing leaks). */
export const invalidQuery = (detail: string) => new DirectusError(400, 'INVALID_QUERY', `Consulta inválida: ${detail}.`);
export const forbidden = () => new DirectusError(403, 'FORBIDDEN', 'No tiene permiso para acceder a este recurso.');
