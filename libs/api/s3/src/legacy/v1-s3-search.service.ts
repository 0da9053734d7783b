import { Injectable } from '@nestjs/common';
import { Db, type SnapshotReader } from '@pde/api/core';
import { pickDependencias } from '@pde/api/interconnection';
import { escapeLike, fold, LIKE_ESCAPE, type ReaderRole } from '@pde/shared/contracts';
import { expandTipoSancionFilter } from '../v1/v1-search';
import { sanctionMask } from './s3-v1-published.entity';
import type { V1S3Api, V1S3Query } from './v1-s3-request';

const COLLECTIONS: Record<V1S3Api, string[]> = {
  S3S: ['faltas_administrativas_graves', 'faltas_administrativas_no_graves'],
  S3P: ['faltas_graves_personas_fisicas', 'faltas_graves_personas_morales'],
};
const DEFAULT_ORDER: Record<V1S3Api, string[]> = { S3S: ['primerApellido', 'segundoApellido', 'nombres'], S3P: ['nombreRazonSocial'] };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOTHING = Symbol('nothing');

/** `POST /v1/ssancionados`, `/v1/psancionados` and their `dependencias` (SPEC §4, §5). */
@Injectable()
export class V1S3SearchService {
  private readonly dependenciasCache = new Map<V1S3Api, { version: string; json: string }>();

  constructor(private readonly db: Db) {}

  search(query: V1S3Query, role: ReaderRole): Promise<{ totalRows: number; results: string[] }> {
    const suffix = role === 'confidencial' ? 'c' : 'p';
    return this.db.snapshot(async (reader) => {
      const where = this.where(query, suffix);
      if (where === NOTHING) return { totalRows: 0, results: [] };
      const conditions = ['api = ?', ...where.sql];
      const params = [query.api, ...where.params];
      const totalRows = where.sql.length === 0 ? await this.published(reader, query.api) : Number((await reader.all<{ n: number }>(`SELECT COUNT(*) AS n FROM s3_v1_published WHERE ${conditions.join(' AND ')}`, params))[0]?.n ?? 0);
      const offset = (query.page - 1) * query.pageSize;
      if (offset >= totalRows) return { totalRows, results: [] };
      const rows = await reader.all<{ recordPk: number }>(
        `SELECT recordPk FROM s3_v1_published WHERE ${conditions.join(' AND ')} ORDER BY ${this.orderBy(query, suffix)} LIMIT ? OFFSET ?`,
        [...params, query.pageSize, offset],
      );
      if (!rows.length) return { totalRows, results: [] };
      const column = role === 'confidencial' ? 'docConfidencial' : 'docPublico';
      const docs = await reader.all<{ recordPk: number; doc: string }>(
        `SELECT recordPk, ${column} AS doc FROM s3_v1_documents WHERE recordPk IN (${rows.map(() => '?').join(',')})`,
        rows.map((r) => r.recordPk),
      );
      const byRecord = new Map(docs.map((d) => [Number(d.recordPk), d.doc]));
      return { totalRows, results: rows.map((r) => byRecord.get(Number(r.recordPk)) as string) };
    });
  }

  dependencias(api: V1S3Api): Promise<string> {
    return this.db.snapshot(async (reader) => {
      const versions = await reader.all<{ kind: string; v: number }>(`SELECT kind, dataVersion AS v FROM kind_stats WHERE kind IN (?, ?) ORDER BY kind`, COLLECTIONS[api]);
      const version = versions.map((r) => `${r.kind}:${r.v}`).join('|');
      const cached = this.dependenciasCache.get(api);
      if (cached?.version === version) return cached.json;
      const rows = await reader.all<{ n: string; s: string; c: string; k: number }>(
        'SELECT instNombre AS n, instSiglas AS s, instClave AS c, COUNT(*) AS k FROM s3_v1_published WHERE api = ? GROUP BY instNombre, instSiglas, instClave',
        [api],
      );
      const json = JSON.stringify(pickDependencias(rows.map((r) => ({ nombre: r.n, siglas: r.s, clave: r.c, count: Number(r.k) }))));
      this.dependenciasCache.set(api, { version, json });
      return json;
    });
  }

  private async published(reader: SnapshotReader, api: V1S3Api): Promise<number> {
    const rows = await reader.all<{ c: number }>('SELECT publishedCount AS c FROM kind_stats WHERE kind IN (?, ?)', COLLECTIONS[api]);
    return rows.reduce((sum, r) => sum + Number(r.c), 0);
  }

  private where(query: V1S3Query, suffix: 'c' | 'p'): { sql: string[]; params: unknown[] } | typeof NOTHING {
    const f = query.filters;
    if (f['id']) {
      const id = f['id'];
      const variants = UUID.test(id) ? [...new Set([id, id.toLowerCase(), id.toUpperCase()])] : [id];
      return { sql: [`id IN (${variants.map(() => '?').join(',')})`], params: variants };
    }
    const sql: string[] = [];
    const params: unknown[] = [];
    const textColumns: Record<string, string> = {
      nombres: `nombres_f${suffix}`,
      primerApellido: `primerApellido_f${suffix}`,
      segundoApellido: `segundoApellido_f${suffix}`,
      rfc: `rfc_f${suffix}`,
      curp: `curp_f${suffix}`,
      nombreRazonSocial: `nombreRazonSocial_f${suffix}`,
      expediente: `expediente_f${suffix}`,
      institucionDependencia: 'institucion_f',
    };
    for (const [key, column] of Object.entries(textColumns)) {
      if (f[key] === undefined) continue;
      const needle = fold(f[key]);
      if (!needle) continue;
      // A hidden value is NULL in the role's column: it never matches (SPEC §1.3.2).
      sql.push(`${column} LIKE ? ${LIKE_ESCAPE}`);
      params.push(`%${escapeLike(needle)}%`);
    }
    if (f['tipoPersona'] !== undefined) {
      const persona = f['tipoPersona'].trim().toUpperCase();
      if (persona !== 'F' && persona !== 'M') return NOTHING;
      sql.push('tipoPersona = ?');
      params.push(persona);
    }
    if (f.tipoSancion) {
      const mask = sanctionMask(expandTipoSancionFilter(f.tipoSancion, query.api));
      if (mask === 0) return NOTHING;
      sql.push('(sancionMask & ?) <> 0');
      params.push(mask);
    }
    return { sql, params };
  }

  private orderBy(query: V1S3Query, suffix: 'c' | 'p'): string {
    const column = (field: string) => (field === 'institucionDependencia' ? 'institucion_k' : `${field}_k${suffix}`);
    const entries = query.sort.length ? query.sort : DEFAULT_ORDER[query.api].map((field) => ({ field, direction: 'asc' as const }));
    const parts = entries.flatMap(({ field, direction }) => [`CASE WHEN ${column(field)} IS NULL THEN 1 ELSE 0 END ASC`, `${column(field)} ${direction === 'asc' ? 'ASC' : 'DESC'}`]);
    return [...parts, 'id ASC'].join(', ');
  }
}
