/** Public portal: home page and the routes of the whole portal (S2 and S3 load lazily; see PORTAL_ROUTES). */
export * from './lib/portal.routes';
export * from './lib/portal-home-page';
export * from './lib/systems';
