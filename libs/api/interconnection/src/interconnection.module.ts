import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AuditModule } from '@pde/api/audit';
import { PdnAccessLogMiddleware } from './access-log/pdn-access-log.middleware';
import { PdnAccessLogService } from './access-log/pdn-access-log.service';
import { ConsumerCache } from './consumers/consumer-cache';
import { ConsumersController } from './consumers/consumers.controller';
import { ConsumersService } from './consumers/consumers.service';
import { BearerAuthenticator } from './oauth/bearer.authenticator';
import { TokenController } from './oauth/token.controller';
import { TokenService } from './oauth/token.service';
import { StaticTokenAuthenticator } from './tokens/static-token.authenticator';
import { StaticTokensService } from './tokens/static-tokens.service';

/** What every PDN API shares: consumers and their credentials, OAuth2, access log. */
@Module({
  imports: [AuditModule],
  controllers: [TokenController, ConsumersController],
  providers: [ConsumerCache, ConsumersService, TokenService, BearerAuthenticator, PdnAccessLogService, StaticTokensService, StaticTokenAuthenticator],
  exports: [ConsumerCache, ConsumersService, TokenService, PdnAccessLogService, StaticTokensService],
})
export class InterconnectionModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(PdnAccessLogMiddleware).forRoutes('oauth', 'oauth/*path', 'v1/*path', 'items', 'items/*path');
  }
}
