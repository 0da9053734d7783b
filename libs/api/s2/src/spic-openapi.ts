import { S2_RECORD_SCHEMA, toJsonSchema } from '@pde/shared/contracts';
import { S2_SORT_FIELDS } from './spic-request';

/** OpenAPI of `POST /v1/spic` for Swagger, following the official `reqSpic`/`resSpic` (SPEC §2). */
const text = (description: string) => ({ type: 'string', description });

export const SPIC_REQUEST_DOC = {
  type: 'object',
  properties: {
    page: { type: 'integer', minimum: 1, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 200, default: 10 },
    sort: {
      type: 'object',
      description: 'Prioridad según el orden de las llaves; orden en español; faltantes al final.',
      properties: Object.fromEntries(S2_SORT_FIELDS.map((f) => [f, { type: 'string', enum: ['asc', 'desc'] }])),
    },
    query: {
      type: 'object',
      properties: {
        id: text('Exacto; si se envía se ignoran los demás filtros.'),
        nombres: text('Subcadena sin distinguir mayúsculas ni acentos (ñ ≠ n).'),
        primerApellido: text('Igual que nombres.'),
        segundoApellido: text('Igual que nombres.'),
        curp: text('Solo para el rol confidencial.'),
        rfc: text('Solo para el rol confidencial.'),
        institucionDependencia: text('Subcadena del nombre de la institución.'),
        tipoProcedimiento: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 5 }, description: 'Cualquiera de los valores.' },
        rfcSolicitante: text('Se registra en la bitácora; no filtra.'),
      },
    },
    rfcSolicitante: text('También se acepta aquí; se registra en la bitácora.'),
  },
};

export const SPIC_RESPONSE_DOC = {
  type: 'object',
  required: ['pagination', 'results'],
  properties: {
    pagination: {
      type: 'object',
      required: ['pageSize', 'page', 'totalRows', 'hasNextPage'],
      properties: { pageSize: { type: 'integer' }, page: { type: 'integer' }, totalRows: { type: 'integer' }, hasNextPage: { type: 'boolean' } },
    },
    results: {
      type: 'array',
      items: {
        ...toJsonSchema(S2_RECORD_SCHEMA),
        required: ['id', 'fechaCaptura', 'nombres', 'primerApellido', 'institucionDependencia', 'puesto', 'tipoArea', 'nivelResponsabilidad', 'tipoProcedimiento'],
        properties: {
          id: text('Identificador estable del registro'),
          fechaCaptura: { type: 'string', format: 'date-time' },
          ...(toJsonSchema(S2_RECORD_SCHEMA)['properties'] as Record<string, unknown>),
        },
      },
    },
  },
};
