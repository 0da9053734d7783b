import { Injectable } from '@nestjs/common';
import { AuditService } from '@pde/api/audit';
import { Clock, ConflictError, CryptoService, Db, describePrincipal, DirectusError, NotFoundError, type ConsumerPrincipal, type Principal } from '@pde/api/core';
import type { ApiTokenView, ConsumerRole, PdnSystem } from '@pde/shared/contracts';

export type { ApiTokenView };
import type { EntityManager } from 'typeorm';
import { ApiConsumerEntity } from '../consumers/api-consumer.entity';
import { ConsumerCache } from '../consumers/consumer-cache';
import { ApiTokenEntity } from './api-token.entity';

export const TOKEN_PREFIX = 'pde_s3_';
const MAX_ACTIVE_TOKENS = 2;
const CACHE_MS = 5_000;
const LAST_USED_EVERY_MS = 60_000;

const invalid = () => new DirectusError(401, 'INVALID_CREDENTIALS', 'Credenciales inválidas.');

@Injectable()
export class StaticTokensService {
  private readonly cache = new Map<string, { token: ApiTokenEntity | null; consumer: ApiConsumerEntity | null; at: number }>();
  private readonly lastUsedWrites = new Map<number, number>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly crypto: CryptoService,
    private readonly audit: AuditService,
    private readonly consumers: ConsumerCache,
  ) {}

  /** Issues a token for a consumer (shown once). At most two active tokens per consumer. */
  async issue(consumerId: number, actor: Principal, options: { expiresAt?: Date; em?: EntityManager } = {}): Promise<{ id: number; token: string }> {
    const token = `${TOKEN_PREFIX}${this.crypto.randomToken(32)}`;
    const run = async (em: EntityManager) => {
      const consumer = await em.getRepository(ApiConsumerEntity).findOne({ where: { id: consumerId } });
      if (!consumer) throw new NotFoundError('El consumidor no existe.');
      if (!consumer.active) throw new ConflictError('El consumidor está revocado; cree uno nuevo.');
      const now = this.clock.now();
      const active = (await em.getRepository(ApiTokenEntity).find({ where: { consumerId } })).filter((t) => isActive(t, now));
      if (active.length >= MAX_ACTIVE_TOKENS) {
        throw new ConflictError('El consumidor ya tiene dos tokens activos; revoque el anterior antes de emitir otro.');
      }
      const saved = await em.getRepository(ApiTokenEntity).save(
        em.getRepository(ApiTokenEntity).create({
          consumerId,
          tokenHash: this.crypto.sha256(token),
          prefix: token.slice(0, TOKEN_PREFIX.length + 4),
          role: consumer.role,
          createdAt: now,
          createdBy: describePrincipal(actor),
          expiresAt: options.expiresAt ?? null,
          lastUsedAt: null,
          revokedAt: null,
          revokedBy: null,
        }),
      );
      await this.audit.record({ action: 'token.emitir', entityType: 'consumidor', entityId: consumerId, details: { tokenId: saved.id, prefijo: saved.prefix, expira: saved.expiresAt?.toISOString() ?? null }, actor });
      return { id: saved.id, token };
    };
    return options.em ? run(options.em) : this.db.tx(run);
  }

  async revoke(tokenId: number, actor: Principal): Promise<ApiTokenView> {
    const view = await this.db.tx(async (em) => {
      const repo = em.getRepository(ApiTokenEntity);
      const token = await repo.findOne({ where: { id: tokenId } });
      if (!token) throw new NotFoundError('El token no existe.');
      if (token.revokedAt) throw new ConflictError('El token ya estaba revocado.');
      token.revokedAt = this.clock.now();
      token.revokedBy = describePrincipal(actor);
      await repo.save(token);
      await this.audit.record({ action: 'token.revocar', entityType: 'consumidor', entityId: token.consumerId, details: { tokenId, prefijo: token.prefix }, actor });
      return toTokenView(token, this.clock.now());
    });
    this.cache.clear();
    return view;
  }

  list(consumerId: number): Promise<ApiTokenView[]> {
    const now = this.clock.now();
    return this.db.run(async (em) => (await em.getRepository(ApiTokenEntity).find({ where: { consumerId }, order: { id: 'DESC' } })).map((t) => toTokenView(t, now)));
  }

  /** SPEC §1.2: 401 INVALID_CREDENTIALS for a missing, unknown or revoked token; TOKEN_EXPIRED after its expiry. */
  async authenticate(header: string | undefined): Promise<ConsumerPrincipal> {
    const match = /^bearer +(\S+) *$/i.exec(header ?? '');
    if (!match) throw invalid();
    const hash = this.crypto.sha256(match[1]);
    const nowMs = this.clock.now().getTime();
    let hit = this.cache.get(hash);
    if (!hit || nowMs - hit.at > CACHE_MS) {
      const token = await this.db.run((em) => em.getRepository(ApiTokenEntity).findOne({ where: { tokenHash: hash } }));
      const consumer = token ? await this.db.run((em) => em.getRepository(ApiConsumerEntity).findOne({ where: { id: token.consumerId } })) : null;
      hit = { token, consumer, at: nowMs };
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(hash, hit);
    }
    const { token } = hit;
    // The consumer's status comes from the consumer cache, which a revocation clears at once
    // (SPEC §1.1.2 "Revocation"): a revoked consumer's tokens fail on their next use.
    const consumer = hit.consumer ? await this.consumers.byClient(hit.consumer.clientId, nowMs) : null;
    if (!token || token.revokedAt || !consumer || !consumer.active) throw invalid();
    if (token.expiresAt && token.expiresAt.getTime() <= nowMs) throw new DirectusError(401, 'TOKEN_EXPIRED', 'El token ha expirado.');
    this.touch(token.id, nowMs);
    return {
      kind: 'consumer',
      consumerId: consumer.id,
      consumerName: consumer.name,
      role: token.role as ConsumerRole,
      systems: consumer.systems.split(',') as PdnSystem[],
      tokenId: token.id,
    };
  }

  /** Last use, written at most once a minute per token (no write per request). */
  private touch(tokenId: number, nowMs: number) {
    const last = this.lastUsedWrites.get(tokenId) ?? 0;
    if (nowMs - last < LAST_USED_EVERY_MS) return;
    this.lastUsedWrites.set(tokenId, nowMs);
    void this.db.run((em) => em.getRepository(ApiTokenEntity).update({ id: tokenId }, { lastUsedAt: new Date(nowMs) })).catch(() => undefined);
  }
}

function isActive(token: ApiTokenEntity, now: Date): boolean {
  return !token.revokedAt && (!token.expiresAt || token.expiresAt > now);
}

export function toTokenView(t: ApiTokenEntity, now: Date): ApiTokenView {
  return {
    id: t.id,
    prefijo: `${t.prefix}…`,
    rol: t.role as ConsumerRole,
    creadoEn: t.createdAt.toISOString(),
    creadoPor: t.createdBy,
    expiraEn: t.expiresAt?.toISOString() ?? null,
    ultimoUso: t.lastUsedAt?.toISOString() ?? null,
    revocadoEn: t.revokedAt?.toISOString() ?? null,
    activo: isActive(t, now),
  };
}
