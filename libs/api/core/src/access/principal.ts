import type { ConsumerRole, PdnSystem, UserRole } from '@pde/shared/contracts';

/** A person signed in to the panel. Scope is decided here, from the session, never from a request body. */
export interface UserPrincipal {
  kind: 'user';
  userId: number;
  email: string;
  name: string;
  role: UserRole;
  /** Ente of a CAPTURISTA. */
  enteId: number | null;
  /** Entes a REVISOR may review: `'all'` or a list of ids. */
  reviewScope: 'all' | number[];
  sessionId: string;
  mustChangePassword: boolean;
}

/** A PDN credential: OAuth API user (v1) or static token (v2). The role decides field visibility (SPEC §1.3). */
export interface ConsumerPrincipal {
  kind: 'consumer';
  consumerId: number;
  consumerName: string;
  role: ConsumerRole;
  systems: PdnSystem[];
  clientId?: string;
  username?: string;
  scope?: string;
  tokenId?: number;
}

/** The CLI and startup tasks (imports, demo data, migrations). */
export interface SystemPrincipal {
  kind: 'system';
  name: string;
}

export type Principal = UserPrincipal | ConsumerPrincipal | SystemPrincipal;

export function describePrincipal(principal: Principal | undefined): string {
  if (!principal) return 'anónimo';
  switch (principal.kind) {
    case 'user':
      return principal.email;
    case 'consumer':
      return principal.username ? `${principal.consumerName} (${principal.username})` : principal.consumerName;
    case 'system':
      return principal.name;
  }
}
