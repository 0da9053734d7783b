/** Public S3 v2 searches (`/s3`, `/s3/:coleccion`) and fichas (`/s3/:coleccion/:id`); loaded lazily by PORTAL_ROUTES. */
export * from './lib/s3.routes';
export * from './lib/s3-url';
export * from './lib/s3-collections-info';
