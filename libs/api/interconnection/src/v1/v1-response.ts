import type { Response } from 'express';

/**
 * The v1 envelope (SPEC §2.5, §5.4), always complete: `pagination` with its four keys and
 * `results` as an array, also when nothing matches. Results arrive already serialised so that
 * stored documents are not parsed again on the hot path.
 */
export function sendV1Page(response: Response, page: number, pageSize: number, totalRows: number, results: readonly string[]) {
  const pagination = JSON.stringify({ pageSize, page, totalRows, hasNextPage: page * pageSize < totalRows });
  sendJson(response, `{"pagination":${pagination},"results":[${results.join(',')}]}`);
}

export function sendJson(response: Response, body: string) {
  response.status(200).type('application/json; charset=utf-8').send(body);
}
