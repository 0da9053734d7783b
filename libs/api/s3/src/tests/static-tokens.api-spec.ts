import { ConflictError, Db } from '@pde/api/core';
import { ConsumersService, StaticTokensService, type IssuedCredentials } from '@pde/api/interconnection';
import { accessLogLine, accessToken, createConsumer, createEnte, createUser, HttpClient, JSON_UTF8, rawPost, signedIn, startTestApp, type HttpResponse, type TestApp } from '@pde/api/testing';
import { createHash } from 'node:crypto';
import { sampleS3Data } from './s3-arbitraries';
import { publishS3, SYSTEM } from './s3-api-support';

/**
 * Static bearer tokens of the S3 v2 API (SPEC §1.2, §6.3, G6): presentation, errors, expiry,
 * rotation with two active tokens, revocation of a token and of its consumer, storage as a
 * SHA-256 hash shown only once, and the access log of every `/items` request.
 */
const ITEMS = '/items/faltas_administrativas_graves?limit=1&meta=filter_count';
const INVALID = { errors: [{ message: 'Credenciales inválidas.', extensions: { code: 'INVALID_CREDENTIALS' } }] };
const EXPIRED = { errors: [{ message: 'El token ha expirado.', extensions: { code: 'TOKEN_EXPIRED' } }] };

