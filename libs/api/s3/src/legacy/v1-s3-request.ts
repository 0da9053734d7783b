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

/** Request bodies of `POST /v1/ssancionados` (SPEC §4.2) and `/v1/psancionados` (§4.3). */
export type V1S3Api = 'S3S' | 'S3P';

export const SORT_FIELDS: Record<V1S3Api, readonly string[]> = {
  S3S: ['rfc', 'curp', 'nombres', 'primerApellido', 'segundoApellido', 'institucionDependencia'],
  S3P: ['nombreRazonSocial', 'rfc', 'institucionDependencia'],
};

const TEXT_FILTERS: Record<V1S3Api, readonly string[]> = {
  S3S: ['id', 'nombres', 'primerApellido', 'segundoApellido', 'rfc', 'curp', 'institucionDependencia'],
  S3P: ['id', 'nombreRazonSocial', 'rfc', 'institucionDependencia', 'expediente', 'tipoPersona'],
};

export interface V1S3Query extends V1Paging {
  api: V1S3Api;
  sort: SortEntry<string>[];
  filters: Record<string, string> & { tipoSancion?: string[] };
  rfcSolicitante?: string;
  ignoredKeys: string[];
}

export function parseV1S3Request(api: V1S3Api, raw: unknown): V1S3Query {
  const body = bodyObject(raw);
  const paging = readPaging(body);
  const query = readQueryObject(body);
  const filters: V1S3Query['filters'] = {};
  for (const key of TEXT_FILTERS[api]) {
    const value = readTextFilter(query, key);
    if (value !== undefined) filters[key] = value;
  }
  const sanctions = readClaveList(query, 'tipoSancion', 'string') as string[] | undefined;
  if (sanctions) filters.tipoSancion = sanctions;
  const known = new Set([...TEXT_FILTERS[api], 'tipoSancion', 'rfcSolicitante']);
  return {
    api,
    ...paging,
    sort: readSort(body['sort'], SORT_FIELDS[api]),
    filters,
    rfcSolicitante: readRfcSolicitante(body, query),
    ignoredKeys: [
      ...Object.keys(body).filter((k) => !['page', 'pageSize', 'sort', 'query', 'rfcSolicitante'].includes(k)),
      ...Object.keys(query).filter((k) => !known.has(k)).map((k) => `query.${k}`),
    ],
  };
}
