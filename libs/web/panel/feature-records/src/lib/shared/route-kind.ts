import { inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { RECORD_KINDS, recordKind, type RecordKind } from '../kinds/record-kinds';

/** Route data key with the record kind of a page (set by `RECORDS_ROUTES`). */
export const RECORD_KIND_DATA = 'recordKind';

/** The record kind of the current route (pages are only reachable through a kind's routes). */
export function injectRecordKind(): RecordKind {
  const route = inject(ActivatedRoute);
  let snapshot: typeof route.snapshot | null = route.snapshot;
  while (snapshot) {
    const found = recordKind(String(snapshot.data[RECORD_KIND_DATA] ?? ''));
    if (found) return found;
    snapshot = snapshot.parent;
  }
  return RECORD_KINDS[0];
}
