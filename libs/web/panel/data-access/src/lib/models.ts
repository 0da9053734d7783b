import type { RecordState, UserRole } from '@pde/shared/contracts';

// Response shapes of the panel API. They mirror libs/api/auth/src/auth.controller.ts (`me`) and
// libs/api/capture/src/capture-query.service.ts (`summary`); the API does not export them as
// contracts yet, so keep both sides in step when either changes.

/** `GET /api/auth/me` and `usuario` of the sign-in answer. */
export interface SessionUser {
  id: number;
  email: string;
  nombre: string;
  rol: UserRole;
  /** Ente of a CAPTURISTA (or of a CONSULTA limited to one ente). */
  enteId: number | null;
  /** Entes a REVISOR may review. */
  entesRevision: 'all' | number[];
  /** A temporary password must be replaced before the rest of the panel opens. */
  debeCambiarContrasena: boolean;
}

/** `POST /api/auth/login`. */
export interface LoginResponse {
  usuario: SessionUser;
  /** ISO date when the session ends regardless of activity. */
  expiraEn: string;
  inactividadMinutos: number;
}

export interface LoginCredentials {
  email: string;
  password: string;
}

/** One record kind (system) in `GET /api/panel/summary`. */
export interface PanelKindSummary {
  tipo: string;
  /** URL segment of the kind in the panel API, e.g. `s2`. */
  ruta: string;
  nombre: string;
  conteos: Record<RecordState, number>;
}

export interface PanelPending {
  tipo: string;
  estado: RecordState;
  total: number;
}

/** `GET /api/panel/summary`: counts within the person's scope, and what awaits them. */
export interface PanelSummary {
  tipos: PanelKindSummary[];
  pendientes: PanelPending[];
}
