import { createConsumer, expectV1Error, passwordGrant, startTestApp, tokenRequest, type TestApp } from '@pde/api/testing';
import type { IssuedCredentials } from '../consumers/consumers.service';

/**
 * Throttling and brute-force protection of the token endpoint (SPEC §1.1.2, §6.2 row 429).
 * The application clock is frozen, so bucket refills happen only when the test moves it.
 * `PDE_TRUST_PROXY=loopback` lets the test speak from several client IPs (X-Forwarded-For).
 */
const THROTTLED = 'Demasiadas solicitudes; intente de nuevo más tarde.';
const BAD_USER = 'Credenciales del usuario incorrectas.';

describe('POST /oauth/token — throttling and brute force (SPEC §1.1.2)', () => {
  let t: TestApp;
  const base = Date.now() + 86_400_000;

  beforeAll(async () => {
    // The minimum the SPEC allows (≥ 20/s sustained, bursts of 100), to see the limit quickly.
    t = await startTestApp({ PDE_TOKEN_RPS: '20', PDE_TOKEN_BURST: '100', PDE_TRUST_PROXY: 'loopback' });
  });
  afterEach(() => t.setNow(null));
  afterAll(() => t.close());

  const from = (ip: string, params: Record<string, string | undefined>) => tokenRequest(t, params, { headers: { 'x-forwarded-for': ip } });

  function expect429(response: Awaited<ReturnType<typeof tokenRequest>>, maxRetry: number) {
    expectV1Error(response, 429, THROTTLED);
    const retry = Number(response.headers.get('retry-after'));
    expect(Number.isInteger(retry) && retry >= 1 && retry <= maxRetry).toBe(true);
    return retry;
  }

  it('after 10 failed password grants for one username from one IP → 429 with Retry-After, for 15 minutes', async () => {
    const c = await createConsumer(t);
    const other = await createConsumer(t);
    t.setNow(new Date(base));
    for (let i = 0; i < 10; i++) expectV1Error(await from('203.0.113.7', passwordGrant(c, { password: `mala-${i}` })), 401, BAD_USER);
    // Locked now, even with the right password.
    expect(expect429(await from('203.0.113.7', passwordGrant(c)), 900)).toBeGreaterThan(890);
    expect429(await from('203.0.113.7', passwordGrant(c, { password: 'mala-otra-vez' })), 900);
    // The same user from another IP is not locked out (a third party cannot lock the PDN out).
    expect((await from('198.51.100.20', passwordGrant(c))).status).toBe(200);
    // Another username from the locked IP is unaffected.
    expect((await from('203.0.113.7', passwordGrant(other))).status).toBe(200);
    // Still locked 14 minutes later; free after 15.
    t.setNow(new Date(base + 14 * 60_000));
    expect429(await from('203.0.113.7', passwordGrant(c)), 60);
    t.setNow(new Date(base + 15 * 60_000 + 1000));
    expect((await from('203.0.113.7', passwordGrant(c))).status).toBe(200);
  });

  it('failures spread over more than 10 minutes do not lock; a success resets the count', async () => {
    const c = await createConsumer(t);
    t.setNow(new Date(base));
    for (let i = 0; i < 9; i++) expect((await from('203.0.113.8', passwordGrant(c, { password: 'x' }))).status).toBe(401);
    t.setNow(new Date(base + 10 * 60_000 + 1));
    for (let i = 0; i < 9; i++) expect((await from('203.0.113.8', passwordGrant(c, { password: 'x' }))).status).toBe(401);
    expect((await from('203.0.113.8', passwordGrant(c))).status).toBe(200);
    for (let i = 0; i < 9; i++) expect((await from('203.0.113.8', passwordGrant(c, { password: 'x' }))).status).toBe(401);
    expect((await from('203.0.113.8', passwordGrant(c))).status).toBe(200);
  });

  it('per client: a burst of 100 passes, then 429 with Retry-After; 20 more per second; other clients unaffected', async () => {
    const c: IssuedCredentials = await createConsumer(t);
    const other = await createConsumer(t);
    t.setNow(new Date(base + 3_600_000));
    const burst = await Promise.all(Array.from({ length: 100 }, () => tokenRequest(t, passwordGrant(c))));
    expect(burst.filter((r) => r.status === 200)).toHaveLength(100);
    expect429(await tokenRequest(t, passwordGrant(c)), 1);
    expect((await tokenRequest(t, passwordGrant(other))).status).toBe(200);
    // Throttling is keyed by client_id, never by IP alone: the same client from another IP is throttled too.
    expect429(await from('192.0.2.44', passwordGrant(c)), 1);
    // One second later: 20 more (sustained rate), then throttled again.
    t.setNow(new Date(base + 3_601_000));
    const sustained = await Promise.all(Array.from({ length: 25 }, () => tokenRequest(t, passwordGrant(c))));
    expect(sustained.filter((r) => r.status === 200)).toHaveLength(20);
    for (const r of sustained.filter((x) => x.status !== 200)) expect429(r, 1);
  });
});
