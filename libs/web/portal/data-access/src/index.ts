/**
 * HTTP access of the public portal (`/api/portal/...`): only published records, only public fields.
 * Types only from `@pde/shared/contracts` (the home page loads this library).
 */
export * from './lib/models';
export * from './lib/load-state';
export * from './lib/text';
export * from './lib/s2-query';
export * from './lib/s3-query';
export * from './lib/portal-api';
