import { Injectable } from '@nestjs/common';
import type { PublishedProjector, RecordEntity } from '@pde/api/capture';
import { insertObjects } from '@pde/api/capture';
import { Db } from '@pde/api/core';
import { fold, spanishSortKey, type S3Collection } from '@pde/shared/contracts';
import type { EntityManager } from 'typeorm';
import { fechaOrder } from './s3-entities';
import { S3_MODELS, type FieldNode, type TableModel } from './s3-model';

type Row = Record<string, unknown>;

export interface S3PublishItem {
  record: Pick<RecordEntity, 'pk' | 'id' | 'enteId' | 'publishedAt' | 'firstPublishedAt'>;
  data: Record<string, unknown>;
}

/** Listeners that keep other read models in step (the v1 S3S/S3P projection). */
export interface S3ReadModelListener {
  published(em: EntityManager, collection: S3Collection, items: { seq: number; item: S3PublishItem; doc: Record<string, unknown> }[]): Promise<void>;
  unpublished(em: EntityManager, collection: S3Collection, recordPks: number[]): Promise<void>;
}

/** ISO 8601 with milliseconds (SPEC §3.10 `date_created`/`date_updated`). */
const timestamp = (d: Date) => d.toISOString();

/**
 * Keeps the flattened S3 v2 read model in step with published versions: per record one root row,
 * one detail row, its stored document and its sort keys; one row per list element in the child tables. Sequence numbers are
 * allocated under the collection's statistics lock so that batches can use multi-row inserts.
 */
@Injectable()
export class S3Projector {
  private listener: S3ReadModelListener | undefined;

  constructor(private readonly db: Db) {}

  setListener(listener: S3ReadModelListener) {
    this.listener = listener;
  }

  /** The projector of one collection, for the capture workflow. */
  forCollection(collection: S3Collection): PublishedProjector {
    return {
      publish: async (em, record, data) => {
        await this.remove(em, collection, [record.pk]);
        await this.write(em, collection, [{ record, data }]);
      },
      unpublish: (em, record) => this.remove(em, collection, [record.pk]),
    };
  }

  async write(em: EntityManager, collection: S3Collection, items: readonly S3PublishItem[]): Promise<void> {
    if (items.length === 0) return;
    const model = S3_MODELS[collection];
    // Serialises writers of this collection (the row is created with the first publication).
    await em.query(`SELECT kind FROM kind_stats WHERE kind = ?${this.db.dialect === 'mysql' ? ' FOR UPDATE' : ''}`, [collection]);
    const [{ maxSeq }] = await em.query(`SELECT COALESCE(MAX(seq), 0) AS maxSeq FROM ${model.root.name}`);
    const rows = new Map<TableModel, Row[]>(model.tables.map((t) => [t, []]));
    const docs: Row[] = [];
    const details: Row[] = [];
    const sortKeys: Row[] = [];
    const published: { seq: number; item: S3PublishItem; doc: Record<string, unknown> }[] = [];
    items.forEach((item, index) => {
      const seq = Number(maxSeq) + index + 1;
      const created = item.record.firstPublishedAt ?? item.record.publishedAt ?? new Date();
      const updated = item.record.publishedAt && item.record.publishedAt.getTime() > created.getTime() ? item.record.publishedAt : null;
      const doc = { id: item.record.id, date_created: timestamp(created), date_updated: updated ? timestamp(updated) : null, ...item.data };
      const root = emptyRow(model.root);
      Object.assign(root, { seq, recordPk: item.record.pk, enteId: item.record.enteId, fechaOrder: fechaOrder(item.data['fecha'] as string | undefined) });
      const detail = { ...emptyRow(model.detail), seq };
      const sort: Row = { seq };
      for (const c of model.sortColumns) sort[c.name] = null;
      flatten(model.fields, doc, { row: root, detail, sort }, seq, seq, rows);
      (rows.get(model.root) as Row[]).push(root);
      details.push(detail);
      docs.push({ seq, doc: JSON.stringify(doc) });
      sortKeys.push(sort);
      published.push({ seq, item, doc });
    });
    for (const table of model.tables) await insertObjects(em, table.name, rows.get(table) as Row[]);
    await insertObjects(em, model.detail.name, details);
    await insertObjects(em, model.docTable, docs);
    await insertObjects(em, model.sortTable, sortKeys);
    await this.listener?.published(em, collection, published);
  }

  async remove(em: EntityManager, collection: S3Collection, recordPks: number[]): Promise<void> {
    if (recordPks.length === 0) return;
    const model = S3_MODELS[collection];
    const marks = recordPks.map(() => '?').join(',');
    const seqs = (await em.query(`SELECT seq FROM ${model.root.name} WHERE recordPk IN (${marks})`, recordPks)) as { seq: number }[];
    if (seqs.length) {
      const seqMarks = seqs.map(() => '?').join(',');
      for (const table of model.tables.filter((t) => t.parent !== null)) {
        await em.query(`DELETE FROM ${table.name} WHERE rootSeq IN (${seqMarks})`, seqs.map((s) => s.seq));
      }
      for (const table of [model.detail.name, model.docTable, model.sortTable]) {
        await em.query(`DELETE FROM ${table} WHERE seq IN (${seqMarks})`, seqs.map((s) => s.seq));
      }
      await em.query(`DELETE FROM ${model.root.name} WHERE recordPk IN (${marks})`, recordPks);
    }
    await this.listener?.unpublished(em, collection, recordPks);
  }
}

function emptyRow(table: TableModel): Row {
  const row: Row = {};
  for (const c of table.columns) row[c.name] = null;
  return row;
}

/** Rows a level of the document is written to: a list element has only its own row. */
interface Target {
  row: Row;
  /** Root level: the detail row and the sort keys. */
  detail?: Row;
  sort?: Row;
}

/** Writes the scalars of `value` into the target rows and the elements of its lists into child rows. */
function flatten(fields: Record<string, FieldNode>, value: Record<string, unknown> | undefined, target: Target, key: number, rootSeq: number, rows: Map<TableModel, Row[]>) {
  if (!value) return;
  const { sort } = target;
  for (const [name, field] of Object.entries(fields)) {
    const v = value[name];
    if (v === undefined || v === null) continue;
    if (field.kind === 'scalar') {
      const row = field.detail ? (target.detail as Row) : target.row;
      if (field.type === 'string' && typeof v === 'string') {
        row[field.column] = v;
        if (field.foldColumn) row[field.foldColumn] = fold(v);
        if (field.sortColumn && sort) sort[field.sortColumn] = spanishSortKey(v);
      } else if (field.type === 'money') {
        row[field.column] = Math.round(Number(v)); // v2 emits integers (SPEC §3.10)
      } else {
        row[field.column] = v;
      }
    } else if (field.kind === 'm2o') {
      target.row[field.keyColumn] = key;
      flatten(field.fields, v as Record<string, unknown>, target, key, rootSeq, rows);
    } else {
      (v as Record<string, unknown>[]).forEach((element, i) => {
        const elementKey = key * 100 + i + 1;
        const child = emptyRow(field.child);
        Object.assign(child, { elementKey, rootSeq, position: i, ...(field.child.parentColumn === 'parentKey' ? { parentKey: key } : {}) });
        flatten(field.fields, element, { row: child }, elementKey, rootSeq, rows);
        (rows.get(field.child) as Row[]).push(child);
      });
    }
  }
}
