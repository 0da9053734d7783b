import type { CaptureKind, CaptureRoute } from '@pde/api/capture';
import type { EnteEntity } from '@pde/api/entes';
import { S2_RECORD_SCHEMA, type S2RecordData } from '@pde/shared/contracts';
import type { S2Projector } from './s2-projector';

/** Published S2 documents are stored as text; this keeps every one far below the column limit. */
const MAX_DOCUMENT_BYTES = 60_000;

export const S2_ROUTE: CaptureRoute = {
  kind: 's2',
  path: 's2',
  label: 'S2 · Servidores públicos en contrataciones',
  schema: S2_RECORD_SCHEMA,
};

export function s2Kind(projector: S2Projector): CaptureKind {
  return {
    ...S2_ROUTE,
    projector,
    // The institution is the record's ente, taken from the catalog, never typed by the capturista.
    applyServerFields: (data, ente: EnteEntity) => ({
      ...data,
      institucionDependencia: { nombre: ente.nombre, ...(ente.siglas ? { siglas: ente.siglas } : {}), clave: ente.clave },
    }),
    summarize: (raw) => {
      const data = raw as Partial<S2RecordData>;
      const title = [data.primerApellido, data.segundoApellido, data.nombres].filter((v) => typeof v === 'string' && v).join(' ');
      return { title: title || 'Sin nombre', ejercicio: typeof data.ejercicioFiscal === 'string' ? data.ejercicioFiscal : undefined };
    },
    extraIssues: (data) =>
      Buffer.byteLength(JSON.stringify(data)) > MAX_DOCUMENT_BYTES
        ? [{ path: '', message: 'El registro es demasiado extenso (más de 60 000 bytes); reduzca las observaciones.' }]
        : [],
  };
}
