import { S2_RECORD_SCHEMA, S3_COLLECTIONS, S3_COLLECTION_LABELS, S3_COLLECTION_SHORT_LABELS, S3_SCHEMAS, type ObjectNode } from '@pde/shared/contracts';
import type { FormLayout } from '@pde/web/panel/ui-record-form';
import { S2_LAYOUT } from './s2.layout';
import { s3Layout } from './s3.layout';

/** A kind of record of the panel: its API route, names, schema (from the contracts) and form layout. */
export interface RecordKind {
  /** `records.kind` of the API: `s2`, `faltas_administrativas_graves`, … */
  kind: string;
  /** URL segment, in the API (`/api/{ruta}/records`) and in the panel (`/panel/registros/{ruta}`). */
  ruta: string;
  system: 'S2' | 'S3';
  title: string;
  shortTitle: string;
  schema: ObjectNode;
  layout: FormLayout;
}

export const RECORDS_BASE_PATH = '/panel/registros';

export const RECORD_KINDS: readonly RecordKind[] = [
  {
    kind: 's2',
    ruta: 's2',
    system: 'S2',
    title: 'Servidores públicos que intervienen en contrataciones (S2)',
    shortTitle: 'S2 · Contrataciones',
    schema: S2_RECORD_SCHEMA,
    layout: S2_LAYOUT,
  },
  ...S3_COLLECTIONS.map((collection): RecordKind => ({
    kind: collection,
    ruta: `s3/${collection}`,
    system: 'S3',
    title: `${S3_COLLECTION_LABELS[collection]} (S3)`,
    shortTitle: `S3 · ${S3_COLLECTION_SHORT_LABELS[collection]}`,
    schema: S3_SCHEMAS[collection],
    layout: s3Layout(collection),
  })),
];

export function recordKind(kind: string): RecordKind | undefined {
  return RECORD_KINDS.find((k) => k.kind === kind);
}

/** Panel URL of a kind's list, or of one of its records. */
export function recordsPath(kind: RecordKind, ...rest: string[]): string {
  return [RECORDS_BASE_PATH, kind.ruta, ...rest].join('/');
}
