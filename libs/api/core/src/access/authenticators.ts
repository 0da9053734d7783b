import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { AccessRequirement } from './access.decorator';
import type { Principal } from './principal';

/**
 * Each authentication mechanism (panel sessions, PDN OAuth bearer, PDN static tokens) lives in its
 * own library and registers here, so the global guard in core does not depend on them.
 */
export interface Authenticator<R extends AccessRequirement = AccessRequirement> {
  /** Returns the principal or throws the error of the route's API family. */
  authenticate(request: Request, requirement: R): Promise<Principal>;
}

/** A check that runs before authentication, e.g. the PDN v1 body types (SPEC §6.1 error order). */
export type PreAuthCheckFn = (request: Request) => void;

@Injectable()
export class AuthenticatorRegistry {
  private readonly authenticators = new Map<AccessRequirement['kind'], Authenticator>();

  register<K extends AccessRequirement['kind']>(kind: K, authenticator: Authenticator<Extract<AccessRequirement, { kind: K }>>) {
    this.authenticators.set(kind, authenticator as Authenticator);
  }

  get(kind: AccessRequirement['kind']): Authenticator | undefined {
    return this.authenticators.get(kind);
  }
}
