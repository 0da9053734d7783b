import { Injectable } from '@nestjs/common';
import { Clock, Db, type SnapshotReader } from '@pde/api/core';
import { isS3Collection, type ReaderRole } from '@pde/shared/contracts';
import { S3_MODELS, type CollectionModel, type FieldNode } from '../storage/s3-model';
import { forbidden } from './directus-errors';
import { checkExplicit, parseFields, renderRecord } from './field-selection';
import { FilterCompiler, q, type Sql } from './filter-compiler';
import { listParam, parseItemsParams } from './items-params';
import { compileSearch, compileSort } from './sort-search';

export interface ItemsResult {
  json: string;
  filterCount?: number;
}

/** `GET /items/{collection}` and `/items/{collection}/{id}` (SPEC §3), over the published read model. */
@Injectable()
export class ItemsService {
  constructor(private readonly db: Db, private readonly clock: Clock) {}

  model(collection: string): CollectionModel {
    // Directus does not reveal which collections exist: unknown names are 403 like hidden ones.
    if (!isS3Collection(collection)) throw forbidden();
    return S3_MODELS[collection];
  }

  async list(collection: string, rawQuery: string, role: ReaderRole): Promise<ItemsResult> {
    const model = this.model(collection);
    const params = parseItemsParams(rawQuery);
    const canRead = reader(role);
    const selection = parseFields(params.fields);
    checkExplicit(selection, model.fields, canRead);
    const conditions: Sql[] = [];
    if (params.filter !== undefined) {
      conditions.push(new FilterCompiler({ dialect: this.db.dialect, now: this.clock.now(), canRead }).compile(params.filter, model.fields, 'r'));
    }
    const search = compileSearch(params.search, model, canRead);
    if (search) conditions.push(search);
    const sort = compileSort(params.sort, model, canRead);
    const where = conditions.length ? ` WHERE ${conditions.map((c) => c.sql).join(' AND ')}` : '';
    const whereParams = conditions.flatMap((c) => c.params);
    const table = model.root.name;
    const from = `${table} r${sort.joins}`;
    // With a filter, one pass both counts and pages (COUNT(*) OVER ()): the count is exact and
    // comes from the same read as the page (SPEC G4), without scanning the matches twice.
    const countInPage = params.meta.filter && conditions.length > 0 && params.limit > 0;
    return this.db.snapshot(async (snapshot) => {
      const meta: Record<string, number> = {};
      let total: number | undefined;
      if (params.meta.total || (params.meta.filter && !conditions.length)) total = await publishedCount(snapshot, collection);
      if (params.meta.total) meta['total_count'] = total as number;
      const rows =
        params.limit === 0
          ? []
          : await snapshot.all<{ seq: number; n?: number }>(
              `SELECT r.seq${countInPage ? ', COUNT(*) OVER () AS n' : ''} FROM ${from}${where} ORDER BY ${sort.orderBy} LIMIT ? OFFSET ?`,
              [...whereParams, params.limit, params.offset],
            );
      let filterCount: number | undefined;
      if (params.meta.filter) {
        if (!conditions.length) filterCount = total as number;
        else if (countInPage && rows.length) filterCount = Number(rows[0].n);
        else if (countInPage && params.offset === 0) filterCount = 0;
        else filterCount = Number((await snapshot.all<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} r${where}`, whereParams))[0]?.n ?? 0);
        meta['filter_count'] = filterCount;
      }
      const docs = await this.documents(snapshot, model, rows.map((r) => Number(r.seq)));
      const data = rows.map((row) => JSON.stringify(renderRecord(model, docs.get(Number(row.seq)) as Record<string, unknown>, Number(row.seq), selection, canRead)));
      const metaJson = Object.keys(meta).length ? `,"meta":${JSON.stringify(meta)}` : '';
      return { json: `{"data":[${data.join(',')}]${metaJson}}`, filterCount };
    });
  }

  async one(collection: string, id: string, rawQuery: string, role: ReaderRole): Promise<string> {
    const model = this.model(collection);
    const canRead = reader(role);
    const selection = parseFields(listParam(new URLSearchParams(rawQuery), 'fields'));
    checkExplicit(selection, model.fields, canRead);
    const found = await this.db.snapshot(async (s) => {
      const rows = await s.all<{ seq: number }>(`SELECT seq FROM ${model.root.name} WHERE ${q('id')} IN (?, ?)`, [id, id.toLowerCase()]);
      return rows.length ? { seq: Number(rows[0].seq), doc: (await this.documents(s, model, [Number(rows[0].seq)])).get(Number(rows[0].seq)) } : undefined;
    });
    if (!found?.doc) throw forbidden();
    return `{"data":${JSON.stringify(renderRecord(model, found.doc, found.seq, selection, canRead))}}`;
  }

  /** Stored documents of the page, by sequence number. */
  private async documents(snapshot: SnapshotReader, model: CollectionModel, seqs: number[]): Promise<Map<number, Record<string, unknown>>> {
    if (!seqs.length) return new Map();
    const rows = await snapshot.all<{ seq: number; doc: string }>(`SELECT seq, doc FROM ${model.docTable} WHERE seq IN (${seqs.map(() => '?').join(',')})`, seqs);
    return new Map(rows.map((r) => [Number(r.seq), JSON.parse(r.doc) as Record<string, unknown>]));
  }
}

export function reader(role: ReaderRole) {
  return (field: FieldNode) => role === 'confidencial' || field.visibility === 'publico';
}

async function publishedCount(snapshot: SnapshotReader, collection: string): Promise<number> {
  const [row] = await snapshot.all<{ c: number }>('SELECT publishedCount AS c FROM kind_stats WHERE kind = ?', [collection]);
  return Number(row?.c ?? 0);
}
