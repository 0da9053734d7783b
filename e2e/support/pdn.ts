import { expect, type APIRequestContext } from '@playwright/test';

/** What the PDN needs to call the S2 v1.1 API (README «Conexión con la PDN»). */
export interface OAuthCredentials {
  client_id: string;
  client_secret: string;
  username: string;
  password: string;
}

/** `POST /oauth/token`: Basic client credentials plus the password grant, as the PDN asks for a token. */
export async function requestToken(request: APIRequestContext, credentials: OAuthCredentials) {
  const basic = Buffer.from(`${credentials.client_id}:${credentials.client_secret}`).toString('base64');
  return request.post('/oauth/token', {
    headers: { Authorization: `Basic ${basic}` },
    form: { grant_type: 'password', username: credentials.username, password: credentials.password },
  });
}

/** A bearer token for the S2 v1.1 API (fails the test if the credentials are refused). */
export async function accessToken(request: APIRequestContext, credentials: OAuthCredentials): Promise<string> {
  const response = await requestToken(request, credentials);
  expect(response.status(), await response.text()).toBe(200);
  const body = (await response.json()) as { access_token: string; token_type: string };
  expect(body.token_type).toBe('Bearer');
  return body.access_token;
}

export interface SpicResponse {
  pagination: { page: number; pageSize: number; totalRows: number; hasNextPage: boolean };
  results: Array<Record<string, unknown> & { id: string }>;
}

/** `POST /v1/spic` (S2 v1.1) with a bearer token. */
export async function searchSpic(request: APIRequestContext, token: string, query: Record<string, unknown>): Promise<SpicResponse> {
  const response = await request.post('/v1/spic', { headers: { Authorization: `Bearer ${token}` }, data: { page: 1, pageSize: 10, query } });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as SpicResponse;
}

export interface ItemsResponse {
  data: Array<Record<string, unknown> & { id: string }>;
  meta?: { filter_count?: number };
}

/** `GET /items/{colección}` (S3 v2) with a static token and a Directus filter, as the PDN calls it. */
export async function searchItems(request: APIRequestContext, token: string, collection: string, filter: unknown): Promise<ItemsResponse> {
  const response = await request.get(`/items/${collection}`, {
    headers: { Authorization: `Bearer ${token}` },
    params: { filter: JSON.stringify(filter), fields: '*.*.*', meta: 'filter_count', limit: 10 },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as ItemsResponse;
}
