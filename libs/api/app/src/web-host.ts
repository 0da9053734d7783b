import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Paths served by the API itself; everything else belongs to the web app (portal and panel). */
const API_PREFIXES = ['/api', '/v1', '/oauth', '/items', '/auth', '/docs', '/health'];

const NOT_BUILT = `<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>Plataforma Digital Estatal</title></head>
<body><main><h1>Plataforma Digital Estatal</h1><p>La aplicación web no está compilada. Ejecute <code>npm start</code>
(compila lo necesario) o <code>npm run build</code>. La API y su documentación están en <a href="/docs">/docs</a>.</p></main></body></html>`;

/** Serves the Angular app on the same port: static files, and `index.html` for its routes. */
export function hostWebApp(app: NestExpressApplication, webRoot: string) {
  const index = join(webRoot, 'index.html');
  const isApiPath = (path: string) => API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
  app.use(
    express.static(webRoot, {
      index: false,
      setHeaders: (res, path) => {
        // Hashed bundles never change; index.html must always be revalidated.
        res.setHeader('Cache-Control', /[-.][0-9a-z]{8,}\.(js|css|woff2?)$/i.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApiPath(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    if (existsSync(index)) return response.sendFile(index);
    response.status(200).type('html').send(NOT_BUILT);
  });
}
