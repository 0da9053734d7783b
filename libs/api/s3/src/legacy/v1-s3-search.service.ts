import { Injectable } from '@nestjs/common';
import { Db, type SnapshotReader } from '@pde/api/core';
import { pickDependencias } from '@pde/api/interconnection';
import { KeysetPages, MISSING_RANK, TextTermsService, type TermDomain } from '@pde/api/search-index';
import { escapeLike, fold, idSpellings, LIKE_ESCAPE, type ReaderRole } from '@pde/shared/contracts';
import { expandTipoSancionFilter } from '../v1/v1-search';
import { sanctionMask } from './s3-v1-published.entity';
import type { V1S3Api, V1S3Query } from './v1-s3-request';

const COLLECTIONS: Record<V1S3Api, string[]> = {
  S3S: ['faltas_administrativas_graves', 'faltas_administrativas_no_graves'],
  S3P: ['faltas_graves_personas_fisicas', 'faltas_graves_personas_morales'],
};
/** Default orders of SPEC §5.3 as rank columns (without the role suffix); `id` follows. */
const DEFAULT_ORDER: Record<V1S3Api, string[]> = { S3S: ['rPrimer', 'rSegundo', 'rNombres'], S3P: ['rRazon'] };
/** Text filters answered from the dictionary: rank column (per role unless `shared`) and domain. */
const RANKED_FILTERS: Record<string, { column: string; domain: TermDomain; shared?: true }> = {
  nombres: { column: 'rNombres', domain: 'name' },
  primerApellido: { column: 'rPrimer', domain: 'name' },
  segundoApellido: { column: 'rSegundo', domain: 'name' },
  nombreRazonSocial: { column: 'rRazon', domain: 'company' },
  institucionDependencia: { column: 'rInst', domain: 'institution', shared: true },
};
/** Identifier filters: folded substring over the role's column (rarely used; a scan is fine). */
const LIKE_FILTERS = ['rfc', 'curp', 'expediente'];
const NOTHING = Symbol('nothing');

interface Where {
  sql: string[];
  params: unknown[];
}

/** `POST /v1/ssancionados`, `/v1/psancionados` and their `dependencias` (SPEC §4, §5). */
@Injectable()
export class V1S3SearchService {
  private readonly dependenciasCache = new Map<V1S3Api, { version: string; json: string }>();
  private readonly pages = new KeysetPages();

  constructor(private readonly db: Db, private readonly terms: TextTermsService) {}

  search(query: V1S3Query, role: ReaderRole): Promise<{ totalRows: number; results: string[] }> {
    const suffix = role === 'confidencial' ? 'c' : 'p';
    // Count and page from one snapshot (SPEC G4).
    return this.db.snapshot(async (reader) => {
      const where = await this.where(reader, query, suffix);
      if (where === NOTHING) return { totalRows: 0, results: [] };
      const stats = await this.stats(reader, query.api);
      // Only `api = ?`: every published record of the API, counted by each publication and baja.
      const unfiltered = where.sql.length === 1;
      const totalRows = unfiltered ? stats.count : Number((await reader.all<{ n: number }>(`SELECT COUNT(*) AS n FROM s3_v1_published WHERE ${where.sql.join(' AND ')}`, where.params))[0]?.n ?? 0);
      const offset = (query.page - 1) * query.pageSize;
      if (offset >= totalRows) return { totalRows, results: [] };
      const recordPks = await this.pageRecords(reader, query, where, suffix, offset, stats.version);
      if (!recordPks.length) return { totalRows, results: [] };
      const column = role === 'confidencial' ? 'docConfidencial' : 'docPublico';
      const docs = await reader.all<{ recordPk: number; doc: string }>(
        `SELECT recordPk, ${column} AS doc FROM s3_v1_documents WHERE recordPk IN (${recordPks.map(() => '?').join(',')})`,
        recordPks,
      );
      const byRecord = new Map(docs.map((d) => [Number(d.recordPk), d.doc]));
      return { totalRows, results: recordPks.map((pk) => byRecord.get(pk) as string) };
    });
  }

