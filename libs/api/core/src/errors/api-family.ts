/** The three error shapes of SPEC §6 plus the panel's, chosen by the request path. */
export type ApiFamily = 'panel' | 'pdn-v1' | 'pdn-v2';

export function apiFamilyOf(path: string): ApiFamily {
  if (path === '/oauth' || path.startsWith('/oauth/') || path.startsWith('/v1/') || path === '/v1') return 'pdn-v1';
  if (path === '/items' || path.startsWith('/items/') || path.startsWith('/auth/') || path === '/auth') return 'pdn-v2';
  return 'panel';
}

/** The request path without query string, whatever router the caller is mounted on. */
export function pathOf(request: { originalUrl?: string; url?: string }): string {
  const url = request.originalUrl ?? request.url ?? '/';
  const end = url.search(/[?#]/);
  return end < 0 ? url : url.slice(0, end);
}
