import {
  bodyObject,
  readClaveList,
  readPaging,
  readQueryObject,
  readRfcSolicitante,
  readSort,
  readTextFilter,
  type SortEntry,
  type V1Paging,
} from '@pde/api/interconnection';

/** Sortable fields of S2 v1.1 (SPEC §2.4). */
export const S2_SORT_FIELDS = ['nombres', 'primerApellido', 'segundoApellido', 'institucionDependencia', 'puesto'] as const;
export type S2SortField = (typeof S2_SORT_FIELDS)[number];

export const SPIC_TEXT_FILTERS = ['id', 'nombres', 'primerApellido', 'segundoApellido', 'curp', 'rfc', 'institucionDependencia'] as const;
type TextFilter = (typeof SPIC_TEXT_FILTERS)[number];

export interface SpicQuery extends V1Paging {
  sort: SortEntry<S2SortField>[];
  filters: Partial<Record<TextFilter, string>> & { tipoProcedimiento?: number[] };
  rfcSolicitante?: string;
  ignoredKeys: string[];
}

/** Parses and type-checks a `reqSpic` body (SPEC §2.2–§2.4). Ranges are checked later. */
export function parseSpicRequest(raw: unknown): SpicQuery {
  const body = bodyObject(raw);
  const paging = readPaging(body);
  const query = readQueryObject(body);
  const filters: SpicQuery['filters'] = {};
  for (const key of SPIC_TEXT_FILTERS) {
    const value = readTextFilter(query, key);
    if (value !== undefined) filters[key] = value;
  }
  const procedures = readClaveList(query, 'tipoProcedimiento', 'integer') as number[] | undefined;
  if (procedures) filters.tipoProcedimiento = procedures;
  const known = new Set<string>([...SPIC_TEXT_FILTERS, 'tipoProcedimiento', 'rfcSolicitante']);
  const ignoredKeys = [
    ...Object.keys(body).filter((k) => !['page', 'pageSize', 'sort', 'query', 'rfcSolicitante'].includes(k)),
    ...Object.keys(query).filter((k) => !known.has(k)).map((k) => `query.${k}`),
  ];
  return { ...paging, sort: readSort(body['sort'], S2_SORT_FIELDS), filters, rfcSolicitante: readRfcSolicitante(body, query), ignoredKeys };
}
