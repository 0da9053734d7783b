import { Global, MiddlewareConsumer, Module, type DynamicModule, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { AccessGuard } from './access/access.guard';
import { AuthenticatorRegistry } from './access/authenticators';
import { RouteInventory } from './access/route-inventory';
import { PdeConfig } from './config/pde-config';
import { BodyParserMiddleware } from './context/body-parser.middleware';
import { RequestContextMiddleware } from './context/request-context.middleware';
import { TimeBudgetInterceptor } from './context/time-budget.interceptor';
import { HealthController } from './health/health.controller';
import { Db } from './database/db.service';
import { SettingsService } from './database/settings.service';
import { PdeExceptionFilter } from './errors/exception.filter';
import { JsonLogger } from './logging/json-logger';
import { Clock } from './platform/clock';
import { CryptoService } from './platform/crypto.service';

/**
 * Cross-cutting infrastructure shared by every domain module: configuration, the database
 * gateway, side-effect services (clock, crypto), access control, errors and logging.
 */
@Global()
@Module({})
export class CoreModule implements NestModule {
  static forRoot(config: PdeConfig, logger: JsonLogger): DynamicModule {
    return {
      module: CoreModule,
      imports: [DiscoveryModule],
      controllers: [HealthController],
      providers: [
        { provide: PdeConfig, useValue: config },
        { provide: JsonLogger, useValue: logger },
        Clock,
        CryptoService,
        Db,
        SettingsService,
        AuthenticatorRegistry,
        RouteInventory,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: PdeExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: TimeBudgetInterceptor },
      ],
      exports: [PdeConfig, JsonLogger, Clock, CryptoService, Db, SettingsService, AuthenticatorRegistry, RouteInventory],
    };
  }

  configure(consumer: MiddlewareConsumer) {
    consumer.apply(RequestContextMiddleware, BodyParserMiddleware).forRoutes('*path');
  }
}
