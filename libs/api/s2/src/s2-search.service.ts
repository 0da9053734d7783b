import { Injectable } from '@nestjs/common';
import { Db, type SnapshotReader } from '@pde/api/core';
import { pickDependencias } from '@pde/api/interconnection';
import { KeysetPages, MISSING_RANK, TextTermsService, type TermDomain } from '@pde/api/search-index';
import { escapeLike, fold, idSpellings, LIKE_ESCAPE, type ReaderRole } from '@pde/shared/contracts';
import { masksIntersecting, procedureMask, serializeForRole } from './s2-document';
import type { S2SortField, SpicQuery } from './spic-request';

interface Where {
  sql: string[];
  params: unknown[];
}

const NOTHING = Symbol('nothing');

const SORT_COLUMNS: Record<S2SortField, string> = {
  nombres: 'rNombres',
  primerApellido: 'rPrimer',
  segundoApellido: 'rSegundo',
  institucionDependencia: 'rInst',
  puesto: 'rPuesto',
};

/** Default order (SPEC §2.4): primerApellido, segundoApellido, nombres, then id. */
const DEFAULT_ORDER = ['rPrimer', 'rSegundo', 'rNombres', 'id'];

export interface S2SearchResult {
  totalRows: number;
  results: string[];
}

/** `POST /v1/spic` and `GET /v1/spic/dependencias` over the published read model (SPEC §2, §5). */
@Injectable()
export class S2SearchService {
  private readonly pages = new KeysetPages();
  private dependenciasCache: { version: number; json: string } | undefined;

  constructor(private readonly db: Db, private readonly terms: TextTermsService) {}

  search(query: SpicQuery, role: ReaderRole): Promise<S2SearchResult> {
    // Count and page from one snapshot (SPEC G4).
    return this.db.snapshot(async (reader) => {
      const stats = await this.stats(reader);
      const where = await this.where(reader, query, role);
      if (where === NOTHING) return { totalRows: 0, results: [] };
      const totalRows = where.sql.length === 0 ? stats.count : await this.count(reader, where);
      const offset = (query.page - 1) * query.pageSize;
      if (offset >= totalRows) return { totalRows, results: [] };
      const seqs = await this.pageSeqs(reader, where, query, offset, stats.version);
      if (seqs.length === 0) return { totalRows, results: [] };
      const docs = await reader.all<{ seq: number; doc: string }>(`SELECT seq, doc FROM s2_published WHERE seq IN (${seqs.map(() => '?').join(',')})`, seqs);
      const bySeq = new Map(docs.map((d) => [Number(d.seq), d.doc]));
      return { totalRows, results: seqs.map((s) => serializeForRole(bySeq.get(s) as string, role)) };
    });
  }

  /** Distinct institutions of published records (SPEC §2.7), cached per data version. */
  async dependencias(): Promise<string> {
    return this.db.snapshot(async (reader) => {
      const { version } = await this.stats(reader);
      if (this.dependenciasCache?.version === version) return this.dependenciasCache.json;
      const rows = await reader.all<{ n: string; s: string; c: string; k: number | string }>(
        'SELECT instNombre AS n, instSiglas AS s, instClave AS c, COUNT(*) AS k FROM s2_published GROUP BY instNombre, instSiglas, instClave',
      );
      const json = JSON.stringify(pickDependencias(rows.map((r) => ({ nombre: r.n, siglas: r.s, clave: r.c, count: Number(r.k) }))));
      this.dependenciasCache = { version, json };
      return json;
    });
  }

  private async stats(reader: SnapshotReader): Promise<{ count: number; version: number }> {
    const [row] = await reader.all<{ c: number | string; v: number | string }>("SELECT publishedCount AS c, dataVersion AS v FROM kind_stats WHERE kind = 's2'");
    return { count: Number(row?.c ?? 0), version: Number(row?.v ?? 0) };
  }

