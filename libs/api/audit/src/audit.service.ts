import { Injectable } from '@nestjs/common';
import { Clock, CryptoService, Db, describePrincipal, requestContext, type Principal } from '@pde/api/core';
import { canonicalJson } from '@pde/shared/contracts';
import type { EntityManager } from 'typeorm';
import { AuditChainHeadEntity, AuditEntryEntity } from './audit-entry.entity';

export const GENESIS_HASH = '0'.repeat(64);
/** `details` is a TEXT column (64 KiB on MySQL/MariaDB): longer details are shortened, never lost as a 500. */
const MAX_DETAILS_BYTES = 60_000;
const SHORTENED_TEXT = 500;

export interface AuditInput {
  action: string;
  entityType?: string;
  entityId?: string | number;
  enteId?: number | null;
  details?: Record<string, unknown>;
  /** Defaults to the principal of the current request. */
  actor?: Principal;
}

/** Fields covered by the hash, in canonical form. */
export function hashedContent(entry: AuditEntryEntity): string {
  return canonicalJson({
    id: entry.id,
    at: entry.at.toISOString(),
    actorType: entry.actorType,
    actorId: entry.actorId,
    actorLabel: entry.actorLabel,
    enteId: entry.enteId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    details: entry.details,
    ip: entry.ip,
    requestId: entry.requestId,
  });
}

@Injectable()
export class AuditService {
  private headReady: Promise<void> | undefined;

  constructor(private readonly db: Db, private readonly clock: Clock, private readonly crypto: CryptoService) {}

  /** Appends an entry in the current transaction (or its own), so the entry and the change commit together. */
  async record(input: AuditInput): Promise<AuditEntryEntity> {
    await this.ensureHead();
    return this.db.tx((em) => this.append(em, input));
  }

  /**
   * MySQL/MariaDB: the chain head must exist before writers lock it. Two transactions that both
   * lock a missing row and then insert it deadlock (gap locks), so the row is created once, on its
   * own connection and outside any transaction. SQLite serialises writers and needs nothing.
   */
  private ensureHead(): Promise<void> {
    if (this.db.dialect !== 'mysql') return Promise.resolve();
    this.headReady ??= this.db.dataSource
      .query('INSERT IGNORE INTO audit_chain_head (id, lastId, lastHash) VALUES (1, 0, ?)', [GENESIS_HASH])
      .then(
        () => undefined,
        (error: unknown) => {
          this.headReady = undefined;
          throw error;
        },
      );
    return this.headReady;
  }

  private async append(em: EntityManager, input: AuditInput): Promise<AuditEntryEntity> {
    const heads = em.getRepository(AuditChainHeadEntity);
    const head =
      (await heads.findOne({ where: { id: 1 }, lock: this.db.dialect === 'mysql' ? { mode: 'pessimistic_write' } : undefined })) ??
      (await heads.save(heads.create({ id: 1, lastId: 0, lastHash: GENESIS_HASH })));
    const context = requestContext.current();
    const actor = input.actor ?? context?.principal;
    const entry = em.getRepository(AuditEntryEntity).create({
      id: head.lastId + 1,
      at: this.clock.now(),
      actorType: actor?.kind ?? 'anonymous',
      actorId: actorId(actor),
      actorLabel: describePrincipal(actor),
      enteId: input.enteId ?? null,
      action: input.action,
      entityType: input.entityType ?? null,
      entityId: input.entityId === undefined ? null : String(input.entityId),
      details: input.details ? serializeDetails(input.details) : null,
      ip: context?.ip ?? null,
      requestId: context?.requestId ?? null,
      prevHash: head.lastHash,
    });
    entry.hash = this.crypto.sha256(`${entry.prevHash}\n${hashedContent(entry)}`);
    await em.getRepository(AuditEntryEntity).insert(entry);
    await heads.update({ id: 1 }, { lastId: entry.id, lastHash: entry.hash });
    return entry;
  }
}

/** JSON of the details; when too long, long texts are cut (the full content stays in its own table). */
export function serializeDetails(details: Record<string, unknown>): string {
  const json = JSON.stringify(details);
  if (Buffer.byteLength(json) <= MAX_DETAILS_BYTES) return json;
  const shortened = JSON.stringify({ ...(shortenTexts(details) as Record<string, unknown>), recortado: true });
  if (Buffer.byteLength(shortened) <= MAX_DETAILS_BYTES) return shortened;
  return JSON.stringify({ recortado: true, bytesOriginales: Buffer.byteLength(json), inicio: [...json].slice(0, SHORTENED_TEXT).join('') });
}

function shortenTexts(value: unknown): unknown {
  if (typeof value === 'string') return [...value].length > SHORTENED_TEXT ? `${[...value].slice(0, SHORTENED_TEXT).join('')}…` : value;
  if (Array.isArray(value)) return value.map(shortenTexts);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortenTexts(v)]));
  return value;
}

function actorId(actor: Principal | undefined): string | null {
  if (!actor) return null;
  if (actor.kind === 'user') return String(actor.userId);
  if (actor.kind === 'consumer') return String(actor.consumerId);
  return actor.name;
}
