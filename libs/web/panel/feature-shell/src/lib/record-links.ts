import type { Params } from '@angular/router';
import type { RecordState } from '@pde/shared/contracts';

// Links into the record screens (libs/web/panel/feature-records, loaded on demand): only paths
// here, so the shell does not pull that library into its own chunk.

/** `ruta` of a kind as `GET /api/panel/summary` reports it (`s2`, `s3/{colección}`) → its list. */
export function recordListPath(ruta: string): string {
  return `/panel/registros/${ruta}`;
}

/** Query parameters of a list filtered by state. */
export function stateFilter(estado: RecordState): Params {
  return { estado };
}

/** Entries of the panel navigation for the record lists. */
export const RECORD_NAV_LINKS: readonly { path: string; label: string }[] = [
  { path: recordListPath('s2'), label: 'Registros S2' },
  { path: recordListPath('s3'), label: 'Registros S3' },
];
