import type { IssuedCredentials } from '@pde/api/interconnection';
import { Random, SYNTHETIC_ENTES } from '@pde/api/synthetic';
import { fold } from '@pde/shared/contracts';
import { measure } from './stats';

/** The HTTP calls a PDN client makes, as the benchmark needs them (gzip on, like the PDN), and what it types. */
export async function tokenFor(base: string, c: IssuedCredentials): Promise<string> {
  const response = await fetch(`${base}/oauth/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${c.client_id}:${c.client_secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', username: c.username, password: c.password, client_id: c.client_id, client_secret: c.client_secret }),
  });
  if (response.status !== 200) throw new Error(`token ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** A v1 search (`/v1/spic`, `/v1/ssancionados`, `/v1/psancionados`): total and the page. */
export async function v1Search(base: string, path: string, token: string, body: unknown): Promise<{ totalRows: number; results: unknown[] }> {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-encoding': 'gzip' }, body: JSON.stringify(body) });
  if (response.status !== 200) throw new Error(`${path} ${response.status}: ${await response.text()}`);
  const json = (await response.json()) as { pagination: { totalRows: number }; results: unknown[] };
  return { totalRows: json.pagination.totalRows, results: json.results };
}

/** Text as people type it in the national portal: folded, without accents (ñ kept), lower case. */
export function typed(text: string): string {
  return fold(text).normalize('NFD').replace(/[\u0300-\u0302\u0304-\u036f]/g, '');
}

/** The last two words of a synthetic ente's name, typed: a partial institution filter. */
export function entePart(random: Random): string {
  return typed(random.pick(SYNTHETIC_ENTES).nombre).split(' ').slice(-2).join(' ');
}

/**
 * The bulk download of a v1 API as PDNMX/bulk-generator does it (SPEC §7.3 C15–C16): pages of
 * 200, five at a time, a new token for every page. `page` times the data call alone;
 * `tokenAndPage` both calls.
 */
export async function harvestV1(base: string, path: string, newToken: () => Promise<string>, total: number) {
  const pages = Math.ceil(total / 200);
  let records = 0;
  const page: number[] = [];
  const run = await measure(pages, 5, async (i) => {
    const fresh = await newToken();
    const t0 = performance.now();
    const { results } = await v1Search(base, path, fresh, { page: i + 1, pageSize: 200 });
    page.push(performance.now() - t0);
    records += results.length;
  });
  return { pages, records, seconds: run.seconds, recordsPerSecond: records / run.seconds, page, tokenAndPage: run.samples };
}
