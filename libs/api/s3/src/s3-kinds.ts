import type { CaptureKind, CaptureRoute } from '@pde/api/capture';
import { S3_COLLECTION_SHORT_LABELS, S3_COLLECTIONS, S3_SCHEMAS, type S3Collection } from '@pde/shared/contracts';
import type { S3Projector } from './storage/s3-projector';

/** Stored documents are text columns; this keeps every record far below their limit. */
const MAX_DOCUMENT_BYTES = 60_000;

export const S3_ROUTES: Record<S3Collection, CaptureRoute> = Object.fromEntries(
  S3_COLLECTIONS.map((collection) => [
    collection,
    { kind: collection, path: `s3/${collection}`, label: `S3 · ${S3_COLLECTION_SHORT_LABELS[collection]}`, schema: S3_SCHEMAS[collection] },
  ]),
) as Record<S3Collection, CaptureRoute>;

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** Title for lists: the sanctioned person or company. */
export function s3Title(collection: S3Collection, data: Record<string, unknown>): string {
  const general = (data['datosGenerales'] ?? {}) as Record<string, unknown>;
  if (collection === 'faltas_graves_personas_morales') return text(general['nombreRazonSocial']) || 'Sin razón social';
  const name = [general['primerApellido'], general['segundoApellido'], general['nombres']].map(text).filter(Boolean).join(' ');
  return name || `Expediente ${text(data['expediente']) || 'sin número'}`;
}

/** The four S3 kinds share the generic capture workflow; only their schema and read model differ. */
export function s3Kind(collection: S3Collection, projector: S3Projector): CaptureKind {
  return {
    ...S3_ROUTES[collection],
    projector: projector.forCollection(collection),
    // S3 records name the public body where the facts happened; nothing is imposed by the server.
    applyServerFields: (data) => data,
    summarize: (data) => ({ title: s3Title(collection, data), ejercicio: /^\d{4}/.test(text(data['fecha'])) ? text(data['fecha']).slice(0, 4) : undefined }),
    extraIssues: (data) =>
      Buffer.byteLength(JSON.stringify(data)) > MAX_DOCUMENT_BYTES
        ? [{ path: '', message: 'El registro es demasiado extenso (más de 60 000 bytes); resuma las descripciones.' }]
        : [],
  };
}
