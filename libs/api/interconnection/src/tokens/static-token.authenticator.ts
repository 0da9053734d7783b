import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuthenticatorRegistry, type AccessRequirement, type Authenticator, type ConsumerPrincipal } from '@pde/api/core';
import type { Request } from 'express';
import { StaticTokensService } from './static-tokens.service';

type Requirement = Extract<AccessRequirement, { kind: 'pdn-token' }>;

/** S3 v2 routes: static bearer token in the Authorization header only (SPEC §1.2). */
@Injectable()
export class StaticTokenAuthenticator implements Authenticator<Requirement>, OnModuleInit {
  constructor(private readonly registry: AuthenticatorRegistry, private readonly tokens: StaticTokensService) {}

  onModuleInit() {
    this.registry.register('pdn-token', this);
  }

  authenticate(request: Request): Promise<ConsumerPrincipal> {
    return this.tokens.authenticate(request.header('authorization'));
  }
}
