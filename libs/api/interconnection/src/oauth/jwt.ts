import { createHmac, timingSafeEqual } from 'node:crypto';

/** Minimal HS256 JWT (SPEC §1.1.2): stateless access tokens, so issuing one writes nothing. */
export interface AccessTokenClaims {
  sub: string;
  cid: string;
  role: string;
  sys: string[];
  scope: string;
  jti: string;
  iat: number;
  exp: number;
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

export function signJwt(claims: AccessTokenClaims, key: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createHmac('sha256', key).update(`${HEADER}.${payload}`).digest('base64url');
  return `${HEADER}.${payload}.${signature}`;
}

export type JwtFailure = 'malformed' | 'signature' | 'expired';

export function verifyJwt(token: string, key: string, nowSeconds: number): AccessTokenClaims | JwtFailure {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) return 'malformed';
  const expected = createHmac('sha256', key).update(`${parts[0]}.${parts[1]}`).digest();
  let given: Buffer;
  try {
    given = Buffer.from(parts[2], 'base64url');
  } catch {
    return 'malformed';
  }
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'signature';
  let claims: AccessTokenClaims;
  try {
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as AccessTokenClaims;
  } catch {
    return 'malformed';
  }
  if (typeof claims !== 'object' || claims === null) return 'malformed';
  if (typeof claims.exp !== 'number' || typeof claims.cid !== 'string' || typeof claims.sub !== 'string' || !Array.isArray(claims.sys)) return 'malformed';
  if (claims.exp <= nowSeconds) return 'expired';
  return claims;
}
