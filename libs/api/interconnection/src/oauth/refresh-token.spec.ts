import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { createRefreshToken, readRefreshToken } from './refresh-token';

const KEY = 'clave-de-prueba-de-refresh-tokens-32b';
const make = (consumerId = 7, expiresAt = 1_900_000_000, random = randomBytes(32)) => createRefreshToken(random, { consumerId, expiresAt }, KEY);

describe('refresh tokens (SPEC §1.1.2): opaque, ≥ 256 random bits, base64url, self-authenticating', () => {
  it('round-trips consumer and expiry', () => {
    const token = make(42, 1_800_000_123);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    expect(readRefreshToken(token, KEY)).toEqual({ consumerId: 42, expiresAt: 1_800_000_123 });
  });

  it('two tokens for the same consumer and expiry differ (random part)', () => {
    expect(make(1, 2)).not.toBe(make(1, 2));
  });

  it('rejects a token read with another key', () => {
    expect(readRefreshToken(make(), `${KEY}-otra`)).toBeUndefined();
  });

  it('rejects any single-character change (MAC over version, random part, consumer and expiry)', () => {
    const token = make();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(fc.nat({ max: token.length - 1 }), fc.constantFrom(...alphabet), (index, ch) => {
        fc.pre(token[index] !== ch);
        expect(readRefreshToken(`${token.slice(0, index)}${ch}${token.slice(index + 1)}`, KEY)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('accepts only the canonical spelling: extra trailing characters (ignored bits) are rejected', () => {
    // A used token is remembered by the hash of its text; a second spelling would bypass rotation.
    const token = make();
    for (const extra of ['A', 'Q', '-', '_', '0']) expect(readRefreshToken(`${token}${extra}`, KEY)).toBeUndefined();
    expect(readRefreshToken(`${token}==`, KEY)).toBeUndefined();
  });

  it('rejects malformed input of every kind without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        expect(readRefreshToken(text, KEY)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
    for (const bad of ['', 'x', 'A'.repeat(76), make().slice(0, -1), make().slice(1), `${make()}.${make()}`]) expect(readRefreshToken(bad, KEY)).toBeUndefined();
  });

  it('rejects a token of another version byte', () => {
    const raw = Buffer.from(make(), 'base64url');
    raw.writeUInt8(2, 0);
    expect(readRefreshToken(raw.toString('base64url'), KEY)).toBeUndefined();
  });
});
