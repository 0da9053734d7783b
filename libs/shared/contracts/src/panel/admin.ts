import type { ConsumerRole } from './roles';
import type { UserView } from './schemas';

/** Responses of the administration endpoints of the panel API, shared by the API and the web app. */

/** `POST /api/admin/users`: the generated password comes only when none was given (shown once). */
export interface UserCreated {
  usuario: UserView;
  contrasenaGenerada?: string;
}

/** `POST /api/admin/users/:id/reset-password` (shown once). */
export interface PasswordReset {
  contrasenaGenerada: string;
}

/** `GET /api/admin/consumers[/:id]`: a PDN credential holder, never with its secrets. */
export interface ConsumerView {
  id: number;
  nombre: string;
  rol: ConsumerRole;
  fundamento: string | null;
  sistemas: string[];
  client_id: string;
  username: string;
  activo: boolean;
  creadoEn: string;
  creadoPor: string;
  revocadoEn: string | null;
}

/** `POST /api/admin/consumers` and `pde consumer create`: every secret here is shown once and never again. */
export interface IssuedCredentials {
  id: number;
  name: string;
  role: ConsumerRole;
  client_id: string;
  client_secret: string;
  username: string;
  password: string;
  /** Static bearer token of the S3 v2 API (SPEC §1.2). */
  token: string;
}

/** `GET /api/admin/consumers/:id/tokens` (the token itself is never listed). */
export interface ApiTokenView {
  id: number;
  /** First characters of the token followed by «…», to tell tokens apart. */
  prefijo: string;
  rol: ConsumerRole;
  creadoEn: string;
  creadoPor: string;
  expiraEn: string | null;
  ultimoUso: string | null;
  revocadoEn: string | null;
  activo: boolean;
}

/** `POST /api/admin/consumers/:id/tokens`: the new token, shown once. */
export interface IssuedToken {
  id: number;
  token: string;
}

/** One PDN call of `GET /api/admin/consumers/:id/access-log`. */
export interface AccessLogEntry {
  fecha: string;
  metodo: string;
  ruta: string;
  estado: number;
  registros: number | null;
  duracionMs: number | null;
  rfcSolicitante: string | null;
  parametros: unknown;
}

/** One entry of `GET /api/audit` (and of record histories). */
export interface AuditEntryView {
  id: number;
  at: string;
  actor: string;
  actorType: string;
  action: string;
  entityType: string | null;
  entityId: string | null;
  enteId: number | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

export interface AuditPage {
  total: number;
  items: AuditEntryView[];
}
