import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { JsonLogger, PdeConfig } from '@pde/api/core';
import compression from 'compression';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { hostWebApp } from './web-host';

/** The HTTP application: API, PDN interconnection, Swagger UI (`/docs`) and the web app, on one port. */
export async function createHttpApp(config: PdeConfig, logger: JsonLogger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger,
    bodyParser: false, // bodies are read by our own middleware, with the error shape of each API family
  });
  app.set('trust proxy', config.trustProxy === false ? false : config.trustProxy === 'true' ? true : config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: config.environment === 'produccion' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    }),
  );
  app.use(compression({ threshold: 1024 }));
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Plataforma Digital Estatal — API')
      .setDescription(
        'APIs de interconexión con la Plataforma Digital Nacional (OAuth2, S2 v1.1) y API del panel de captura. ' +
          'Errores: {code, message} en las APIs v1 de la PDN; {status, code, message, errors, requestId} en el panel.',
      )
      .setVersion('1.0')
      .addBearerAuth()
      .addCookieAuth('pde_sesion')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { customSiteTitle: 'PDE — Documentación de la API', jsonDocumentUrl: 'docs/json' });
  hostWebApp(app, config.webRoot);
  return app;
}
