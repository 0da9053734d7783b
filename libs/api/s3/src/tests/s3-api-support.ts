import type { Type } from '@nestjs/common';
import { CaptureService, type BulkItem } from '@pde/api/capture';
import { CryptoService, type SystemPrincipal } from '@pde/api/core';
import type { S3Collection } from '@pde/shared/contracts';
import { S3LoaderService } from '../s3-loader.service';

/**
 * Test support (not a test) for the S3 API tests: publishing records and remembering them as the
 * stored v2 documents that the reference evaluator reads, building `/items` query strings and
 * checking Directus error bodies. It takes the test application structurally, so that library
 * code never imports the test harness.
 */
export interface AppLike {
  get<T>(type: Type<T>): T;
  setNow(date: Date | null): void;
}

export const SYSTEM: SystemPrincipal = { kind: 'system', name: 'pruebas' };

/** A published record as the v2 API stores it: system fields plus the captured content. */
export type StoredDoc = Record<string, unknown> & { id: string; date_created: string; date_updated: string | null };

/** Publishes records directly (as an import does) and returns their stored documents. */
export async function publishS3(
  app: AppLike,
  enteId: number,
  collection: S3Collection,
  records: readonly object[],
  options: { at?: (i: number) => Date; firstAt?: (i: number) => Date; ids?: string[] } = {},
): Promise<StoredDoc[]> {
  const crypto = app.get(CryptoService);
  const items: BulkItem[] = records.map((data, i) => ({
    id: options.ids?.[i] ?? crypto.uuid(),
    enteId,
    data: data as Record<string, unknown>,
    state: 'PUBLICADO',
    at: options.at?.(i) ?? new Date(Date.UTC(2026, 0, 2, 10, 0, i)),
    ...(options.firstAt ? { firstAt: options.firstAt(i) } : {}),
  }));
  await app.get(S3LoaderService).writePublished(collection, items, 'pruebas');
  // `date_created` is the first publication; `date_updated` the last one when later (SPEC §3.7.1).
  return items.map((item) => {
    const created = item.firstAt ?? item.at;
    return { id: item.id, date_created: created.toISOString(), date_updated: item.at > created ? item.at.toISOString() : null, ...item.data };
  });
}

/**
 * Captures, submits and approves a record through the generic workflow at `first`, then publishes
 * a corrected version (`changed`) at `second`: the stored document has `date_updated`.
 */
export async function captureAndRepublish(
  app: AppLike,
  enteId: number,
  collection: S3Collection,
  data: Record<string, unknown>,
  changed: Record<string, unknown>,
  first: Date,
  second: Date,
): Promise<StoredDoc> {
  const capture = app.get(CaptureService);
  app.setNow(first);
  const created = await capture.create(collection, SYSTEM, { enteId, datos: data });
  const submitted = await capture.submit(collection, created.id, SYSTEM, { version: created.version });
  const approved = await capture.approve(collection, created.id, SYSTEM, { version: submitted.version });
  app.setNow(second);
  const updated = await capture.update(collection, created.id, SYSTEM, { version: approved.version, datos: changed });
  const resubmitted = await capture.submit(collection, created.id, SYSTEM, { version: updated.version });
  await capture.approve(collection, created.id, SYSTEM, { version: resubmitted.version });
  app.setNow(null);
  return { id: created.id, date_created: first.toISOString(), date_updated: second.toISOString(), ...changed };
}

/** Baja of a published record through the workflow (SPEC G3). */
export async function withdrawS3(app: AppLike, collection: S3Collection, id: string): Promise<void> {
  const capture = app.get(CaptureService);
  const current = await capture.get(collection, id, SYSTEM);
  await capture.withdraw(collection, id, SYSTEM, { version: current.version, motivo: 'Baja de prueba' });
}

/** Restores a withdrawn record (it is served again). */
export async function restoreS3(app: AppLike, collection: S3Collection, id: string): Promise<void> {
  const capture = app.get(CaptureService);
  const current = await capture.get(collection, id, SYSTEM);
  await capture.restore(collection, id, SYSTEM, { version: current.version });
}

/** Query parameters of `GET /items/{collection}`, as a client writes them. */
export interface ItemsParams {
  fields?: readonly string[];
  filter?: unknown;
  search?: string;
  sort?: readonly string[];
  limit?: number | string;
  offset?: number | string;
  page?: number | string;
  meta?: readonly string[];
}

/** The query string (`?…`) of an items request: lists as CSV, the filter as URL-encoded JSON. */
export function itemsQuery(params: ItemsParams): string {
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${name}=${encodeURIComponent(value)}`);
  if (params.fields) add('fields', params.fields.join(','));
  if (params.filter !== undefined) add('filter', JSON.stringify(params.filter));
  if (params.search !== undefined) add('search', params.search);
  if (params.sort) add('sort', params.sort.join(','));
  if (params.limit !== undefined) add('limit', String(params.limit));
  if (params.offset !== undefined) add('offset', String(params.offset));
  if (params.page !== undefined) add('page', String(params.page));
  if (params.meta) add('meta', params.meta.join(','));
  return parts.length ? `?${parts.join('&')}` : '';
}

export interface DirectusErrorBody {
  errors: { message: string; extensions: { code: string } }[];
}

export const FORBIDDEN_MESSAGE = 'No tiene permiso para acceder a este recurso.';

export const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  INVALID_QUERY: 400,
  INVALID_CREDENTIALS: 401,
  TOKEN_EXPIRED: 401,
  FORBIDDEN: 403,
  ROUTE_NOT_FOUND: 404,
};

/** True when the body is exactly the Directus error shape of SPEC §6.3, with a Spanish message. */
export function isDirectusError(body: unknown, code?: string): boolean {
  const errors = (body as Partial<DirectusErrorBody> | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length !== 1 || Object.keys(body as object).length !== 1) return false;
  const [error] = errors;
  if (typeof error?.message !== 'string' || error.message.length === 0 || typeof error.extensions?.code !== 'string') return false;
  if (Object.keys(error).sort().join() !== 'extensions,message' || Object.keys(error.extensions).join() !== 'code') return false;
  if (error.extensions.code === 'FORBIDDEN' && error.message !== FORBIDDEN_MESSAGE) return false;
  if (error.extensions.code === 'INVALID_QUERY' && !error.message.startsWith('Consulta inválida')) return false;
  return code === undefined || error.extensions.code === code;
}
