import { Injectable } from '@nestjs/common';
import { Clock, CryptoService, Db, PdeConfig, PdnV1Error, SettingsService } from '@pde/api/core';
import type { Request } from 'express';
import { ApiConsumerEntity, UsedRefreshTokenEntity } from '../consumers/api-consumer.entity';
import { ConsumerCache } from '../consumers/consumer-cache';
import { signJwt } from './jwt';
import { FailureLock, TokenBucket } from './rate-limit';
import { createRefreshToken, readRefreshToken } from './refresh-token';

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token: string;
  refresh_token_expires_in: number;
  scope?: string;
}

/** What the access log records of a token request (never secrets). */
export interface TokenRequestLog {
  clientId?: string;
  username?: string;
  grantType?: string;
  unknownScopes?: string[];
  consumerId?: number;
}

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
  throttled: 'Demasiadas solicitudes; intente de nuevo más tarde.',
};

/**
 * `POST /oauth/token` (SPEC §1.1, errors §6.2, consumer behaviours §7.1–§7.3). Cheap by design:
 * consumers come from a short-lived cache, secrets are SHA-256 (not a slow KDF: they are
 * machine-generated with 256 bits), access tokens are stateless JWTs and refresh tokens are
 * self-authenticating, so issuing a token performs no database write.
 */
