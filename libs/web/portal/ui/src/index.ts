/** Presentational pieces of the public portal: record fichas, record actions, paging texts. */
export * from './lib/catalog-text';
export * from './lib/record-description';
export * from './lib/record-view';
export * from './lib/record-actions';
export * from './lib/paginator-intl';
export * from './lib/back-link';
export * from './lib/search-results';
