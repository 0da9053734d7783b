export * from './test-database';
export * from './http-client';
export * from './test-app';
export * from './s2-fixtures';
export * from './pdn-helpers';
