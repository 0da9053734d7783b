import { createHmac } from 'node:crypto';
import { Db } from '@pde/api/core';
import {
  accessToken,
  createConsumer,
  expectSpicPage,
  expectV1Error,
  rawPost,
  startTestApp,
  TEST_ACTOR,
  type TestApp,
} from '@pde/api/testing';
import { ConsumerCache } from '../consumers/consumer-cache';
import { ConsumersService, type IssuedCredentials } from '../consumers/consumers.service';
import { TokenService } from './token.service';

/** Bearer validation on the v1 data endpoints (SPEC §1.1.3, §6.1; checklist §7.8 item 4). */
const MISSING = 'Se requiere un token de acceso en el encabezado Authorization (Bearer).';
const INVALID = 'El token de acceso no es válido.';
const EXPIRED = 'El token de acceso ha expirado; solicite uno nuevo.';
const NO_SYSTEM = 'El usuario no tiene acceso a este sistema.';

describe('Bearer tokens on /v1/spic and /v1/spic/dependencias — SPEC §1.1.3', () => {
  let t: TestApp;
  let consumer: IssuedCredentials;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    consumer = await createConsumer(t);
    token = await accessToken(t, consumer);
  });
  afterAll(() => t.close());

  const post = (authorization: string | undefined, body = '{"page":1,"pageSize":1}', path = '/v1/spic') =>
    rawPost(t, path, body, { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) });
  const get = (authorization: string | undefined, path = '/v1/spic/dependencias') =>
    rawPost(t, path, undefined, authorization === undefined ? {} : { authorization }, 'GET');

  /** A 401 of §6.1, with `WWW-Authenticate: Bearer` (SHOULD). */
  function expect401(response: Awaited<ReturnType<typeof post>>, message: string) {
    expectV1Error(response, 401, message);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  }

  it('§7.8.4: the scheme is case-insensitive and may be followed by several spaces', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) expectSpicPage(await post(`${scheme} ${token}`));
    expectSpicPage(await post(`Bearer    ${token}`));
    expectSpicPage(await post(`bearer  ${token}  `));
    expect((await get(`BEARER   ${token}`)).status).toBe(200);
  });

  it('§7.8.4: without a token → 401 {"code":"401", …} on both endpoints', async () => {
    expect401(await post(undefined), MISSING);
    expect401(await get(undefined), MISSING);
    for (const header of ['', 'Bearer', 'Bearer ', 'Bearer    ', `Basic ${token}`, `Token ${token}`, token, `Bearer\t${token}`]) {
      expect401(await post(header), MISSING);
    }
  });

  it('tokens are accepted only in the Authorization header (not in the query string or the body)', async () => {
    expect401(await post(undefined, '{"page":1}', `/v1/spic?access_token=${token}`), MISSING);
    expect401(await get(undefined, `/v1/spic/dependencias?access_token=${token}`), MISSING);
    expect401(await post(undefined, JSON.stringify({ access_token: token, page: 1 })), MISSING);
    // A form body is not JSON: 400 comes first (§6.1 order), and the token in it is never used.
    expectV1Error(await post(undefined, `access_token=${token}`), 400, 'El cuerpo de la solicitud no es un JSON válido.');
  });

  it('a malformed token or a bad signature → 401 invalid', async () => {
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'confidencial' })).toString('base64url');
    const otherKey = createHmac('sha256', 'x'.repeat(32)).update(`${header}.${payload}`).digest('base64url');
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    for (const bad of ['abc', 'a.b.c', `${header}.${forged}.${signature}`, `${header}.${payload}.${otherKey}`, none, `${token}x`, `${header}.${payload}`]) {
      expect401(await post(`Bearer ${bad}`), INVALID);
    }
  });

  it('an expired token → 401 with the expired message; a fresh one works again', async () => {
    const c = await createConsumer(t);
    const start = new Date(Date.now() + 7_200_000);
    try {
      t.setNow(start);
      const short = await accessToken(t, c);
      t.setNow(new Date(start.getTime() + 299_000));
      expectSpicPage(await post(`Bearer ${short}`));
      t.setNow(new Date(start.getTime() + 300_000));
      expect401(await post(`Bearer ${short}`), EXPIRED);
      expect401(await get(`Bearer ${short}`), EXPIRED);
      expectSpicPage(await post(`Bearer ${await accessToken(t, c)}`));
    } finally {
      t.setNow(null);
    }
  });

  it('a revoked consumer: its tokens fail at once (§1.1.2 Revocation)', async () => {
    const c = await createConsumer(t);
    const live = await accessToken(t, c);
    expectSpicPage(await post(`Bearer ${live}`));
    await t.get(ConsumersService).revoke(c.id, TEST_ACTOR);
    expect401(await post(`Bearer ${live}`), INVALID);
    expect401(await get(`Bearer ${live}`), INVALID);
  });

  it('403 when the API user is not allowed S2 (at issuance or since then)', async () => {
    const db = t.get(Db);
    // Not allowed from the start: the token itself says so.
    const c = await createConsumer(t);
    await db.query('UPDATE api_consumers SET systems = ? WHERE id = ?', ['S3S,S3P', c.id]);
    t.get(ConsumerCache).invalidate();
    const withoutS2 = await accessToken(t, c);
    expectV1Error(await post(`Bearer ${withoutS2}`), 403, NO_SYSTEM);
    expectV1Error(await get(`Bearer ${withoutS2}`), 403, NO_SYSTEM);
    // Allowed at issuance, withdrawn afterwards: the current setting wins.
    const d = await createConsumer(t);
    const issued = await accessToken(t, d);
    expectSpicPage(await post(`Bearer ${issued}`));
    await db.query('UPDATE api_consumers SET systems = ? WHERE id = ?', ['S3S', d.id]);
    t.get(ConsumerCache).invalidate();
    expectV1Error(await post(`Bearer ${issued}`), 403, NO_SYSTEM);
  });

  it('a token signed by the server for a client that does not exist (or another user) → 401 invalid', async () => {
    const key = await t.get(TokenService).jwtKey();
    const [header, payload] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const sign = (c: Record<string, unknown>) => {
      const p = Buffer.from(JSON.stringify(c)).toString('base64url');
      return `${header}.${p}.${createHmac('sha256', key).update(`${header}.${p}`).digest('base64url')}`;
    };
    expectSpicPage(await post(`Bearer ${sign(claims)}`)); // the signing itself is right
    expect401(await post(`Bearer ${sign({ ...claims, cid: 'pde-no-existe' })}`), INVALID);
    expect401(await post(`Bearer ${sign({ ...claims, sub: 'api-otro-usuario' })}`), INVALID);
  });
});
