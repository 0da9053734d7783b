import { basicAuth, createConsumer, JSON_UTF8, passwordGrant, rawPost, startTestApp, tokenRequest, type TestApp } from '@pde/api/testing';
import type { IssuedCredentials } from '../consumers/consumers.service';
import fc from 'fast-check';

/**
 * Fuzzing of the token endpoint (SPEC §6.2, G9; checklist §7.8 item 17): any body, content type
 * and Authorization header gets 200 (exactly the §1.1.2 keys) or one of 401, 422, 429 in the
 * `{code, message}` shape — never a 5xx — and a 200 only for the right credentials.
 */
const TOKEN_KEYS = ['access_token', 'expires_in', 'refresh_token', 'refresh_token_expires_in', 'token_type'];
const PARAMS = ['grant_type', 'username', 'password', 'client_id', 'client_secret', 'scope', 'refresh_token'];

describe('Fuzzing POST /oauth/token and /oauth (SPEC §6.2, §7.8.17)', () => {
  let t: TestApp;
  let c: IssuedCredentials;
  let refresh: string;
  let run = 0;
  const base = Date.now() + 86_400_000;

  beforeAll(async () => {
    // Throttling is tested elsewhere; here it would only hide the other answers.
    t = await startTestApp({ PDE_TOKEN_RPS: '1000000', PDE_TOKEN_BURST: '10000000' });
    c = await createConsumer(t);
    refresh = (await tokenRequest(t, passwordGrant(c))).body['refresh_token'] as string;
  });
  afterAll(() => t.close());

  /** Each run 20 minutes after the previous one: brute-force locks and failure windows never carry over. */
  const nextMoment = () => t.setNow(new Date(base + ++run * 20 * 60_000));
  afterEach(() => t.setNow(null));

  const value = () =>
    fc.oneof(
      fc.constantFrom(c.client_id, c.client_secret, c.username, c.password, 'password', 'refresh_token', refresh, '', ' ', 's2'),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('%', '%zz', '&', '=', '+', ':', '\u0000', 'ñ', 'x'.repeat(3000)),
    );
  const randomParams = () =>
    fc.dictionary(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PARAMS) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }), value(), { maxKeys: 9 });
  /** A correct request of either grant with up to two parameters dropped or replaced. */
  const nearlyValid = () =>
    fc
      .tuple(
        fc.constantFrom<Record<string, string>>(
          { grant_type: 'password', username: c.username, password: c.password, client_id: c.client_id, client_secret: c.client_secret },
          { grant_type: 'password', username: c.username, password: c.password, client_id: c.client_id, client_secret: c.client_secret, scope: '' },
          { grant_type: 'refresh_token', refresh_token: refresh, client_id: c.client_id, client_secret: c.client_secret },
        ),
        fc.array(fc.tuple(fc.constantFrom(...PARAMS), fc.option(value(), { nil: undefined })), { maxLength: 2 }),
      )
      .map(([valid, changes]) => {
        const out: Record<string, string> = { ...valid };
        for (const [key, v] of changes) {
          if (v === undefined) delete out[key];
          else out[key] = v;
        }
        return out;
      });
  const params = () => fc.oneof(randomParams(), nearlyValid());

  const authorization = () =>
    fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(basicAuth(c.client_id, c.client_secret), basicAuth(c.client_id, 'mal'), basicAuth('', ''), basicAuth('otro', c.client_secret), 'Basic', 'Basic !!!', 'Basic ====', `Bearer ${c.client_secret}`),
      fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })).map(([a, b]) => basicAuth(a, b)),
      fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,60}$/),
    );

  const encoded = () =>
    fc.oneof(
      { weight: 4, arbitrary: params().map((p) => ({ body: new URLSearchParams(p).toString(), type: 'application/x-www-form-urlencoded' as string | undefined })) },
      { weight: 2, arbitrary: params().map((p) => ({ body: new URLSearchParams(p).toString(), type: undefined })) },
      { weight: 2, arbitrary: fc.dictionary(fc.constantFrom(...PARAMS), fc.oneof(value(), fc.jsonValue())).map((p) => ({ body: JSON.stringify(p), type: 'application/json' })) },
      { weight: 1, arbitrary: fc.jsonValue().map((v) => ({ body: JSON.stringify(v), type: 'application/json; charset=utf-8' })) },
      {
        weight: 2,
        arbitrary: fc.record({
          body: fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), params().map((p) => new URLSearchParams(p).toString())),
          type: fc.option(fc.oneof(fc.constantFrom('text/plain', 'multipart/form-data', 'application/xml', 'application/json', 'APPLICATION/X-WWW-FORM-URLENCODED; charset=latin1', ''), fc.stringMatching(/^[\x20-\x7e]{0,30}$/)), { nil: undefined }),
        }),
      },
    );

  it('thousands of random token requests: 200 only with the right credentials, else 401/422/429 in the §6.2 shape', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(encoded(), authorization(), fc.constantFrom('/oauth/token', '/oauth'), async ({ body, type }, auth, path) => {
        nextMoment();
        const response = await rawPost<Record<string, unknown>>(t, path, body, { ...(type === undefined ? {} : { 'content-type': type }), ...(auth === undefined ? {} : { authorization: auth }) });
        seen.set(response.status, (seen.get(response.status) ?? 0) + 1);
        const context = { status: response.status, text: response.text.slice(0, 200), body: body.slice(0, 200), auth };
        expect({ ...context, allowed: [200, 401, 422, 429].includes(response.status) }).toEqual({ ...context, allowed: true });
        expect(response.headers.get('content-type')).toBe(JSON_UTF8);
        if (response.status !== 200) {
          expect(response.body).toEqual({ code: String(response.status), message: expect.any(String) });
          expect(Object.keys(response.body)).toHaveLength(2);
          return;
        }
        const keys = Object.keys(response.body).sort();
        expect(keys.filter((k) => k !== 'scope')).toEqual(TOKEN_KEYS);
        expect(response.body['token_type']).toBe('Bearer');
        expect(response.headers.get('cache-control')).toBe('no-store');
        // A 200 needs this client's credentials: from Basic when present (the body is then ignored), else from the body.
        const sent = type?.startsWith('application/json') ? (JSON.parse(body) as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(body));
        const fromBasic = auth && /^basic\s/i.test(auth) ? Buffer.from(auth.replace(/^basic\s+/i, ''), 'base64').toString() : undefined;
        expect(fromBasic ?? `${String(sent['client_id'])}:${String(sent['client_secret'])}`).toBe(`${c.client_id}:${c.client_secret}`);
      }),
      { numRuns: 1500 },
    );
    expect(seen.get(200)).toBeGreaterThan(15);
    expect(seen.get(401)).toBeGreaterThan(100);
    expect(seen.get(422)).toBeGreaterThan(20);
  });
});
