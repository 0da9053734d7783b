import type { Issue } from '../schema/types';
import type { RecordState, VersionState, WorkflowAction } from './workflow';

/** What the current person may do with a record (the web shows only these buttons). */
export type RecordPermission = WorkflowAction | 'edit';

export interface VersionView<T = Record<string, unknown>> {
  numero: number;
  estado: VersionState;
  datos: T;
  creadoPor: string;
  creadoEn: string;
  enviadoPor?: string;
  enviadoEn?: string;
  revisadoPor?: string;
  revisadoEn?: string;
  comentarioRevision?: string;
  publicadoEn?: string;
}

export interface RecordView<T = Record<string, unknown>> {
  id: string;
  tipo: string;
  ente: { id: number; clave: string; nombre: string };
  estado: RecordState;
  /** Optimistic-locking token: send it back with every change (409 when stale). */
  version: number;
  titulo: string;
  ejercicio?: string;
  /** Version being edited or reviewed, when there is one. */
  trabajo?: VersionView<T> & { errores: Issue[]; advertencias: Issue[] };
  /** Version served to the PDN and the portal, when there is one. */
  publicado?: VersionView<T>;
  baja?: { fecha: string; motivo: string; por: string };
  fechaCaptura?: string;
  creadoEn: string;
  actualizadoEn: string;
  permisos: RecordPermission[];
}

export interface RecordSummary {
  id: string;
  tipo: string;
  titulo: string;
  ejercicio?: string;
  estado: RecordState;
  tienePublicado: boolean;
  ente: { id: number; clave: string; nombre: string };
  actualizadoEn: string;
  comentarioRevision?: string;
}

export interface Page<T> {
  total: number;
  pagina: number;
  tamano: number;
  elementos: T[];
}

export interface RecordHistory<T = Record<string, unknown>> {
  versiones: VersionView<T>[];
  eventos: { fecha: string; accion: string; actor: string; detalles: Record<string, unknown> | null }[];
}
