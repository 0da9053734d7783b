import { DestroyRef, Injector, afterNextRender, inject } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';

function pathOf(url: string): string {
  return url.split(/[?#]/, 1)[0];
}

/**
 * After each client-side navigation to another page, moves focus to the page's `<h1>` (or the
 * container) so keyboard and screen-reader users start at the new content instead of the link they
 * used. Query-string changes (filters, paging) keep focus where it is. Call from a constructor.
 */
export function focusContentOnNavigation(container: () => HTMLElement | undefined): void {
  const router = inject(Router);
  const injector = inject(Injector);
  let previousPath: string | null = null;
  const subscription = router.events.subscribe((event) => {
    if (!(event instanceof NavigationEnd)) return;
    const path = pathOf(event.urlAfterRedirects);
    const firstPage = previousPath === null;
    const samePage = path === previousPath;
    previousPath = path;
    if (firstPage || samePage) return;
    afterNextRender(() => focusMainContent(container()), { injector });
  });
  inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
}

export function focusMainContent(container: HTMLElement | undefined): void {
  if (!container) return;
  const heading = container.querySelector<HTMLElement>('h1');
  const target = heading ?? container;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}
