import { CaptureService } from '@pde/api/capture';
import { Db } from '@pde/api/core';
import type { EnteEntity } from '@pde/api/entes';
import { PdnAccessLogService, type IssuedCredentials } from '@pde/api/interconnection';
import { s2RecordFactory } from '@pde/api/s2';
import type { S2ApiRecord, S2RecordData } from '@pde/shared/contracts';
import { HttpClient, type HttpResponse } from './http-client';
import { TEST_ACTOR, type TestApp } from './test-app';

/** Helpers for the PDN interconnection tests (SPEC §1.1, §2, §6): token requests, v1 calls, v1 assertions. */

export const JSON_UTF8 = 'application/json; charset=utf-8';

export interface SpicPagination {
  pageSize: number;
  page: number;
  totalRows: number;
  hasNextPage: boolean;
}

export interface SpicPage {
  pagination: SpicPagination;
  results: S2ApiRecord[];
}

/** `Basic base64(id:secret)`, as every PDN client builds it (no form encoding, SPEC §7.3 C13). */
export function basicAuth(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
}

/** A form body; `undefined` values are left out. */
export function formBody(params: Record<string, string | undefined>): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) out.append(k, v);
  return out.toString();
}

/** The password-grant parameters of a consumer (what the PDN sends in the body). */
export function passwordGrant(c: IssuedCredentials, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return { grant_type: 'password', username: c.username, password: c.password, client_id: c.client_id, client_secret: c.client_secret, ...extra };
}

/**
 * `POST path` with a raw body and exactly the given headers: the body goes out as bytes, so that
 * fetch adds no Content-Type of its own (a string body would get `text/plain`).
 */
export async function rawPost<T = unknown>(
  t: TestApp,
  path: string,
  body: string | Uint8Array | undefined,
  headers: Record<string, string> = {},
  method = 'POST',
): Promise<HttpResponse<T>> {
  const payload = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const response = await fetch(`${t.baseUrl}${path}`, { method, headers, body: payload });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON: the test sees the text */
  }
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

/** A token request with a form body (default content type), optional Basic header. */
export function tokenRequest(
  t: TestApp,
  params: Record<string, string | undefined>,
  options: { basic?: [string, string]; contentType?: string | null; path?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.basic) headers['authorization'] = basicAuth(options.basic[0], options.basic[1]);
  if (options.contentType !== null) headers['content-type'] = options.contentType ?? 'application/x-www-form-urlencoded';
  return rawPost<Record<string, unknown>>(t, options.path ?? '/oauth/token', formBody(params), headers);
}

/** A v1 data client with a fixed bearer token. */
export function bearerClient(t: TestApp, token: string): HttpClient {
  return new HttpClient(t.baseUrl, { authorization: `Bearer ${token}` });
}

/** `POST /v1/spic` with `body` serialised as JSON (or sent raw when it is a string). */
export function spic(client: HttpClient, body: unknown = {}): Promise<HttpResponse<SpicPage>> {
  return client.post<SpicPage>('/v1/spic', typeof body === 'string' ? body : JSON.stringify(body), { 'content-type': 'application/json' });
}

/** Asserts a v1 error (SPEC §6.1, §6.2): status, exactly `{code, message}`, JSON content type. */
export function expectV1Error(response: HttpResponse, status: number, message?: string) {
  expect({ status: response.status, body: response.body }).toEqual({
    status,
    body: { code: String(status), message: message ?? expect.any(String) },
  });
  expect(Object.keys(response.body as object).sort()).toEqual(['code', 'message']);
  expect(response.headers.get('content-type')).toBe(JSON_UTF8);
}

/** Asserts a complete v1 envelope (SPEC §2.5, §5.4) and returns its page. */
export function expectSpicPage(response: HttpResponse<unknown>, expected: Partial<SpicPagination> = {}): SpicPage {
  expect({ status: response.status, text: response.status === 200 ? '' : response.text }).toEqual({ status: 200, text: '' });
  expect(response.headers.get('content-type')).toBe(JSON_UTF8);
  const body = response.body as SpicPage;
  expect(Object.keys(body).sort()).toEqual(['pagination', 'results']);
  expect(Object.keys(body.pagination).sort()).toEqual(['hasNextPage', 'page', 'pageSize', 'totalRows']);
  const { page, pageSize, totalRows, hasNextPage } = body.pagination;
  expect([page, pageSize, totalRows].every((n) => Number.isInteger(n))).toBe(true);
  expect(hasNextPage).toBe(page * pageSize < totalRows);
  expect(Array.isArray(body.results)).toBe(true);
  expect(body.results.length).toBe(Math.max(0, Math.min(pageSize, totalRows - (page - 1) * pageSize)));
  expect(body.pagination).toEqual(expect.objectContaining(expected));
  return body;
}

/** Ids of every record matching `query`, harvested page by page (SPEC §7.3). */
export async function harvestIds(client: HttpClient, query: Record<string, unknown> = {}, pageSize = 200): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const body = expectSpicPage(await spic(client, { page, pageSize, query }));
    ids.push(...body.results.map((r) => r.id));
    if (!body.pagination.hasNextPage) return ids;
  }
}

/** `totalRows` of a PDN summary call (`pageSize` 1, SPEC §7.1 C4). */
export async function countRows(client: HttpClient, query: Record<string, unknown>): Promise<number> {
  return expectSpicPage(await spic(client, { page: 1, pageSize: 1, query })).pagination.totalRows;
}

/** Reads the access-log line of a request by its correlation id (flushes pending entries first). */
export async function accessLogLine(t: TestApp, response: HttpResponse): Promise<Record<string, unknown>> {
  const requestId = response.headers.get('x-request-id');
  // The line is written when the response finishes; give the event loop a moment, then flush.
  for (let attempt = 0; attempt < 20; attempt++) {
    await t.get(PdnAccessLogService).flush();
    const rows = await t.get(Db).query('SELECT * FROM pdn_access_log WHERE requestId = ?', [requestId]);
    if (rows.length) return rows[0];
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`No hay línea de bitácora para la solicitud ${requestId}`);
}

/**
 * Captures, sends to review and approves an S2 record through the real workflow (validation and
 * normalisation of the capture path, projection of CaptureService.approve).
 */
export async function captureAndPublishS2(t: TestApp, ente: EnteEntity, overrides: Partial<S2RecordData> = {}): Promise<string> {
  const capture = t.get(CaptureService);
  const { institucionDependencia: _ignored, ...datos } = s2RecordFactory(overrides);
  const created = await capture.create('s2', TEST_ACTOR, { enteId: ente.id, datos });
  const submitted = await capture.submit('s2', created.id, TEST_ACTOR, { version: created.version });
  await capture.approve('s2', created.id, TEST_ACTOR, { version: submitted.version });
  return created.id;
}

/** Baja of a record through CaptureService (SPEC G3). */
export async function withdrawS2(t: TestApp, id: string, motivo = 'Baja de prueba'): Promise<void> {
  const capture = t.get(CaptureService);
  const current = await capture.get('s2', id, TEST_ACTOR);
  await capture.withdraw('s2', id, TEST_ACTOR, { version: current.version, motivo });
}
