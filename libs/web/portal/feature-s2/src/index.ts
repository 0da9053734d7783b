/** Public S2 search (`/s2`) and ficha (`/s2/:id`); loaded lazily by PORTAL_ROUTES. */
export * from './lib/s2.routes';
export * from './lib/s2-url';