describe('S3 v2 static tokens (SPEC §1.2)', () => {
  let t: TestApp;
  let consumer: IssuedCredentials;
  let tokens: StaticTokensService;

  const call = (authorization: string | undefined, path = ITEMS) => rawPost(t, path, undefined, authorization === undefined ? {} : { authorization }, 'GET');

  function expectBody(response: HttpResponse, status: number, body: unknown) {
    expect({ status: response.status, body: response.body }).toEqual({ status, body });
    expect(response.headers.get('content-type')).toBe(JSON_UTF8);
  }

  beforeAll(async () => {
    t = await startTestApp();
    const ente = await createEnte(t);
    await publishS3(t, ente.id, 'faltas_administrativas_graves', sampleS3Data('faltas_administrativas_graves', 3, 31));
    consumer = await createConsumer(t, 'publico', 'Plataforma Digital Nacional');
    tokens = t.get(StaticTokensService);
  });
  afterAll(() => {
    t.setNow(null);
    return t.close();
  });

  it('is an opaque token of ≥ 256 random bits with the pde_s3_ prefix, accepted with the scheme in any case', async () => {
    expect(consumer.token).toMatch(/^pde_s3_[A-Za-z0-9_-]{43,}$/);
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) {
      expectBody(await call(`${scheme} ${consumer.token}`), 200, { data: [expect.any(Object)], meta: { filter_count: 3 } });
    }
    expect((await call(`Bearer    ${consumer.token}  `)).status).toBe(200);
  });

  it('missing, malformed, unknown or misplaced credentials are 401 INVALID_CREDENTIALS with the single message', async () => {
    const jwt = await accessToken(t, consumer);
    const cases = [
      undefined,
      '',
      'Bearer',
      'Bearer ',
      `Basic ${Buffer.from(`${consumer.client_id}:${consumer.client_secret}`).toString('base64')}`,
      `Token ${consumer.token}`,
      `Bearer ${consumer.token}x`,
      `Bearer ${consumer.token.slice(0, -1)}`,
      `Bearer ${consumer.token} ${consumer.token}`,
      `Bearer pde_s3_${'A'.repeat(43)}`,
      `Bearer ${jwt}`,
      `Bearer ${consumer.client_secret}`,
    ];
    for (const authorization of cases) expectBody(await call(authorization), 401, INVALID);
    // Query-string tokens are not accepted (mark: ours), on list and record routes alike.
    expectBody(await call(undefined, `${ITEMS}&access_token=${consumer.token}`), 401, INVALID);
    expectBody(await call(undefined, `/items/faltas_administrativas_graves/00000000-0000-4000-8000-000000000000?access_token=${consumer.token}`), 401, INVALID);
    // The static token is not an OAuth token of the v1 APIs, nor the other way round.
    expect((await call(`Bearer ${consumer.token}`, '/v1/ssancionados/dependencias')).status).toBe(401);
  });

  it('an expired token is 401 TOKEN_EXPIRED; a token expiring later works until then', async () => {
    const now = new Date('2026-05-01T12:00:00.000Z');
    t.setNow(now);
    const soon = await tokens.issue(consumer.id, SYSTEM, { expiresAt: new Date(now.getTime() + 3_600_000) });
    expect((await call(`Bearer ${soon.token}`)).status).toBe(200);
    t.setNow(new Date(now.getTime() + 3_600_000));
    expectBody(await call(`Bearer ${soon.token}`), 401, EXPIRED);
    t.setNow(null);
    await tokens.revoke(soon.id, SYSTEM);
    expectBody(await call(`Bearer ${soon.token}`), 401, INVALID);
  });

  it('rotation: two active tokens work at once, a third is refused (409) until one is revoked; revoked tokens fail at once', async () => {
    const other = await createConsumer(t, 'confidencial', 'Autoridad investigadora');
    const [first] = await tokens.list(other.id);
    const second = await tokens.issue(other.id, SYSTEM);
    for (const token of [other.token, second.token]) expect((await call(`Bearer ${token}`)).status).toBe(200);
    await expect(tokens.issue(other.id, SYSTEM)).rejects.toBeInstanceOf(ConflictError);
    await tokens.revoke(first.id, SYSTEM);
    expectBody(await call(`Bearer ${other.token}`), 401, INVALID);
    expect((await call(`Bearer ${second.token}`)).status).toBe(200);
    const third = await tokens.issue(other.id, SYSTEM);
    expect((await call(`Bearer ${third.token}`)).status).toBe(200);
    await expect(tokens.revoke(first.id, SYSTEM)).rejects.toBeInstanceOf(ConflictError);
    // An expired token does not count as active.
    t.setNow(new Date('2026-05-01T12:00:00.000Z'));
    await tokens.revoke(third.id, SYSTEM);
    const expiring = await tokens.issue(other.id, SYSTEM, { expiresAt: new Date('2026-05-01T13:00:00.000Z') });
    t.setNow(new Date('2026-05-01T14:00:00.000Z'));
    const replacement = await tokens.issue(other.id, SYSTEM);
    expect((await call(`Bearer ${replacement.token}`)).status).toBe(200);
    expectBody(await call(`Bearer ${expiring.token}`), 401, EXPIRED);
    t.setNow(null);
  });

  it('revoking the consumer invalidates all its tokens at once, including tokens already used', async () => {
    const victim = await createConsumer(t, 'publico', 'Consumidor a revocar');
    const second = await tokens.issue(victim.id, SYSTEM);
    for (const token of [victim.token, second.token]) expect((await call(`Bearer ${token}`)).status).toBe(200);
    await t.get(ConsumersService).revoke(victim.id, SYSTEM);
    for (const token of [victim.token, second.token]) expectBody(await call(`Bearer ${token}`), 401, INVALID);
    await expect(tokens.issue(victim.id, SYSTEM)).rejects.toBeInstanceOf(ConflictError);
  });

  it('the token value is shown only at issuance and stored only as its SHA-256 hash', async () => {
    const issued = await createConsumer(t, 'publico', 'Consumidor de almacenamiento');
    const again = await tokens.issue(issued.id, SYSTEM);
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    const rows = await t.get(Db).query<Record<string, unknown>>('SELECT * FROM api_tokens WHERE consumerId = ? ORDER BY id', [issued.id]);
    expect(rows.map((r) => r['tokenHash'])).toEqual([sha(issued.token), sha(again.token)]);
    const stored = JSON.stringify(rows);
    for (const token of [issued.token, again.token]) expect(stored).not.toContain(token.slice(12));
    // Lists (service and panel API) never carry the token nor its hash.
    const views = await tokens.list(issued.id);
    expect(views).toHaveLength(2);
    for (const view of views) expect(Object.keys(view).sort()).toEqual(['activo', 'creadoEn', 'creadoPor', 'expiraEn', 'id', 'prefijo', 'revocadoEn', 'rol', 'ultimoUso']);
    const admin = await signedIn(t, await createUser(t, 'ADMIN'));
    const listed = await admin.get(`/api/admin/consumers/${issued.id}/tokens`);
    expect(listed.status).toBe(200);
    for (const token of [issued.token, again.token]) {
      expect(listed.text).not.toContain(token.slice(12));
      expect(listed.text).not.toContain(sha(token));
    }
    expect((await admin.get(`/api/admin/consumers/${issued.id}`)).text).not.toContain(issued.token.slice(12));
    const third = await admin.post(`/api/admin/consumers/${issued.id}/tokens`, {});
    expect(third.status).toBe(409);
    // Nothing else in the database holds a token (audit log, access log, consumers).
    await call(`Bearer ${issued.token}`, `${ITEMS}&access_token=${again.token}`);
    await accessLogLine(t, await call(`Bearer ${issued.token}`));
    for (const table of ['audit_log', 'pdn_access_log', 'api_consumers']) {
      const dump = JSON.stringify(await t.get(Db).query(`SELECT * FROM ${table}`));
      for (const token of [issued.token, again.token]) expect({ table, leaked: dump.includes(token.slice(12)) }).toEqual({ table, leaked: false });
    }
  });

  it('every /items request is in the access log with consumer, token id, role, status and matches (G6)', async () => {
    const view = (await tokens.list(consumer.id)).find((v) => v.activo && consumer.token.startsWith(v.prefijo.replace('…', ''))) as { id: number };
    const ok = await call(`Bearer ${consumer.token}`, `${ITEMS}&filter=${encodeURIComponent('{"fecha":{"_nnull":true}}')}`);
    const line = await accessLogLine(t, ok);
    expect(line).toMatchObject({ method: 'GET', endpoint: '/items/faltas_administrativas_graves', consumerId: consumer.id, tokenId: view.id, role: 'publico', status: 200, matched: 3 });
    expect(JSON.parse(line['params'] as string)).toEqual({ collection: 'faltas_administrativas_graves', query: 'limit=1&meta=filter_count&filter={"fecha":{"_nnull":true}}' });
    const denied = await accessLogLine(t, await call(`Bearer ${consumer.token}`, '/items/faltas_administrativas_graves?fields=observaciones'));
    expect(denied).toMatchObject({ consumerId: consumer.id, tokenId: view.id, status: 403 });
    const anonymous = await accessLogLine(t, await call(undefined));
    expect(anonymous).toMatchObject({ consumerId: null, tokenId: null, status: 401 });
    const listed = await tokens.list(consumer.id);
    expect(listed.find((v) => v.id === view.id)?.ultimoUso).not.toBeNull();
    const client = new HttpClient(t.baseUrl, { authorization: `Bearer ${consumer.token}` });
    expect((await client.get(`/items/faltas_administrativas_graves?x=%E0%A4%A&access_token=abc`)).status).toBe(200);
  });
});
