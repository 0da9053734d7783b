/** HTTP plumbing shared by every area of the web app (portal and panel). */
export * from './lib/api-interceptor';
export * from './lib/api-error';
