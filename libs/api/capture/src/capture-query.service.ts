import { Injectable } from '@nestjs/common';
import { AuditQueryService } from '@pde/api/audit';
import { Db, type Principal } from '@pde/api/core';
import { EnteEntity } from '@pde/api/entes';
import { escapeLike, fold, LIKE_ESCAPE, RECORD_STATES, type Page, type RecordHistory, type RecordState, type RecordSummary } from '@pde/shared/contracts';
import type { SelectQueryBuilder } from 'typeorm';
import { CaptureKindRegistry } from './capture-kind';
import { CaptureService } from './capture.service';
import { RecordEntity, RecordVersionEntity } from './record.entity';
import { toVersionView } from './record-view';

export interface RecordFilters {
  q?: string;
  estado?: string;
  enteId?: number;
  ejercicio?: string;
  desde?: string;
  hasta?: string;
  orden?: 'actualizado' | 'titulo' | 'creado';
  direccion?: 'asc' | 'desc';
  pagina: number;
  tamano: number;
}

@Injectable()
export class CaptureQueryService {
  constructor(
    private readonly db: Db,
    private readonly capture: CaptureService,
    private readonly audit: AuditQueryService,
    private readonly registry: CaptureKindRegistry,
  ) {}

  /** Panel list: server-side paging, sorting and filters, always limited to the person's scope. */
  async list(kind: string, principal: Principal, filters: RecordFilters): Promise<Page<RecordSummary>> {
    this.capture.kind(kind);
    return this.db.run(async (em) => {
      const qb = em.getRepository(RecordEntity).createQueryBuilder('r').innerJoin(EnteEntity, 'e', 'e.id = r.enteId').where('r.kind = :kind', { kind });
      applyScope(qb, principal);
      const q = filters.q ? fold(filters.q) : '';
      if (q) qb.andWhere(`(r.titleFolded LIKE :q ${LIKE_ESCAPE} OR r.id = :exact)`, { q: `%${escapeLike(q)}%`, exact: filters.q?.trim() });
      if (filters.estado && (RECORD_STATES as readonly string[]).includes(filters.estado)) qb.andWhere('r.status = :estado', { estado: filters.estado });
      if (filters.enteId) qb.andWhere('r.enteId = :enteId', { enteId: filters.enteId });
      if (filters.ejercicio) qb.andWhere('r.ejercicio = :ejercicio', { ejercicio: filters.ejercicio });
      if (filters.desde) qb.andWhere('r.updatedAt >= :desde', { desde: new Date(`${filters.desde}T00:00:00Z`) });
      if (filters.hasta) qb.andWhere('r.updatedAt < :hasta', { hasta: new Date(new Date(`${filters.hasta}T00:00:00Z`).getTime() + 86_400_000) });
      const total = await qb.getCount();
      const column = filters.orden === 'titulo' ? 'r.titleFolded' : filters.orden === 'creado' ? 'r.createdAt' : 'r.updatedAt';
      const direction = (filters.direccion ?? (filters.orden === 'titulo' ? 'asc' : 'desc')).toUpperCase() as 'ASC' | 'DESC';
      const rows = await qb
        .select(['r.id AS id', 'r.kind AS kind', 'r.title AS title', 'r.ejercicio AS ejercicio', 'r.status AS status', 'r.publishedVersionId AS published', 'r.updatedAt AS updatedAt', 'r.workingVersionId AS working', 'e.id AS enteId', 'e.clave AS enteClave', 'e.nombre AS enteNombre'])
        .orderBy(column, direction)
        .addOrderBy('r.pk', direction)
        .offset((filters.pagina - 1) * filters.tamano)
        .limit(filters.tamano)
        .getRawMany<Record<string, unknown>>();
      const rejected = rows.filter((r) => r['status'] === 'RECHAZADO').map((r) => Number(r['working']));
      const comments = rejected.length
        ? await em.getRepository(RecordVersionEntity).createQueryBuilder('v').select(['v.id', 'v.reviewComment']).whereInIds(rejected).getMany()
        : [];
      return {
        total,
        pagina: filters.pagina,
        tamano: filters.tamano,
        elementos: rows.map((r) => ({
          id: String(r['id']),
          tipo: String(r['kind']),
          titulo: String(r['title']),
          ...(r['ejercicio'] ? { ejercicio: String(r['ejercicio']) } : {}),
          estado: r['status'] as RecordState,
          tienePublicado: r['published'] !== null,
          ente: { id: Number(r['enteId']), clave: String(r['enteClave']), nombre: String(r['enteNombre']) },
          actualizadoEn: toIso(r['updatedAt']),
          ...(r['status'] === 'RECHAZADO' ? { comentarioRevision: comments.find((c) => c.id === Number(r['working']))?.reviewComment ?? undefined } : {}),
        })),
      };
    });
  }

  async history(kind: string, id: string, principal: Principal): Promise<RecordHistory> {
    const { record } = await this.db.run((em) => this.capture.load(em, kind, id, false));
    this.capture.assertView(principal, record);
    const versions = await this.db.run((em) => em.getRepository(RecordVersionEntity).find({ where: { recordPk: record.pk }, order: { number: 'ASC' } }));
    const events = await this.audit.forEntity(kind, id);
    return {
      versiones: versions.map(toVersionView),
      eventos: events.map((e) => ({ fecha: e.at, accion: e.action, actor: e.actor, detalles: e.details })),
    };
  }

  /** Home of the panel: counts by kind and state within the person's scope, and what awaits them. */
  async summary(principal: Principal) {
    return this.db.run(async (em) => {
      const qb = em.getRepository(RecordEntity).createQueryBuilder('r').select(['r.kind AS kind', 'r.status AS status', 'COUNT(*) AS n']).groupBy('r.kind').addGroupBy('r.status');
      applyScope(qb, principal);
      const rows = await qb.getRawMany<{ kind: string; status: string; n: number | string }>();
      const kinds = this.registry.all().map((k) => ({
        tipo: k.kind,
        ruta: k.path,
        nombre: k.label,
        conteos: Object.fromEntries(RECORD_STATES.map((s) => [s, Number(rows.find((r) => r.kind === k.kind && r.status === s)?.n ?? 0)])),
      }));
      let pendientes: { tipo: string; estado: RecordState; total: number }[] = [];
      if (principal.kind === 'user') {
        const awaited: RecordState | undefined = principal.role === 'CAPTURISTA' ? 'RECHAZADO' : principal.role === 'REVISOR' || principal.role === 'ADMIN' ? 'EN_REVISION' : undefined;
        if (awaited) pendientes = kinds.map((k) => ({ tipo: k.tipo, estado: awaited, total: k.conteos[awaited] })).filter((p) => p.total > 0);
      }
      return { tipos: kinds, pendientes };
    });
  }
}

function applyScope(qb: SelectQueryBuilder<RecordEntity>, principal: Principal) {
  if (principal.kind !== 'user') return;
  if (principal.role === 'CAPTURISTA' || (principal.role === 'CONSULTA' && principal.enteId !== null)) {
    qb.andWhere('r.enteId = :scopeEnte', { scopeEnte: principal.enteId ?? -1 });
  } else if (principal.role === 'REVISOR' && principal.reviewScope !== 'all') {
    qb.andWhere(principal.reviewScope.length ? 'r.enteId IN (:...scopeEntes)' : '1 = 0', { scopeEntes: principal.reviewScope });
  }
}

function toIso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return new Date(/Z$|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`).toISOString();
}
