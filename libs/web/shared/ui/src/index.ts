/** Small presentational building blocks shared by the portal and the panel. */
export * from './lib/status-message';
export * from './lib/loading-indicator';
