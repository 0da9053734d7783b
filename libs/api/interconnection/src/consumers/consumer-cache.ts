import { Injectable } from '@nestjs/common';
import { Db } from '@pde/api/core';
import { ApiConsumerEntity } from './api-consumer.entity';

const TTL_MS = 5_000;

/**
 * Consumers kept in memory for a few seconds: the PDN asks for a token before every call, and
 * each data call checks that its credential is still active (SPEC §1.1.2 "Revocation"). A revoke
 * on this instance takes effect at once; on other instances within `TTL_MS`.
 */
@Injectable()
export class ConsumerCache {
  private byClientId = new Map<string, { consumer: ApiConsumerEntity | null; at: number }>();

  constructor(private readonly db: Db) {}

  async byClient(clientId: string, nowMs = Date.now()): Promise<ApiConsumerEntity | null> {
    const hit = this.byClientId.get(clientId);
    if (hit && nowMs - hit.at < TTL_MS) return hit.consumer;
    const consumer = await this.db.run((em) => em.getRepository(ApiConsumerEntity).findOne({ where: { clientId } }));
    if (this.byClientId.size > 10_000) this.byClientId.clear();
    this.byClientId.set(clientId, { consumer, at: nowMs });
    return consumer;
  }

  invalidate() {
    this.byClientId = new Map();
  }
}
