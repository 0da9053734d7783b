import { Injectable } from '@nestjs/common';
import { CryptoService } from '../platform/crypto.service';
import { Db } from './db.service';
import { SettingEntity } from './setting.entity';

@Injectable()
export class SettingsService {
  private readonly cache = new Map<string, string>();

  constructor(private readonly db: Db, private readonly crypto: CryptoService) {}

  /** A random key generated on first use and kept in the database (shared by every instance). */
  async secret(key: string, bytes = 32): Promise<string> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const value = await this.db.tx(async (em) => {
      const repo = em.getRepository(SettingEntity);
      const existing = await repo.findOne({ where: { key } });
      if (existing) return existing.value;
      const created = this.crypto.randomToken(bytes);
      await repo.insert({ key, value: created });
      return created;
    });
    this.cache.set(key, value);
    return value;
  }
}
