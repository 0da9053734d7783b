import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuthenticatorRegistry, Clock, PdnV1Error, type AccessRequirement, type Authenticator, type ConsumerPrincipal } from '@pde/api/core';
import type { ConsumerRole, PdnSystem } from '@pde/shared/contracts';
import type { Request } from 'express';
import { ConsumerCache } from '../consumers/consumer-cache';
import { verifyJwt } from './jwt';
import { TokenService } from './token.service';

type Requirement = Extract<AccessRequirement, { kind: 'pdn-oauth' }>;

const MISSING = 'Se requiere un token de acceso en el encabezado Authorization (Bearer).';
const INVALID = 'El token de acceso no es válido.';
const EXPIRED = 'El token de acceso ha expirado; solicite uno nuevo.';

/** Bearer validation of the v1 data endpoints (SPEC §1.1.3). Tokens only in the header. */
@Injectable()
export class BearerAuthenticator implements Authenticator<Requirement>, OnModuleInit {
  constructor(
    private readonly registry: AuthenticatorRegistry,
    private readonly tokens: TokenService,
    private readonly consumers: ConsumerCache,
    private readonly clock: Clock,
  ) {}

  onModuleInit() {
    this.registry.register('pdn-oauth', this);
  }

  async authenticate(request: Request, requirement: Requirement): Promise<ConsumerPrincipal> {
    const match = /^bearer +(\S*) *$/i.exec(request.header('authorization') ?? '');
    if (!match || !match[1]) throw new PdnV1Error(401, MISSING);
    const nowMs = this.clock.now().getTime();
    const claims = verifyJwt(match[1], await this.tokens.jwtKey(), Math.floor(nowMs / 1000));
    if (claims === 'expired') throw new PdnV1Error(401, EXPIRED);
    if (typeof claims === 'string') throw new PdnV1Error(401, INVALID);
    const consumer = await this.consumers.byClient(claims.cid, nowMs);
    if (!consumer || !consumer.active || consumer.username !== claims.sub) throw new PdnV1Error(401, INVALID);
    const systems = consumer.systems.split(',') as PdnSystem[];
    if (!systems.includes(requirement.system) || !claims.sys.includes(requirement.system)) {
      throw new PdnV1Error(403, 'El usuario no tiene acceso a este sistema.');
    }
    return {
      kind: 'consumer',
      consumerId: consumer.id,
      consumerName: consumer.name,
      role: consumer.role as ConsumerRole,
      systems,
      clientId: consumer.clientId,
      username: consumer.username,
      scope: claims.scope,
    };
  }
}
