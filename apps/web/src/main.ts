import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

bootstrapApplication(App, appConfig).catch((error: unknown) => {
  // Nothing rendered: leave a trace for whoever opens the browser console.
  // eslint-disable-next-line no-console
  console.error(error);
});
