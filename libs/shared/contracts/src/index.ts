/**
 * PDN data standards as the single source of truth (SPEC §2, §3, §8): types, validation schemas,
 * catalogs (v1 and the S3 v2 model), text folding and Spanish collation. Imported by the API, the web app, the CLI and tests.
 */
export * from './text/fold';
export * from './text/sort-key';
export * from './identity';
export * from './catalogs/catalog';
export * from './catalogs/v1';
export * from './catalogs/v2';
export * from './schema/types';
export * from './schema/builders';
export * from './schema/messages';
export * from './schema/validate';
export * from './schema/visibility';
export * from './schema/rules';
export * from './schema/json-schema';
export * from './s2/s2-record.schema';
export * from './s3/s3-collections';
export * from './s3/s3-messages';
export * from './s3/s3-types';
export * from './s3/faltas-administrativas-graves.schema';
export * from './s3/faltas-administrativas-no-graves.schema';
export * from './s3/faltas-graves-personas-fisicas.schema';
export * from './s3/faltas-graves-personas-morales.schema';
export * from './s3/s3-schemas';
export * from './s3/s3-fixtures';
export * from './panel/roles';
export * from './panel/workflow';
export * from './panel/errors';
export * from './panel/schemas';
export * from './panel/records';
export * from './panel/admin';
export * from './util/diff';
