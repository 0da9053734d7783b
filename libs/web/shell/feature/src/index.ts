/** The frame of the web app (layout, navigation, page titles, focus handling) and the 404 page. */
export * from './lib/shell-layout';
export * from './lib/not-found-page';
export * from './lib/title-strategy';
export * from './lib/navigation-focus';