  private async count(reader: SnapshotReader, where: Where): Promise<number> {
    const [row] = await reader.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM s2_published WHERE ${where.sql.join(' AND ')}`, where.params);
    return Number(row?.n ?? 0);
  }

  private async where(reader: SnapshotReader, query: SpicQuery, role: ReaderRole): Promise<Where | typeof NOTHING> {
    const f = query.filters;
    const where: Where = { sql: [], params: [] };
    if (f.id) {
      // `id` wins over every other filter (SPEC §2.3); UUIDs compare without regard to case.
      const variants = idSpellings(f.id);
      where.sql.push(`id IN (${variants.map(() => '?').join(',')})`);
      where.params.push(...variants);
      return where;
    }
    const textFilters: [string | undefined, string, TermDomain][] = [
      [f.nombres, 'rNombres', 'name'],
      [f.primerApellido, 'rPrimer', 'name'],
      [f.segundoApellido, 'rSegundo', 'name'],
      [f.institucionDependencia, 'rInst', 'institution'],
    ];
    for (const [value, column, domain] of textFilters) {
      if (value === undefined) continue;
      const condition = await this.terms.rankCondition(reader, domain, column, value);
      if (!condition) return NOTHING;
      where.sql.push(condition.sql);
      where.params.push(...condition.params);
    }
    for (const [value, column] of [[f.curp, 'curpFolded'], [f.rfc, 'rfcFolded']] as const) {
      if (value === undefined) continue;
      // Hidden to `publico`: a hidden value never matches (SPEC §1.3.2).
      if (role !== 'confidencial') return NOTHING;
      const needle = fold(value);
      if (!needle) continue;
      where.sql.push(`${column} LIKE ? ${LIKE_ESCAPE}`);
      where.params.push(`%${escapeLike(needle)}%`);
    }
    if (f.tipoProcedimiento) {
      const mask = procedureMask(f.tipoProcedimiento);
      if (mask === 0) return NOTHING;
      if (mask !== 31) {
        const masks = masksIntersecting(mask);
        where.sql.push(`procMask IN (${masks.map(() => '?').join(',')})`);
        where.params.push(...masks);
      }
    }
    return where;
  }

  private async pageSeqs(reader: SnapshotReader, where: Where, query: SpicQuery, offset: number, version: number): Promise<number[]> {
    const isDefaultOrder = query.sort.length === 0;
    const signature = `${version}|${where.sql.join(' AND ')}|${JSON.stringify(where.params)}`;
    const { after, skip } = isDefaultOrder ? this.pages.resume(signature, offset, DEFAULT_ORDER) : { after: undefined, skip: offset };
    const conditions = after ? [...where.sql, after.sql] : where.sql;
    const params = after ? [...where.params, ...after.params] : where.params;
    const rows = await reader.all<Record<string, number | string>>(
      `SELECT seq, ${DEFAULT_ORDER.join(', ')} FROM s2_published${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''} ORDER BY ${orderBy(query.sort)} LIMIT ? OFFSET ?`,
      [...params, query.pageSize, skip],
    );
    if (isDefaultOrder) this.pages.ended(signature, offset, DEFAULT_ORDER, rows);
    return rows.map((r) => Number(r['seq']));
  }
}

/** ORDER BY of SPEC §2.4/§5.3: ranks follow Spanish collation, missing values last both ways, `id` last. */
export function orderBy(sort: SpicQuery['sort']): string {
  if (sort.length === 0) return DEFAULT_ORDER.map((c) => `${c} ASC`).join(', ');
  const parts = sort.map(({ field, direction }) => {
    const column = SORT_COLUMNS[field];
    return direction === 'asc' ? `${column} ASC` : `CASE WHEN ${column} = ${MISSING_RANK} THEN 1 ELSE 0 END ASC, ${column} DESC`;
  });
  return [...parts, 'id ASC'].join(', ');
}

// The rule is shared by every v1 `dependencias` (SPEC §2.7, §4.6); re-exported for S2 readers.
export { pickDependencias };
