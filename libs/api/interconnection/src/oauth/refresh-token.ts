import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Opaque refresh tokens (SPEC §1.1.2): 256 random bits plus the consumer id and the expiry,
 * authenticated with an HMAC. Issuing one needs no write (the PDN asks a token before every call);
 * a token is written (hashed) only when it is used, so that a rotated token cannot be reused.
 */
const VERSION = 1;
const RANDOM_BYTES = 32;
const MAC_BYTES = 16;

export interface RefreshTokenPayload {
  consumerId: number;
  expiresAt: number;
}

export function createRefreshToken(random: Buffer, payload: RefreshTokenPayload, key: string): string {
  const body = Buffer.alloc(1 + RANDOM_BYTES + 4 + 4);
  body.writeUInt8(VERSION, 0);
  random.copy(body, 1, 0, RANDOM_BYTES);
  body.writeUInt32BE(payload.consumerId, 1 + RANDOM_BYTES);
  body.writeUInt32BE(payload.expiresAt, 1 + RANDOM_BYTES + 4);
  const mac = createHmac('sha256', key).update(body).digest().subarray(0, MAC_BYTES);
  return Buffer.concat([body, mac]).toString('base64url');
}

export function readRefreshToken(token: string, key: string): RefreshTokenPayload | undefined {
  if (!/^[A-Za-z0-9_-]{60,100}$/.test(token)) return undefined;
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== 1 + RANDOM_BYTES + 8 + MAC_BYTES || raw.readUInt8(0) !== VERSION) return undefined;
  // Only the canonical spelling: the decoder ignores trailing bits, and rotation remembers the hash
  // of the token text, so `token + "A"` must not be a second valid spelling of a used token.
  if (raw.toString('base64url') !== token) return undefined;
  const body = raw.subarray(0, raw.length - MAC_BYTES);
  const mac = createHmac('sha256', key).update(body).digest().subarray(0, MAC_BYTES);
  if (!timingSafeEqual(mac, raw.subarray(raw.length - MAC_BYTES))) return undefined;
  return { consumerId: body.readUInt32BE(1 + RANDOM_BYTES), expiresAt: body.readUInt32BE(1 + RANDOM_BYTES + 4) };
}
