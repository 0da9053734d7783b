import { EntitySchema, type EntitySchemaColumnOptions, type EntitySchemaIndexOptions } from 'typeorm';
import { S3_MODELS, type CollectionModel, type TableModel } from './s3-model';

/**
 * TypeORM entity schemas of the S3 read model, generated from the storage model so that the
 * tables, the migrations (checked for drift in CI) and the query compiler never disagree.
 *
 * Per collection: the narrow filter table (root), the detail table (other root-level fields), one
 * table per list, the documents table and the sort-keys table. Keeping everything but the often
 * filtered fields apart keeps filtered scans and counts small.
 */

/** Ascending `fechaOrder` is descending `fecha`: the default order `-fecha,id` walks one index. */
export function fechaOrder(fecha: string | null | undefined): number | null {
  return fecha && /^\d{4}-\d{2}-\d{2}$/.test(fecha) ? 100_000_000 - Number(fecha.replace(/-/g, '')) : null;
}

function entityFor(table: TableModel): EntitySchema {
  const columns: Record<string, EntitySchemaColumnOptions> = {
    seq: { type: 'integer', primary: true, generated: 'increment' },
  };
  const indices: EntitySchemaIndexOptions[] = [];
  if (table.parent === null) {
    columns['recordPk'] = { type: 'integer', unique: true };
    columns['enteId'] = { type: 'integer' };
    columns['fechaOrder'] = { type: 'integer', nullable: true };
    indices.push({ name: `idx_${table.name}_orden`, columns: ['fechaOrder', 'id'] });
  }
  for (const c of table.columns) {
    const system = table.parent === null && c.name === 'id';
    columns[c.name] = {
      type: c.type,
      ...(c.length ? { length: c.length } : {}),
      nullable: !system && !['elementKey', 'rootSeq', 'parentKey', 'position'].includes(c.name),
      ...(system ? { unique: true } : {}),
    };
    if (c.indexed) indices.push({ name: `idx_${table.name}_${c.name}`, columns: [c.name] });
    if (c.indexedWithRoot) indices.push({ name: `idx_${table.name}_${c.name}_root`, columns: [c.name, 'rootSeq'] });
  }
  return new EntitySchema({ name: table.name, tableName: table.name, columns, indices });
}

function detailEntity(model: CollectionModel): EntitySchema {
  const columns: Record<string, EntitySchemaColumnOptions> = { seq: { type: 'integer', primary: true } };
  for (const c of model.detail.columns) columns[c.name] = { type: c.type, ...(c.length ? { length: c.length } : {}), nullable: true };
  return new EntitySchema({ name: model.detail.name, tableName: model.detail.name, columns });
}

function docsEntity(model: CollectionModel): EntitySchema {
  return new EntitySchema({
    name: model.docTable,
    tableName: model.docTable,
    columns: { seq: { type: 'integer', primary: true }, doc: { type: 'text' } },
  });
}

function sortEntity(model: CollectionModel): EntitySchema {
  const columns: Record<string, EntitySchemaColumnOptions> = { seq: { type: 'integer', primary: true } };
  for (const c of model.sortColumns) columns[c.name] = { type: 'text', nullable: true };
  return new EntitySchema({ name: model.sortTable, tableName: model.sortTable, columns });
}

export const S3_ENTITY_SCHEMAS: EntitySchema[] = Object.values(S3_MODELS).flatMap((model) => [
  ...model.tables.map(entityFor),
  detailEntity(model),
  docsEntity(model),
  sortEntity(model),
]);
