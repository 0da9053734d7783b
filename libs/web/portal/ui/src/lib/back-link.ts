import { Location } from '@angular/common';
import { inject } from '@angular/core';
import { Router, type UrlTree } from '@angular/router';

/** Key of the history-entry state where a search page leaves its own address for the ficha. */
export const BACK_STATE_KEY = 'volverA';

/**
 * Where «Volver a los resultados» leads: the search the person came from (saved by the search page
 * in the history entry, so it survives a reload), if it is an address under `base`; else `base`.
 * Call in an injection context.
 */
export function injectBackLink(base: string): UrlTree {
  const state = inject(Location).getState() as Record<string, unknown> | null;
  const url = state?.[BACK_STATE_KEY];
  const safe = typeof url === 'string' && (url === base || url.startsWith(`${base}?`)) ? url : base;
  return inject(Router).parseUrl(safe);
}
