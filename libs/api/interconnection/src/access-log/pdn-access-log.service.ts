import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Db, JsonLogger } from '@pde/api/core';
import { PdnAccessLogEntity } from './pdn-access-log.entity';

const FLUSH_EVERY_MS = 1000;
const FLUSH_AT = 200;

/**
 * Writes the access log in batches, off the request path: the PDN's harvest and token-per-call
 * pattern would otherwise add a synchronous write to every request. At most one second of
 * entries is at risk on a crash; shutdown flushes what is pending.
 */
@Injectable()
export class PdnAccessLogService implements OnModuleInit, OnApplicationShutdown {
  private pending: Partial<PdnAccessLogEntity>[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly db: Db, private readonly logger: JsonLogger) {}

  onModuleInit() {
    this.timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS);
    this.timer.unref();
  }

  add(entry: Partial<PdnAccessLogEntity>) {
    this.pending.push(entry);
    if (this.pending.length >= FLUSH_AT) void this.flush();
  }

  /** Writes everything pending (tests call it to read the log deterministically). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const batch = this.pending;
      this.pending = [];
      if (batch.length === 0) return;
      try {
        await this.db.run((em) => em.getRepository(PdnAccessLogEntity).insert(batch));
      } catch (error) {
        this.logger.event('error', 'pdn-access-log', { error: (error as Error).message, lost: batch.length });
      }
    });
    return this.flushing;
  }

  async onApplicationShutdown() {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  async recent(consumerId: number, limit = 100) {
    await this.flush();
    return this.db.run((em) => em.getRepository(PdnAccessLogEntity).find({ where: { consumerId }, order: { id: 'DESC' }, take: limit }));
  }
}
