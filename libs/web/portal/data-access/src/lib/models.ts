import type { S2ApiRecord, S3Collection } from '@pde/shared/contracts';

/** `GET /api/portal/resumen`. */
export interface PortalSummary {
  /** Instant (ISO 8601, UTC) of the last publication; `null` while nothing is published. */
  corte: string | null;
  totales: { s2: number } & Record<S3Collection, number>;
}

/** `GET /api/portal/s2`. */
export interface S2SearchResponse {
  total: number;
  pagina: number;
  tamano: number;
  resultados: S2ApiRecord[];
}

/** One row of an S3 list: only the fields the list asks for (`S3_LIST_FIELDS`). */
export interface S3ListItem {
  id: string;
  fecha?: string | null;
  expediente?: string | null;
  datosGenerales?: {
    nombres?: string | null;
    primerApellido?: string | null;
    segundoApellido?: string | null;
    nombreRazonSocial?: string | null;
    rfc?: string | null;
  } | null;
  empleoCargoComision?: S3EnteSummary | null;
  dondeCometioLaFalta?: S3EnteSummary | null;
  resolucion?: { fechaResolucion?: string | null } | null;
  faltaCometida?: readonly { clave: string; valor?: string | null }[] | null;
  tipoSancion?: readonly { clave: string; otro?: { denominacionSancion?: string | null } | null }[] | null;
}

export interface S3EnteSummary {
  nombreEntePublico?: string | null;
  siglasEntePublico?: string | null;
}

/** A page of S3 results; `total` is `meta.filter_count`, as the PDN reads it. */
export interface S3ListPage {
  items: S3ListItem[];
  total: number;
  pagina: number;
  tamano: number;
}

/**
 * A record and the exact body the API sent for it: «Descargar JSON» saves `json` byte for byte,
 * so what people download is what the public API publishes, not a re-serialisation.
 */
export interface RawRecord<T> {
  record: T;
  json: string;
}