  dependencias(api: V1S3Api): Promise<string> {
    return this.db.snapshot(async (reader) => {
      const { version } = await this.stats(reader, api);
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

  /** Published count and data version of the API's two collections (kept by every publication and baja). */
  private async stats(reader: SnapshotReader, api: V1S3Api): Promise<{ count: number; version: string }> {
    const rows = await reader.all<{ kind: string; c: number; v: number }>('SELECT kind, publishedCount AS c, dataVersion AS v FROM kind_stats WHERE kind IN (?, ?) ORDER BY kind', COLLECTIONS[api]);
    return { count: rows.reduce((sum, r) => sum + Number(r.c), 0), version: rows.map((r) => `${r.kind}:${r.v}`).join('|') };
  }

  private async where(reader: SnapshotReader, query: V1S3Query, suffix: 'c' | 'p'): Promise<Where | typeof NOTHING> {
    const f = query.filters;
    const where: Where = { sql: ['api = ?'], params: [query.api] };
    if (f['id']) {
      const variants = idSpellings(f['id']);
      where.sql.push(`id IN (${variants.map(() => '?').join(',')})`);
      where.params.push(...variants);
      return where;
    }
    for (const [key, { column, domain, shared }] of Object.entries(RANKED_FILTERS)) {
      if (f[key] === undefined || !fold(f[key])) continue;
      // A hidden value has MISSING_RANK in the role's column, which no text of the dictionary has:
      // it never matches (SPEC §1.3.2).
      const condition = await this.terms.rankCondition(reader, domain, shared ? column : `${column}_${suffix}`, f[key]);
      if (!condition) return NOTHING;
      where.sql.push(condition.sql);
      where.params.push(...condition.params);
    }
    for (const key of LIKE_FILTERS) {
      if (f[key] === undefined) continue;
      const needle = fold(f[key]);
      if (!needle) continue;
      where.sql.push(`${key}_f${suffix} LIKE ? ${LIKE_ESCAPE}`);
      where.params.push(`%${escapeLike(needle)}%`);
    }
    if (f['tipoPersona'] !== undefined) {
      const persona = f['tipoPersona'].trim().toUpperCase();
      if (persona !== 'F' && persona !== 'M') return NOTHING;
      where.sql.push('tipoPersona = ?');
      where.params.push(persona);
    }
    if (f.tipoSancion) {
      const mask = sanctionMask(expandTipoSancionFilter(f.tipoSancion, query.api));
      if (mask === 0) return NOTHING;
      where.sql.push('(sancionMask & ?) <> 0');
      where.params.push(mask);
    }
    return where;
  }

  /**
   * The page's records in the order of §5.3. Deep pages of the default order (the PDN's bulk
   * download, §7.3) continue from the nearest remembered row instead of skipping every earlier one.
   */
  private async pageRecords(reader: SnapshotReader, query: V1S3Query, where: Where, suffix: 'c' | 'p', offset: number, version: string): Promise<number[]> {
    const isDefaultOrder = query.sort.length === 0;
    const order = [...DEFAULT_ORDER[query.api].map((c) => `${c}_${suffix}`), 'id'];
    const signature = `${version}|${suffix}|${where.sql.join(' AND ')}|${JSON.stringify(where.params)}`;
    const { after, skip } = isDefaultOrder ? this.pages.resume(signature, offset, order) : { after: undefined, skip: offset };
    const conditions = after ? [...where.sql, after.sql] : where.sql;
    const params = after ? [...where.params, ...after.params] : where.params;
    const orderBy = isDefaultOrder ? order.map((c) => `${c} ASC`).join(', ') : explicitOrder(query, suffix);
    const rows = await reader.all<Record<string, number | string>>(
      `SELECT recordPk, ${order.join(', ')} FROM s3_v1_published WHERE ${conditions.join(' AND ')} ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
      [...params, query.pageSize, skip],
    );
    if (isDefaultOrder) this.pages.ended(signature, offset, order, rows);
    return rows.map((r) => Number(r['recordPk']));
  }
}

/** ORDER BY of a `sort` sent by the client (SPEC §4.2, §5.3): missing values last both ways, `id` last. */
export function explicitOrder(query: Pick<V1S3Query, 'sort'>, suffix: 'c' | 'p'): string {
  const parts = query.sort.flatMap(({ field, direction }) => {
    const ranked = RANKED_FILTERS[field];
    if (ranked) {
      const column = ranked.shared ? ranked.column : `${ranked.column}_${suffix}`;
      return direction === 'asc' ? [`${column} ASC`] : [`CASE WHEN ${column} = ${MISSING_RANK} THEN 1 ELSE 0 END ASC`, `${column} DESC`];
    }
    const column = `${field}_k${suffix}`;
    return [`CASE WHEN ${column} IS NULL THEN 1 ELSE 0 END ASC`, `${column} ${direction === 'asc' ? 'ASC' : 'DESC'}`];
  });
  return [...parts, 'id ASC'].join(', ');
}
