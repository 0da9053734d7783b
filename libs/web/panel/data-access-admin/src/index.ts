/** HTTP clients of the panel administration: users, entes, PDN consumers and the audit log. */
export * from './lib/models';
export * from './lib/users-api';
export * from './lib/entes-api';
export * from './lib/consumers-api';
export * from './lib/audit-api';
