import type { RecordState } from '@pde/shared/contracts';

/** Sort columns the list endpoint accepts (`orden`). */
export type RecordSortField = 'actualizado' | 'titulo' | 'creado';
export type SortDirection = 'asc' | 'desc';

/**
 * Filters, sorting and page of `GET /api/{ruta}/records`. Every field is optional except the page;
 * absent filters are not sent. Names are the API's own query parameters.
 */
export interface RecordListQuery {
  q?: string;
  estado?: RecordState;
  enteId?: number;
  ejercicio?: string;
  /** `YYYY-MM-DD`: last change on or after this day. */
  desde?: string;
  /** `YYYY-MM-DD`: last change on or before this day. */
  hasta?: string;
  orden?: RecordSortField;
  direccion?: SortDirection;
  pagina: number;
  tamano: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZES = [10, 20, 50, 100] as const;
