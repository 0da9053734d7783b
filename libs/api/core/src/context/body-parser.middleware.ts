import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { apiFamilyOf, pathOf } from '../errors/api-family';
import { BadRequestError, PdeError, PdnV1Error } from '../errors/errors';

class PayloadTooLargeError extends PdeError {
  readonly status = 413;
  readonly code = 'CUERPO_DEMASIADO_GRANDE';
}
class UnsupportedMediaTypeError extends PdeError {
  readonly status = 415;
  readonly code = 'TIPO_NO_ADMITIDO';
}

const INVALID_JSON = 'El cuerpo de la solicitud no es un JSON válido.';
const INVALID_TEXT = 'El cuerpo de la solicitud contiene caracteres Unicode inválidos (sustitutos sin pareja).';
/** With the `u` flag a surrogate pair is one code point, so this matches only unpaired halves. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const PDN_LIMIT = 1024 * 1024;
const PANEL_LIMIT = 10 * 1024 * 1024;

export interface RawBodyRequest extends Request {
  rawBody?: string;
}

/**
 * Reads request bodies ourselves so that every failure takes the error shape of its API family:
 * PDN v1 bodies are JSON whatever their Content-Type says (SPEC §2.1), the token endpoint keeps
 * the raw text for its own form/JSON parsing (SPEC §1.1.1), the panel accepts JSON only.
 */
@Injectable()
export class BodyParserMiddleware implements NestMiddleware {
  async use(request: RawBodyRequest, _response: Response, next: NextFunction) {
    try {
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') {
        request.body = undefined;
        return next();
      }
      const family = apiFamilyOf(pathOf(request));
      const raw = await readBody(request, family === 'panel' ? PANEL_LIMIT : PDN_LIMIT);
      request.rawBody = raw;
      if (pathOf(request) === '/oauth' || pathOf(request).startsWith('/oauth/')) {
        request.body = undefined;
      } else if (family === 'pdn-v1') {
        request.body = parseJson(raw, () => new PdnV1Error(400, INVALID_JSON), {});
        // Lone surrogates are not text: treated as a malformed body (MariaDB would refuse them in SQL).
        if (hasLoneSurrogate(request.body)) throw new PdnV1Error(400, INVALID_JSON);
      } else if (family === 'panel') {
        const type = (request.header('content-type') ?? '').toLowerCase();
        if (raw.trim() !== '' && type !== '' && !type.includes('json')) {
          throw new UnsupportedMediaTypeError('El cuerpo debe enviarse como JSON (Content-Type: application/json).');
        }
        request.body = parseJson(raw, () => new BadRequestError(INVALID_JSON), undefined);
        // `\ud800` escapes decode to lone surrogates: not text, and refused by the database (MariaDB JSON).
        if (hasLoneSurrogate(request.body)) throw new BadRequestError(INVALID_TEXT);
      } else {
        request.body = undefined;
      }
      next();
    } catch (error) {
      next(error);
    }
  }
}

/**
 * True when any string (or key) of a JSON value contains an unpaired UTF-16 surrogate. Iterative:
 * bodies nest as deep as their size allows (JSON.parse accepts that), and recursion would overflow
 * the stack into a 500 (SPEC G9).
 */
export function hasLoneSurrogate(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current === 'string') {
      if (LONE_SURROGATE.test(current)) return true;
    } else if (Array.isArray(current)) {
      for (const item of current) pending.push(item); // not push(...current): arguments are limited
    } else if (current && typeof current === 'object') {
      for (const [k, v] of Object.entries(current)) {
        if (LONE_SURROGATE.test(k)) return true;
        pending.push(v);
      }
    }
  }
  return false;
}

function parseJson(raw: string, error: () => PdeError, empty: unknown): unknown {
  if (raw.trim() === '') return empty;
  try {
    return JSON.parse(raw);
  } catch {
    throw error();
  }
}

/** The token endpoint only answers 401/422/429/5xx (SPEC §6.2): an oversized body is unparseable there. */
function tooLarge(path: string): PdeError {
  if (path === '/oauth' || path.startsWith('/oauth/')) return new PdnV1Error(422, 'La solicitud debe enviarse como application/x-www-form-urlencoded.');
  if (apiFamilyOf(path) === 'pdn-v1') return new PdnV1Error(413, 'El cuerpo de la solicitud es demasiado grande.');
  return new PayloadTooLargeError('El cuerpo de la solicitud es demasiado grande.');
}

function readBody(request: Request, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit && !failed) {
        failed = true;
        reject(tooLarge(pathOf(request)));
        request.resume();
        return;
      }
      if (!failed) chunks.push(chunk);
    });
    request.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', (err) => {
      if (!failed) reject(err);
    });
  });
}
