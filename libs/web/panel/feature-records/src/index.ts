/**
 * Record screens of the panel for S2 and the four S3 collections: lists, record (view, edit,
 * workflow) and history. `RECORDS_ROUTES` goes under `/panel/registros`.
 */
export * from './lib/records.routes';
export * from './lib/kinds/record-kinds';
