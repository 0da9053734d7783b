/** HTTP clients of the record capture API (S2 and the four S3 collections) and of the entes catalog. */
export * from './lib/record-query';
export * from './lib/records-api';
export * from './lib/entes-api';
