/** Panel session (signals), panel API clients, the session guard and the session-expiry interceptor. */
export * from './lib/models';
export * from './lib/panel-paths';
export * from './lib/skip-session-redirect';
export * from './lib/session-codes';
export * from './lib/auth-api';
export * from './lib/panel-api';
export * from './lib/session-store';
export * from './lib/session-guard';
export * from './lib/role-guard';
export * from './lib/session-expiry-interceptor';
