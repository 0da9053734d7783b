/** Panel administration (ADMIN): users, entes, PDN consumers and the audit log. Routed from @pde/web/panel/feature-shell. */
export * from './lib/admin.routes';
