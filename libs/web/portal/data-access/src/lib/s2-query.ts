import { cleanSearchText } from './text';

/** A search of S2 (`GET /api/portal/s2`); empty texts and lists mean «no filter». */
export interface S2SearchQuery {
  nombres: string;
  primerApellido: string;
  segundoApellido: string;
  institucionDependencia: string;
  /** Claves 1–5 of the tipoProcedimiento catalog; any of them matches. */
  tipoProcedimiento: readonly number[];
  pagina: number;
  tamano: number;
}

const TEXT_KEYS = ['nombres', 'primerApellido', 'segundoApellido', 'institucionDependencia'] as const;

/** Query string of `GET /api/portal/s2`: only the filters in use; `tipoProcedimiento` as `1,3`. */
export function s2SearchParams(query: S2SearchQuery): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of TEXT_KEYS) {
    const text = cleanSearchText(query[key]);
    if (text) params[key] = text;
  }
  if (query.tipoProcedimiento.length) params['tipoProcedimiento'] = [...query.tipoProcedimiento].join(',');
  params['pagina'] = String(query.pagina);
  params['tamano'] = String(query.tamano);
  return params;
}
