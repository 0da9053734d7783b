/** The panel area: its route tree (PANEL_ROUTES), the signed-in layout and the panel home. */
export * from './lib/panel.routes';
export * from './lib/panel-layout';
export * from './lib/panel-home-page';
