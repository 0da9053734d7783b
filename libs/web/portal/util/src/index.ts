/**
 * Formatting and browser helpers of the public portal. Free of `@pde/shared/contracts` values, so the
 * home page can use them without downloading the catalogs and schemas.
 */
export * from './lib/format';
export * from './lib/download';
