import { Injectable } from '@nestjs/common';
import { Db } from '@pde/api/core';
import type { AuditEntryView } from '@pde/shared/contracts';

export type { AuditEntryView };
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditFilters {
  action?: string;
  entityType?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

@Injectable()
export class AuditQueryService {
  constructor(private readonly db: Db) {}

  async list(filters: AuditFilters): Promise<{ total: number; items: AuditEntryView[] }> {
    return this.db.run(async (em) => {
      const qb = em.getRepository(AuditEntryEntity).createQueryBuilder('a');
      if (filters.action) qb.andWhere('a.action = :action', { action: filters.action });
      if (filters.entityType) qb.andWhere('a.entityType = :entityType', { entityType: filters.entityType });
      if (filters.entityId) qb.andWhere('a.entityId = :entityId', { entityId: filters.entityId });
      if (filters.actor) qb.andWhere('a.actorLabel = :actor', { actor: filters.actor });
      if (filters.from) qb.andWhere('a.at >= :from', { from: new Date(`${filters.from}T00:00:00Z`) });
      if (filters.to) qb.andWhere('a.at < :to', { to: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) });
      const [rows, total] = await qb
        .orderBy('a.id', 'DESC')
        .skip((filters.page - 1) * filters.pageSize)
        .take(filters.pageSize)
        .getManyAndCount();
      return { total, items: rows.map(toView) };
    });
  }

  forEntity(entityType: string, entityId: string): Promise<AuditEntryView[]> {
    return this.db.run(async (em) =>
      (await em.getRepository(AuditEntryEntity).find({ where: { entityType, entityId }, order: { id: 'ASC' } })).map(toView),
    );
  }
}

export function toView(entry: AuditEntryEntity): AuditEntryView {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actor: entry.actorLabel,
    actorType: entry.actorType,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    enteId: entry.enteId,
    ip: entry.ip,
    details: entry.details ? (JSON.parse(entry.details) as Record<string, unknown>) : null,
  };
}