@Injectable()
export class TokenService {
  private readonly perClient: TokenBucket;
  private readonly bruteForce = new FailureLock(10, 10 * 60_000, 15 * 60_000);

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly crypto: CryptoService,
    private readonly config: PdeConfig,
    private readonly settings: SettingsService,
    private readonly consumers: ConsumerCache,
  ) {
    this.perClient = new TokenBucket(config.tokenBurst, config.tokenRatePerSecond);
  }

  async issue(request: Request & { rawBody?: string }, log: TokenRequestLog): Promise<TokenResponse> {
    const params = parseParams(request);
    const basic = parseBasic(request.header('authorization'));
    const clientId = basic ? basic.id : params['client_id'];
    const clientSecret = basic ? basic.secret : params['client_secret'];
    log.clientId = clientId?.slice(0, 64);
    log.grantType = params['grant_type']?.slice(0, 30);
    if (!clientId) throw new PdnV1Error(401, MESSAGES.noClient);
    const nowMs = this.clock.now().getTime();
    const consumer = await this.consumers.byClient(clientId, nowMs);
    if (!consumer || !consumer.active) throw new PdnV1Error(401, MESSAGES.badClient);
    if (!clientSecret || !this.crypto.safeEqual(this.crypto.sha256(clientSecret), consumer.clientSecretHash)) {
      throw new PdnV1Error(401, MESSAGES.badClient);
    }
    log.consumerId = consumer.id;
    const wait = this.perClient.take(clientId, nowMs);
    if (wait > 0) throw throttled(wait);
    const grant = params['grant_type'];
    if (grant === 'password') return this.passwordGrant(consumer, params, request.ip ?? '', nowMs, log);
    if (grant === 'refresh_token') return this.refreshGrant(consumer, params, nowMs);
    throw new PdnV1Error(401, MESSAGES.grantType);
  }

  private async passwordGrant(consumer: ApiConsumerEntity, params: Record<string, string>, ip: string, nowMs: number, log: TokenRequestLog) {
    const { username, password } = params;
    if (!username || !password) throw new PdnV1Error(422, MESSAGES.missingUser);
    log.username = username.slice(0, 64);
    const lockKey = `${username}\u0000${ip}`;
    const locked = this.bruteForce.lockedFor(lockKey, nowMs);
    if (locked > 0) throw throttled(locked);
    const valid = consumer.username === username && this.crypto.safeEqual(this.crypto.sha256(password), consumer.passwordHash);
    if (!valid) {
      this.bruteForce.fail(lockKey, nowMs);
      throw new PdnV1Error(401, MESSAGES.badUser);
    }
    this.bruteForce.succeed(lockKey);
    const configured = consumer.scopes.split(/\s+/).filter(Boolean);
    const requested = (params['scope'] ?? '').split(/\s+/).filter(Boolean);
    log.unknownScopes = requested.filter((s) => !configured.includes(s));
    const granted = requested.length ? requested.filter((s) => configured.includes(s)) : configured;
    return this.tokens(consumer, granted.join(' '), nowMs);
  }

  private async refreshGrant(consumer: ApiConsumerEntity, params: Record<string, string>, nowMs: number) {
    const token = params['refresh_token'];
    if (!token) throw new PdnV1Error(422, MESSAGES.missingRefresh);
    const payload = readRefreshToken(token, await this.refreshKey());
    if (!payload) throw new PdnV1Error(401, MESSAGES.badRefresh);
    const tokenHash = this.crypto.sha256(token);
    const used = await this.db.run((em) => em.getRepository(UsedRefreshTokenEntity).findOne({ where: { tokenHash } }));
    if (used) throw new PdnV1Error(401, MESSAGES.badRefresh);
    if (payload.consumerId !== consumer.id) throw new PdnV1Error(401, MESSAGES.otherClient);
    if (payload.expiresAt * 1000 <= nowMs) throw new PdnV1Error(401, MESSAGES.expiredRefresh);
    // Rotation: the presented token is recorded as used; a second use is rejected above. The primary
    // key decides between concurrent uses: when the insert fails because another request recorded
    // the token first, this one is a reuse (401), not a server error.
    try {
      await this.db.tx((em) =>
        em.getRepository(UsedRefreshTokenEntity).insert({ tokenHash, consumerId: consumer.id, usedAt: new Date(nowMs), expiresAt: new Date(payload.expiresAt * 1000) }),
      );
    } catch (error) {
      const recorded = await this.db.run((em) => em.getRepository(UsedRefreshTokenEntity).findOne({ where: { tokenHash } }));
      if (recorded) throw new PdnV1Error(401, MESSAGES.badRefresh);
      throw error;
    }
    return this.tokens(consumer, consumer.scopes.split(/\s+/).filter(Boolean).join(' '), nowMs);
  }

  private async tokens(consumer: ApiConsumerEntity, scope: string, nowMs: number): Promise<TokenResponse> {
    const iat = Math.floor(nowMs / 1000);
    const accessTtl = this.config.accessTokenTtlSeconds;
    const refreshTtl = this.config.refreshTokenTtlSeconds;
    const access = signJwt(
      { sub: consumer.username, cid: consumer.clientId, role: consumer.role, sys: consumer.systems.split(','), scope, jti: this.crypto.randomToken(12), iat, exp: iat + accessTtl },
      await this.jwtKey(),
    );
    const refresh = createRefreshToken(this.crypto.randomBytes(32), { consumerId: consumer.id, expiresAt: iat + refreshTtl }, await this.refreshKey());
    return {
      access_token: access,
      token_type: 'Bearer',
      expires_in: accessTtl,
      refresh_token: refresh,
      refresh_token_expires_in: refreshTtl,
      ...(scope ? { scope } : {}),
    };
  }

  async jwtKey(): Promise<string> {
    return this.config.jwtSecret ?? this.settings.secret('oauth.jwt');
  }

  private refreshKey(): Promise<string> {
    return this.settings.secret('oauth.refresh');
  }

  /** Housekeeping (SPEC §1.1.2): used refresh tokens past their expiry are no longer needed. */
  async purgeExpired(): Promise<number> {
    const result = await this.db.run((em) =>
      em.getRepository(UsedRefreshTokenEntity).createQueryBuilder().delete().where('expiresAt < :now', { now: this.clock.now() }).execute(),
    );
    return result.affected ?? 0;
  }
}

function throttled(seconds: number) {
  const error = new PdnV1Error(429, MESSAGES.throttled);
  error.headers['Retry-After'] = String(Math.max(1, Math.ceil(seconds)));
  return error;
}

/** Form body (default, also without Content-Type) or JSON; anything else is 422 (SPEC §1.1.1). */
function parseParams(request: Request & { rawBody?: string }): Record<string, string> {
  const type = (request.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const raw = request.rawBody ?? '';
  const out: Record<string, string> = {};
  if (type === '' || type === 'application/x-www-form-urlencoded') {
    for (const [key, value] of new URLSearchParams(raw)) if (!(key in out)) out[key] = value;
    return out;
  }
  if (type === 'application/json') {
    let body: unknown;
    try {
      body = raw.trim() === '' ? {} : JSON.parse(raw);
    } catch {
      throw new PdnV1Error(422, MESSAGES.contentType);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new PdnV1Error(422, MESSAGES.contentType);
    for (const [key, value] of Object.entries(body)) if (typeof value === 'string') out[key] = value;
    return out;
  }
  throw new PdnV1Error(422, MESSAGES.contentType);
}

function parseBasic(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^basic\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { id: decoded, secret: '' };
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
