// The response shapes live in the contracts library, shared with the API.
export type {
  AccessLogEntry,
  ApiTokenView,
  AuditEntryView as AuditEntry,
  AuditPage,
  ConsumerView,
  IssuedCredentials,
  IssuedToken,
  PasswordReset,
  UserCreated,
} from '@pde/shared/contracts';

export interface EnteFilters {
  /** Search in name, clave and siglas, without accents or case. */
  q?: string;
  /** Only active entes. */
  activos?: boolean;
}

export interface AuditFilters {
  accion?: string;
  tipo?: string;
  id?: string;
  actor?: string;
  /** AAAA-MM-DD, inclusive. */
  desde?: string;
  /** AAAA-MM-DD, inclusive. */
  hasta?: string;
  /** 1-based. */
  pagina: number;
  tamano: number;
}
