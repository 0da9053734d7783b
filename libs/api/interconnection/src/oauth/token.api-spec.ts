import { Db } from '@pde/api/core';
import {
  accessLogLine,
  basicAuth,
  bearerClient,
  createConsumer,
  expectSpicPage,
  expectV1Error,
  formBody,
  JSON_UTF8,
  passwordGrant,
  rawPost,
  spic,
  startTestApp,
  TEST_ACTOR,
  tokenRequest,
  type TestApp,
} from '@pde/api/testing';
import { ConsumerCache } from '../consumers/consumer-cache';
import { ConsumersService, type IssuedCredentials } from '../consumers/consumers.service';

/**
 * `POST /oauth/token` and its alias `POST /oauth` (SPEC §1.1, §6.2; checklist §7.8 items 1–3),
 * with the clients' real request shapes (§7.1 C1, §7.3 C13–C14).
 */
const MESSAGES = {
  contentType: 'La solicitud debe enviarse como application/x-www-form-urlencoded.',
  noClient: 'No se enviaron las credenciales del cliente.',
  badClient: 'Credenciales del cliente incorrectas.',
  grantType: 'Tipo de concesión (grant_type) no soportado.',
  missingUser: 'Faltan los parámetros username o password.',
  badUser: 'Credenciales del usuario incorrectas.',
  missingRefresh: 'Falta el parámetro refresh_token.',
  badRefresh: 'El refresh token no es válido.',
  otherClient: 'El refresh token no corresponde a este cliente.',
  expiredRefresh: 'El refresh token ha expirado.',
};

const TOKEN_KEYS = ['access_token', 'expires_in', 'refresh_token', 'refresh_token_expires_in', 'token_type'];

type TokenBody = Record<string, unknown> & { access_token: string; refresh_token: string; token_type: string };

function jwtClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('POST /oauth/token — SPEC §1.1, §6.2', () => {
  let t: TestApp;
  let pdn: IssuedCredentials;
  let other: IssuedCredentials;

  beforeAll(async () => {
    t = await startTestApp();
    pdn = await createConsumer(t, 'publico', 'PDN — S2 agregador');
    other = await createConsumer(t, 'confidencial', 'Autoridad investigadora');
  });
  afterAll(() => t.close());

  /** A successful token response, exactly as §1.1.2 describes it; returns the body. */
  function expectTokenResponse(response: Awaited<ReturnType<typeof tokenRequest>>, c: IssuedCredentials, scope?: string): TokenBody {
    expect({ status: response.status, body: response.status === 200 ? 'ok' : response.body }).toEqual({ status: 200, body: 'ok' });
    expect(response.headers.get('content-type')).toBe(JSON_UTF8);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('pragma')).toBe('no-cache');
    const body = response.body as TokenBody;
    expect(Object.keys(body).sort()).toEqual(scope ? [...TOKEN_KEYS, 'scope'].sort() : TOKEN_KEYS);
    expect(body).toEqual(
      expect.objectContaining({ token_type: 'Bearer', expires_in: 300, refresh_token_expires_in: 600, ...(scope ? { scope } : {}) }),
    );
    expect(body.access_token.length).toBeLessThanOrEqual(1024);
    expect(body.access_token.split('.')).toHaveLength(3);
    expect(body.refresh_token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    const claims = jwtClaims(body.access_token);
    expect(claims).toEqual(
      expect.objectContaining({ sub: c.username, cid: c.client_id, role: c.role, sys: expect.arrayContaining(['S2']), scope: scope ?? '' }),
    );
    expect(String(claims['jti']).length).toBeGreaterThanOrEqual(11); // ≥ 64 random bits in base64url
    expect(claims['exp']).toBe((claims['iat'] as number) + 300);
    return body;
  }

  describe.each(['/oauth/token', '/oauth'])('%s', (path) => {
    it('§7.8.1: Basic header and identical body credentials → 200, token_type "Bearer" (PDN S2 aggregator, C1)', async () => {
      expectTokenResponse(await tokenRequest(t, passwordGrant(pdn), { basic: [pdn.client_id, pdn.client_secret], path }), pdn);
    });

    it('§7.8.2: Basic only; body only; scope= ; no scope; unknown scope → 200', async () => {
      const { client_id: _id, client_secret: _secret, ...userOnly } = passwordGrant(pdn);
      expectTokenResponse(await tokenRequest(t, userOnly, { basic: [pdn.client_id, pdn.client_secret], path }), pdn);
      expectTokenResponse(await tokenRequest(t, passwordGrant(pdn), { path }), pdn);
      expectTokenResponse(await tokenRequest(t, passwordGrant(pdn, { scope: '' }), { basic: [pdn.client_id, pdn.client_secret], path }), pdn);
      expectTokenResponse(await tokenRequest(t, passwordGrant(pdn, { scope: '   ' }), { path }), pdn);
      expectTokenResponse(await tokenRequest(t, passwordGrant(pdn, { scope: 'lectura desconocido' }), { path }), pdn);
    });

    it('Basic credentials are authoritative: the body client_id/client_secret are then ignored', async () => {
      const wrongBody = passwordGrant(pdn, { client_id: 'otro-cliente', client_secret: 'x'.repeat(43) });
      expectTokenResponse(await tokenRequest(t, wrongBody, { basic: [pdn.client_id, pdn.client_secret], path }), pdn);
      // And the other way round: a wrong Basic secret is not rescued by correct body credentials.
      expectV1Error(await tokenRequest(t, passwordGrant(pdn), { basic: [pdn.client_id, 'incorrecto'], path }), 401, MESSAGES.badClient);
    });
  });

  it('accepts the Basic scheme in any case, the form type with charset, no Content-Type, and JSON (§1.1.1)', async () => {
    const params = passwordGrant(pdn);
    const variants: { headers: Record<string, string>; body: string }[] = [
      { headers: { authorization: basicAuth(pdn.client_id, pdn.client_secret).replace('Basic', 'basic') }, body: formBody(params) },
      { headers: { authorization: basicAuth(pdn.client_id, pdn.client_secret).replace('Basic', 'BASIC') }, body: formBody(params) },
      { headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' }, body: formBody(params) },
      { headers: { 'content-type': 'APPLICATION/X-WWW-FORM-URLENCODED' }, body: formBody(params) },
      { headers: {}, body: formBody(params) },
      { headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) },
      { headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(params) },
      // The bulk download passes its encoded form through decodeURI (§7.3 C13): same bytes for our alphabet.
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: decodeURI(formBody(params)) },
    ];
    for (const v of variants) expectTokenResponse(await rawPost(t, '/oauth/token', v.body, v.headers), pdn);
  });

  it('answers with the scope only when it is non-empty: requested ∩ configured, or all configured', async () => {
    const scoped = await createConsumer(t, 'publico');
    await t.get(Db).query('UPDATE api_consumers SET scopes = ? WHERE id = ?', ['s2 descarga', scoped.id]);
    t.get(ConsumerCache).invalidate();
    expectTokenResponse(await tokenRequest(t, passwordGrant(scoped)), scoped, 's2 descarga');
    expectTokenResponse(await tokenRequest(t, passwordGrant(scoped, { scope: '' })), scoped, 's2 descarga');
    expectTokenResponse(await tokenRequest(t, passwordGrant(scoped, { scope: 'descarga otra' })), scoped, 'descarga');
    const unknown = await tokenRequest(t, passwordGrant(scoped, { scope: 'inventado' }));
    expect(unknown.status).toBe(200);
    expect(Object.keys(unknown.body)).toEqual(expect.arrayContaining(TOKEN_KEYS));
    expect(Object.keys(unknown.body).filter((k) => !TOKEN_KEYS.includes(k) && k !== 'scope')).toEqual([]);
    expect(unknown.body['scope'] ?? 'ausente').not.toBe(''); // `scope` only when non-empty
    // Unknown scopes are ignored and logged (mark: ours), never with secrets.
    const line = await accessLogLine(t, unknown);
    expect(JSON.parse(String(line['params']))).toEqual(expect.objectContaining({ unknownScopes: ['inventado'] }));
    expect(JSON.stringify(line)).not.toContain(scoped.password);
    expect(JSON.stringify(line)).not.toContain(scoped.client_secret);
  });

  it('a token works as `<token_type> <access_token>` on /v1/spic (§7.3 C14)', async () => {
    const body = expectTokenResponse(await tokenRequest(t, passwordGrant(pdn), { basic: [pdn.client_id, pdn.client_secret] }), pdn);
    const response = await rawPost(t, '/v1/spic', '{"page":1,"pageSize":1}', { authorization: `${body.token_type} ${body.access_token}` });
    expect(response.status).toBe(200);
  });

  describe.each(['/oauth/token', '/oauth'])('§7.8.3: every row of §6.2 on %s', (path) => {
    const send = (params: Record<string, string | undefined>, options: Parameters<typeof tokenRequest>[2] = {}) => tokenRequest(t, params, { ...options, path });

    it('422: Content-Type other than form or JSON, or a body that cannot be parsed', async () => {
      for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml', 'application/jsonx', 'application/x-www-form-urlencodedx']) {
        expectV1Error(await send(passwordGrant(pdn), { contentType: type, basic: [pdn.client_id, pdn.client_secret] }), 422, MESSAGES.contentType);
      }
      for (const body of ['{', '[]', 'null', '"texto"', '42', '{"grant_type":"password",}']) {
        const response = await rawPost(t, path, body, { 'content-type': 'application/json', authorization: basicAuth(pdn.client_id, pdn.client_secret) });
        expectV1Error(response, 422, MESSAGES.contentType);
      }
    });

    it('401: no client_id in Basic header or body', async () => {
      expectV1Error(await send({}, { contentType: null }), 401, MESSAGES.noClient);
      expectV1Error(await send({ grant_type: 'password', username: pdn.username, password: pdn.password }), 401, MESSAGES.noClient);
      expectV1Error(await send(passwordGrant(pdn, { client_id: '' })), 401, MESSAGES.noClient);
      expectV1Error(await send({ grant_type: 'password' }, { basic: ['', pdn.client_secret] }), 401, MESSAGES.noClient);
    });

    it('401: unknown client_id, and wrong or missing client_secret (same message)', async () => {
      expectV1Error(await send(passwordGrant(pdn, { client_id: 'pde-desconocido-AAAA' })), 401, MESSAGES.badClient);
      expectV1Error(await send(passwordGrant(pdn), { basic: ['pde-desconocido-AAAA', pdn.client_secret] }), 401, MESSAGES.badClient);
      expectV1Error(await send(passwordGrant(pdn, { client_secret: `${pdn.client_secret}x` })), 401, MESSAGES.badClient);
      expectV1Error(await send(passwordGrant(pdn, { client_secret: undefined })), 401, MESSAGES.badClient);
      expectV1Error(await send(passwordGrant(pdn, { client_secret: other.client_secret })), 401, MESSAGES.badClient);
      const noColon = await rawPost(t, path, formBody(passwordGrant(pdn)), { authorization: `Basic ${Buffer.from(pdn.client_id).toString('base64')}` });
      expectV1Error(noColon, 401, MESSAGES.badClient);
    });

    it('401: grant_type absent or not password/refresh_token', async () => {
      for (const grant of [undefined, '', 'client_credentials', 'authorization_code', 'PASSWORD', 'password ']) {
        expectV1Error(await send(passwordGrant(pdn, { grant_type: grant }), { basic: [pdn.client_id, pdn.client_secret] }), 401, MESSAGES.grantType);
      }
    });

    it('422: password grant without username or password', async () => {
      expectV1Error(await send(passwordGrant(pdn, { username: undefined })), 422, MESSAGES.missingUser);
      expectV1Error(await send(passwordGrant(pdn, { password: undefined })), 422, MESSAGES.missingUser);
      expectV1Error(await send(passwordGrant(pdn, { username: '', password: '' })), 422, MESSAGES.missingUser);
    });

    it('401: unknown user, wrong password, or a user of another client (one message for all)', async () => {
      expectV1Error(await send(passwordGrant(pdn, { username: 'api-nadie-0000' })), 401, MESSAGES.badUser);
      expectV1Error(await send(passwordGrant(pdn, { password: `${pdn.password}x` })), 401, MESSAGES.badUser);
      expectV1Error(await send(passwordGrant(pdn, { username: other.username, password: other.password })), 401, MESSAGES.badUser);
    });

    it('422: refresh_token grant without refresh_token', async () => {
      expectV1Error(await send({ grant_type: 'refresh_token' }, { basic: [pdn.client_id, pdn.client_secret] }), 422, MESSAGES.missingRefresh);
      expectV1Error(await send({ grant_type: 'refresh_token', refresh_token: '' }, { basic: [pdn.client_id, pdn.client_secret] }), 422, MESSAGES.missingRefresh);
    });

    it('401: unknown, tampered or already-rotated refresh token', async () => {
      const issued = (await send(passwordGrant(pdn))).body as TokenBody;
      const refresh = issued.refresh_token;
      const flipped = `${refresh.slice(0, 10)}${refresh[10] === 'A' ? 'B' : 'A'}${refresh.slice(11)}`;
      for (const bad of ['x', 'A'.repeat(86), flipped, `${refresh}A`, issued.access_token]) {
        expectV1Error(await send({ grant_type: 'refresh_token', refresh_token: bad }, { basic: [pdn.client_id, pdn.client_secret] }), 401, MESSAGES.badRefresh);
      }
      const rotated = await send({ grant_type: 'refresh_token', refresh_token: refresh }, { basic: [pdn.client_id, pdn.client_secret] });
      expectTokenResponse(rotated, pdn);
      expectV1Error(await send({ grant_type: 'refresh_token', refresh_token: refresh }, { basic: [pdn.client_id, pdn.client_secret] }), 401, MESSAGES.badRefresh);
    });

    it('401: refresh token issued to another client', async () => {
      const issued = (await send(passwordGrant(other))).body as TokenBody;
      const response = await send({ grant_type: 'refresh_token', refresh_token: issued.refresh_token }, { basic: [pdn.client_id, pdn.client_secret] });
      expectV1Error(response, 401, MESSAGES.otherClient);
      // The rightful client can still use it: the failed attempt did not consume it.
      expectTokenResponse(await send({ grant_type: 'refresh_token', refresh_token: issued.refresh_token, client_id: other.client_id, client_secret: other.client_secret }), other);
    });

    it('reports several problems in the order of the table (first one wins)', async () => {
      // Bad content type beats missing credentials.
      expectV1Error(await send({}, { contentType: 'text/plain' }), 422, MESSAGES.contentType);
      // Unknown client beats an unsupported grant type.
      expectV1Error(await send({ grant_type: 'nada', client_id: 'desconocido', client_secret: 'x' }), 401, MESSAGES.badClient);
      // Unsupported grant type beats missing username.
      expectV1Error(await send({ grant_type: 'nada' }, { basic: [pdn.client_id, pdn.client_secret] }), 401, MESSAGES.grantType);
      // Missing password beats an unknown user.
      expectV1Error(await send({ grant_type: 'password', username: 'api-nadie' }, { basic: [pdn.client_id, pdn.client_secret] }), 422, MESSAGES.missingUser);
    });
  });

  it('refresh grant: new access and refresh tokens; the old refresh token is revoked at once (rotation)', async () => {
    const first = expectTokenResponse(await tokenRequest(t, passwordGrant(pdn)), pdn);
    const second = expectTokenResponse(await tokenRequest(t, { grant_type: 'refresh_token', refresh_token: first.refresh_token }, { basic: [pdn.client_id, pdn.client_secret] }), pdn);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.access_token).not.toBe(first.access_token);
    expectSpicPage(await spic(bearerClient(t, second.access_token), { page: 1, pageSize: 1 }));
    expectV1Error(await tokenRequest(t, { grant_type: 'refresh_token', refresh_token: first.refresh_token }, { basic: [pdn.client_id, pdn.client_secret] }), 401, MESSAGES.badRefresh);
    expectTokenResponse(await tokenRequest(t, { grant_type: 'refresh_token', refresh_token: second.refresh_token }, { basic: [pdn.client_id, pdn.client_secret] }), pdn);
  });

  it('concurrent uses of one refresh token: exactly one succeeds, the rest are 401, none is 5xx', async () => {
    const issued = expectTokenResponse(await tokenRequest(t, passwordGrant(pdn)), pdn);
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => tokenRequest(t, { grant_type: 'refresh_token', refresh_token: issued.refresh_token }, { basic: [pdn.client_id, pdn.client_secret] })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 401, 401, 401, 401, 401]);
    for (const r of responses.filter((x) => x.status !== 200)) expectV1Error(r, 401, MESSAGES.badRefresh);
  });

  it('401: expired refresh token (clock moved past refresh_token_expires_in)', async () => {
    const c = await createConsumer(t);
    const start = new Date(Date.now() + 3_600_000);
    try {
      t.setNow(start);
      const issued = expectTokenResponse(await tokenRequest(t, passwordGrant(c)), c);
      const refresh = (refresh_token: string) => tokenRequest(t, { grant_type: 'refresh_token', refresh_token }, { basic: [c.client_id, c.client_secret] });
      t.setNow(new Date(start.getTime() + 599_000));
      const renewed = expectTokenResponse(await refresh(issued.refresh_token), c);
      t.setNow(new Date(start.getTime() + 599_000 + 601_000));
      expectV1Error(await refresh(renewed.refresh_token), 401, MESSAGES.expiredRefresh);
    } finally {
      t.setNow(null);
    }
  });

  it('a revoked consumer can no longer obtain or refresh tokens', async () => {
    const c = await createConsumer(t);
    const issued = expectTokenResponse(await tokenRequest(t, passwordGrant(c)), c);
    await t.get(ConsumersService).revoke(c.id, TEST_ACTOR);
    expectV1Error(await tokenRequest(t, passwordGrant(c)), 401, MESSAGES.badClient);
    expectV1Error(await tokenRequest(t, { grant_type: 'refresh_token', refresh_token: issued.refresh_token }, { basic: [c.client_id, c.client_secret] }), 401, MESSAGES.badClient);
  });

  it('issuing access tokens writes nothing to the database (§1.1.2 "Token per request")', async () => {
    const db = t.get(Db);
    const tables = (
      db.dialect === 'sqlite'
        ? await db.query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        : await db.query<{ name: string }>('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()')
    )
      .map((r) => r.name)
      .filter((name) => name !== 'pdn_access_log'); // the access log (G6) is the one allowed write
    expect(tables).toEqual(expect.arrayContaining(['api_consumers', 'oauth_used_refresh_tokens', 'settings']));
    const snapshot = async () => {
      const out: Record<string, number> = {};
      for (const table of tables) out[table] = Number((await db.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
      return out;
    };
    expectTokenResponse(await tokenRequest(t, passwordGrant(pdn)), pdn); // secrets exist from here on
    const before = await snapshot();
    const responses = await Promise.all(Array.from({ length: 25 }, () => tokenRequest(t, passwordGrant(pdn), { basic: [pdn.client_id, pdn.client_secret] })));
    expect(responses.map((r) => r.status)).toEqual(Array(25).fill(200));
    expect(await snapshot()).toEqual(before);
  });

  it('credentials of created consumers use only A–Z a–z 0–9 - . _ ~ and secrets of ≥ 32 characters (§1.1.1)', async () => {
    const names = ['Plataforma Digital Nacional — S2', 'Ñandú & Cía: 100% "pruebas" + más', 'Órgano  Interno/de Control #7', '漢字 only', '-.-'];
    for (const nombre of names) {
      const c = await createConsumer(t, 'publico', nombre);
      for (const value of [c.client_id, c.client_secret, c.username, c.password]) expect(value).toMatch(/^[A-Za-z0-9._~-]+$/);
      expect(c.client_secret.length).toBeGreaterThanOrEqual(32);
      expect(c.password.length).toBeGreaterThanOrEqual(32);
      // Every encoding variant a PDN client may produce yields the same bytes, so the token works.
      expectTokenResponse(await rawPost(t, '/oauth/token', decodeURI(formBody(passwordGrant(c))), { authorization: basicAuth(c.client_id, c.client_secret) }), c);
    }
  });
});
