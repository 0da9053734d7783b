/** Panel sign-in and the person's own password change. Routed from @pde/web/panel/feature-shell. */
export * from './lib/sign-in-page';
export * from './lib/password-change-page';
