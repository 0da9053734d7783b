import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { signJwt, verifyJwt, type AccessTokenClaims } from './jwt';

const KEY = 'k'.repeat(32);
const NOW = 1_800_000_000;
const claims = (overrides: Partial<AccessTokenClaims> = {}): AccessTokenClaims => ({
  sub: 'api-pdn-s2',
  cid: 'pde-pdn-s2',
  role: 'publico',
  sys: ['S2'],
  scope: '',
  jti: 'abcdefghijklmnop',
  iat: NOW,
  exp: NOW + 300,
  ...overrides,
});

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const sign = (header: string, payload: string, key = KEY) => `${header}.${payload}.${createHmac('sha256', key).update(`${header}.${payload}`).digest('base64url')}`;

describe('access tokens: HS256 JWT (SPEC §1.1.2, §1.1.3)', () => {
  it('signs and verifies the claims', () => {
    const token = signJwt(claims(), KEY);
    expect(token.split('.')).toHaveLength(3);
    expect(token.length).toBeLessThanOrEqual(1024);
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(verifyJwt(token, KEY, NOW)).toEqual(claims());
  });

  it('is valid until exp (exclusive) and expired from exp on', () => {
    const token = signJwt(claims(), KEY);
    expect(verifyJwt(token, KEY, NOW + 299)).toEqual(claims());
    expect(verifyJwt(token, KEY, NOW + 300)).toBe('expired');
    expect(verifyJwt(token, KEY, NOW + 10_000)).toBe('expired');
  });

  it('rejects a token signed with another key', () => {
    expect(verifyJwt(signJwt(claims(), 'x'.repeat(32)), KEY, NOW)).toBe('signature');
  });

  it('rejects a tampered payload (e.g. a raised role or a later exp) and a tampered signature', () => {
    const [header, , signature] = signJwt(claims(), KEY).split('.');
    expect(verifyJwt(`${header}.${b64(claims({ role: 'confidencial' }))}.${signature}`, KEY, NOW)).toBe('signature');
    expect(verifyJwt(`${header}.${b64(claims({ exp: NOW + 99_999 }))}.${signature}`, KEY, NOW)).toBe('signature');
    const token = signJwt(claims(), KEY);
    fc.assert(
      fc.property(fc.nat({ max: token.length - 1 }), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), (i, ch) => {
        fc.pre(token[i] !== ch && token[i] !== '.');
        const tampered = `${token.slice(0, i)}${ch}${token.slice(i + 1)}`;
        // A changed character may only be accepted if it decodes to the very same bytes (base64url slack bits).
        const result = verifyJwt(tampered, KEY, NOW);
        if (typeof result !== 'string') expect(result).toEqual(claims());
        else expect(['malformed', 'signature']).toContain(result);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects other algorithms (alg none, HS512) even when "signed"', () => {
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`;
    expect(verifyJwt(none, KEY, NOW)).toBe('malformed');
    expect(verifyJwt(sign(b64({ alg: 'HS512', typ: 'JWT' }), b64(claims())), KEY, NOW)).toBe('malformed');
  });

  it('rejects a correctly signed token whose claims lack the required types', () => {
    const header = signJwt(claims(), KEY).split('.')[0];
    for (const payload of [b64('no json'), b64({ ...claims(), exp: String(NOW + 300) }), b64({ ...claims(), cid: 1 }), b64({ ...claims(), sys: 'S2' }), b64(null)]) {
      expect(verifyJwt(sign(header, payload), KEY, NOW)).toBe('malformed');
    }
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.string(), { maxLength: 4 }).map((p) => p.join('.'))), (text) => {
        expect(typeof verifyJwt(text, KEY, NOW)).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
