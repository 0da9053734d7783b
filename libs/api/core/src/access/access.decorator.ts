import { SetMetadata } from '@nestjs/common';
import type { PdnSystem, UserRole } from '@pde/shared/contracts';

/**
 * Every route declares who may call it (DEVELOPERS.md). A route without a declaration is refused
 * by the global guard, and a test enumerates all routes and fails on any that lacks one.
 */
export type AccessRequirement =
  | { kind: 'public'; reason: string }
  | { kind: 'panel'; roles: UserRole[]; allowPendingPasswordChange?: boolean }
  | { kind: 'pdn-oauth'; system: PdnSystem }
  | { kind: 'pdn-token' }
  | { kind: 'oauth-client' };

export const ACCESS_METADATA = 'pde:access';

export const Access = {
  /** Anyone, including anonymous visitors. `reason` documents why that is safe. */
  public: (reason: string) => SetMetadata(ACCESS_METADATA, { kind: 'public', reason } satisfies AccessRequirement),
  /** Signed-in panel users; with roles, only those roles. */
  panel: (...roles: UserRole[]) => SetMetadata(ACCESS_METADATA, { kind: 'panel', roles } satisfies AccessRequirement),
  /** Any signed-in user, even one who must still change a generated password (sign out, change it). */
  panelPendingPasswordChange: () =>
    SetMetadata(ACCESS_METADATA, { kind: 'panel', roles: [], allowPendingPasswordChange: true } satisfies AccessRequirement),
  /** PDN v1 data endpoints: OAuth2 bearer token allowed for `system` (SPEC §1.1.3). */
  pdnOAuth: (system: PdnSystem) => SetMetadata(ACCESS_METADATA, { kind: 'pdn-oauth', system } satisfies AccessRequirement),
  /** PDN S3 v2: static bearer token (SPEC §1.2). */
  pdnToken: () => SetMetadata(ACCESS_METADATA, { kind: 'pdn-token' } satisfies AccessRequirement),
  /** The OAuth token endpoint: the client authenticates itself with its credentials (SPEC §1.1.1). */
  oauthClient: () => SetMetadata(ACCESS_METADATA, { kind: 'oauth-client' } satisfies AccessRequirement),
};
