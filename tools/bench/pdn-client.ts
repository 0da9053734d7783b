import type { IssuedCredentials } from '@pde/api/interconnection';

/** The HTTP calls a PDN client makes, as the benchmark needs them (gzip on, like the PDN). */
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
