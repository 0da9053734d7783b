/**
 * Schema-driven record forms: one mechanism for every record kind. Give it the contracts' schema
 * (`ObjectNode`), a `FormLayout` (sections, order, conditional fields) and the record's data.
 */
export * from './lib/form-paths';
export * from './lib/form-layout';
export * from './lib/schema-nodes';
export * from './lib/record-form-model';
export * from './lib/record-form';
export * from './lib/describe-path';
export * from './lib/format-value';
export * from './lib/record-data-view';
export * from './lib/record-changes';
