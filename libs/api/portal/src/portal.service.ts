import { Injectable } from '@nestjs/common';
import { Db, NotFoundError, ValidationError } from '@pde/api/core';
import { S2SearchService, type SpicQuery } from '@pde/api/s2';
import { ItemsService } from '@pde/api/s3';
import { S3_COLLECTIONS } from '@pde/shared/contracts';

export interface PortalS2Params {
  nombres?: string;
  primerApellido?: string;
  segundoApellido?: string;
  institucionDependencia?: string;
  tipoProcedimiento?: string | string[];
  pagina?: string;
  tamano?: string;
}

/**
 * The public portal reads exactly what the PDN's `publico` role reads (issue «web» §2): the same
 * search services, always with that role, so no confidential field can reach a citizen.
 */
@Injectable()
export class PortalService {
  constructor(private readonly db: Db, private readonly s2: S2SearchService, private readonly items: ItemsService) {}

  async summary() {
    const [cut] = await this.db.query<{ corte: string | Date | null }>(
      'SELECT MAX(publishedAt) AS corte FROM records WHERE publishedVersionId IS NOT NULL AND withdrawnAt IS NULL',
    );
    const stats = await this.db.query<{ kind: string; c: number }>('SELECT kind, publishedCount AS c FROM kind_stats');
    const count = (kind: string) => Number(stats.find((s) => s.kind === kind)?.c ?? 0);
    return {
      corte: cut?.corte ? toIso(cut.corte) : null,
      totales: { s2: count('s2'), ...Object.fromEntries(S3_COLLECTIONS.map((c) => [c, count(c)])) },
    };
  }

  async searchS2(params: PortalS2Params) {
    const page = positive(params.pagina, 1, 'pagina', 100_000);
    const pageSize = positive(params.tamano, 10, 'tamano', 50);
    const procedures = [params.tipoProcedimiento ?? []].flat().flatMap((v) => v.split(',')).filter(Boolean);
    if (procedures.some((p) => !/^[1-5]$/.test(p))) {
      throw new ValidationError([{ path: 'tipoProcedimiento', message: 'Elija tipos de procedimiento del catálogo (1 a 5).' }]);
    }
    const text = (v?: string) => (v?.trim() ? v.trim().slice(0, 200) : undefined);
    const query: SpicQuery = {
      page,
      pageSize,
      sort: [],
      filters: {
        nombres: text(params.nombres),
        primerApellido: text(params.primerApellido),
        segundoApellido: text(params.segundoApellido),
        institucionDependencia: text(params.institucionDependencia),
        ...(procedures.length ? { tipoProcedimiento: procedures.map(Number) } : {}),
      },
      ignoredKeys: [],
    };
    for (const key of Object.keys(query.filters) as (keyof SpicQuery['filters'])[]) if (query.filters[key] === undefined) delete query.filters[key];
    const { totalRows, results } = await this.s2.search(query, 'publico');
    return { total: totalRows, pagina: page, tamano: pageSize, resultados: results.map((r) => JSON.parse(r) as unknown) };
  }

  async s2Record(id: string) {
    const { results } = await this.s2.search({ page: 1, pageSize: 1, sort: [], filters: { id }, ignoredKeys: [] }, 'publico');
    if (!results.length) throw new NotFoundError('No hay un registro publicado con ese identificador.');
    return JSON.parse(results[0]) as unknown;
  }

  async institutions() {
    return (JSON.parse(await this.s2.dependencias()) as { nombre: string }[]).map((d) => d.nombre);
  }

  searchS3(collection: string, rawQuery: string) {
    return this.items.list(collection, rawQuery, 'publico').then((r) => JSON.parse(r.json) as unknown);
  }

  s3Record(collection: string, id: string) {
    return this.items.one(collection, id, 'fields=*.*.*.*', 'publico').then((json) => JSON.parse(json) as unknown);
  }
}

function positive(value: string | undefined, fallback: number, name: string, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new ValidationError([{ path: name, message: `Debe ser un entero entre 1 y ${max}.` }]);
  return n;
}

function toIso(value: string | Date): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(/Z$/.test(value) ? value : `${value.replace(' ', 'T')}Z`).toISOString();
}
