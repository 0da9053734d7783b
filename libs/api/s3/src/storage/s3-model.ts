import { S3_COLLECTIONS, S3_SCHEMAS, type ObjectNode, type S3Collection, type SchemaNode, type Visibility } from '@pde/shared/contracts';

/**
 * Storage model of the S3 v2 collections, derived from the contracts schemas (the single source of
 * truth): every field of the v2 API tree, and where the read model stores it. One-to-one
 * sub-objects (m2o) are flattened into their parent's table; one-to-many lists (o2m) get a child
 * table. The v2 query language (filters, sort, search, field selection) is compiled against it.
 */
export type ScalarType = 'string' | 'integer' | 'money' | 'date' | 'timestamp';

export interface TableModel {
  name: string;
  /** Root table: null; child tables: the table of the owning object. */
  parent: TableModel | null;
  /** Root: `seq`; children: `elementKey` (the surrogate key emitted for the element). */
  keyColumn: string;
  /** Children: column with the parent's key (`rootSeq` for first-level lists, `parentKey` deeper). */
  parentColumn: string | null;
  columns: ColumnModel[];
}

export interface ColumnModel {
  name: string;
  type: 'varchar' | 'text' | 'integer' | 'bigint';
  length?: number;
  indexed?: boolean;
  /** Child tables: indexed together with `rootSeq`, so an `_in` on it never reads the elements. */
  indexedWithRoot?: boolean;
}

interface NodeBase {
  name: string;
  /** Dotted path from the record root (`tipoSancion.inhabilitacion.plazoAnios`). */
  path: string;
  /** Effective visibility: confidential when the field or any ancestor is (SPEC §1.3.3). */
  visibility: Visibility;
  table: TableModel;
}

export interface ScalarField extends NodeBase {
  kind: 'scalar';
  type: ScalarType;
  column: string;
  /** Strings: folded copy (SPEC §5.1). */
  foldColumn?: string;
  /**
   * Strings of the root and its one-to-one sub-objects: Spanish sort key (§5.3), kept in the
   * collection's sort table so that the filtered table stays narrow. Lists cannot be sorted by.
   */
  sortColumn?: string;
  /** Accepted spellings rewritten to the canonical clave before comparing (SPEC §3.10). */
  aliases?: Readonly<Record<string, string>>;
  /** Root fields and fields of one-to-one sub-objects are searched by `search` (§3.6). */
  searchable: boolean;
  /** Stored in the collection's detail table (same `seq` as the root row), not in the root. */
  detail?: boolean;
}

export interface ObjectField extends NodeBase {
  kind: 'm2o';
  /** Integer surrogate key column (NULL when the sub-object does not exist). */
  keyColumn: string;
  fields: Record<string, FieldNode>;
}

export interface ListField extends NodeBase {
  kind: 'o2m';
  /** The child table of the list's elements. */
  child: TableModel;
  fields: Record<string, FieldNode>;
}

export type FieldNode = ScalarField | ObjectField | ListField;

export interface CollectionModel {
  collection: S3Collection;
  /** One row per record with the fields people filter by: narrow, so filtered scans are fast. */
  root: TableModel;
  /** One row per record (same `seq`): the other root and one-to-one fields. */
  detail: TableModel;
  /** Root table first, then the list tables. */
  tables: TableModel[];
  /** One row per record: the stored v2 document (read only for the page being returned). */
  docTable: string;
  /** One row per record: the sort keys of its text fields (joined only when sorting by text). */
  sortTable: string;
  sortColumns: ColumnModel[];
  /** Root fields in v2 output order (system fields first). */
  fields: Record<string, FieldNode>;
}

const TABLE_PREFIX: Record<S3Collection, string> = {
  faltas_administrativas_graves: 's3_graves',
  faltas_administrativas_no_graves: 's3_no_graves',
  faltas_graves_personas_fisicas: 's3_fisicas',
  faltas_graves_personas_morales: 's3_morales',
};

/** Short names keep child tables and columns under MySQL's 64-character identifier limit. */
const LIST_TABLE_SUFFIX: Record<string, string> = {
  faltaCometida: 'faltas',
  normatividadInfringida: 'normas',
  tipoSancion: 'sanciones',
};

const column = (path: string[]) => path.join('__');

/**
 * Root and one-to-one fields that stay in the narrow root table: the ones the PDN portal (SPEC
 * §7.6 C26) and our portal filter by, plus the short identifiers. Every other root field lives in
 * the detail table, where filters on it still work (through an `EXISTS` on the same `seq`).
 */
const FILTERED_OFTEN = new Set([
  'fecha',
  'expediente',
  ...['nombres', 'primerApellido', 'segundoApellido', 'curp', 'rfc', 'nombreRazonSocial'].map((f) => `datosGenerales.${f}`),
  ...['empleoCargoComision', 'dondeCometioLaFalta'].flatMap((block) =>
    ['entidadFederativa', 'nivelOrdenGobierno', 'ambitoPublico', 'nombreEntePublico', 'siglasEntePublico'].map((f) => `${block}.${f}`),
  ),
]);

interface BuildContext {
  collection: S3Collection;
  root: TableModel;
  detail: TableModel;
  tables: TableModel[];
  sortColumns: ColumnModel[];
}

function buildFields(
  ctx: BuildContext,
  node: ObjectNode,
  table: TableModel,
  columnPath: string[],
  apiPath: string,
  inherited: Visibility,
  searchable: boolean,
): Record<string, FieldNode> {
  const out: Record<string, FieldNode> = {};
  for (const [name, child] of Object.entries(node.fields)) {
    const visibility: Visibility = inherited === 'confidencial' || child.visibility === 'confidencial' ? 'confidencial' : 'publico';
    const path = apiPath ? `${apiPath}.${name}` : name;
    out[name] = buildField(ctx, name, child, table, [...columnPath, name], path, visibility, searchable);
  }
  return out;
}

function buildField(
  ctx: BuildContext,
  name: string,
  node: SchemaNode,
  table: TableModel,
  columnPath: string[],
  path: string,
  visibility: Visibility,
  searchable: boolean,
): FieldNode {
  switch (node.kind) {
    case 'object': {
      const keyColumn = `${column(columnPath)}__key`;
      table.columns.push({ name: keyColumn, type: 'bigint' });
      return { kind: 'm2o', name, path, visibility, table, keyColumn, fields: buildFields(ctx, node, table, columnPath, path, visibility, searchable) };
    }
    case 'array': {
      if (node.of.kind !== 'object') throw new Error(`Lista sin objetos en ${path}: el modelo S3 solo tiene listas de objetos`);
      const child: TableModel = {
        name: `${table.parent === null ? TABLE_PREFIX[ctx.collection] : table.name}_${LIST_TABLE_SUFFIX[name] ?? name}`,
        parent: table,
        keyColumn: 'elementKey',
        parentColumn: table.parent === null ? 'rootSeq' : 'parentKey',
        columns: [
          { name: 'elementKey', type: 'bigint' },
          // Every child row knows its record (deletion, and the EXISTS of first-level lists);
          // nested lists also know their parent element.
          { name: 'rootSeq', type: 'integer', indexed: true },
          ...(table.parent === null ? [] : [{ name: 'parentKey', type: 'bigint' as const, indexed: true }]),
          { name: 'position', type: 'integer' },
        ],
      };
      ctx.tables.push(child);
      // Lists are not searched (§3.6): only root fields and one-to-one sub-objects are.
      return { kind: 'o2m', name, path, visibility, table, child, fields: buildFields(ctx, node.of, child, [], path, visibility, false) };
    }
    case 'string': {
      const col = column(columnPath);
      const long = node.multiline || (node.maxLength ?? 255) > 255;
      const home = homeOf(ctx, table, path);
      // Catalog keys of list elements are what `_in` filters ask for (falta, sanción).
      const indexedWithRoot = table.parent !== null && name === 'clave';
      home.table.columns.push({ name: col, type: long ? 'text' : 'varchar', length: long ? undefined : (node.maxLength ?? 255), indexedWithRoot });
      home.table.columns.push({ name: `${col}__f`, type: 'text' });
      const sortable = table.parent === null;
      if (sortable) ctx.sortColumns.push({ name: `${col}__k`, type: 'text' });
      return { kind: 'scalar', name, path, visibility, ...home, type: 'string', column: col, foldColumn: `${col}__f`, sortColumn: sortable ? `${col}__k` : undefined, aliases: node.aliases, searchable };
    }
    case 'integer':
    case 'decimal':
    case 'date': {
      const home = homeOf(ctx, table, path);
      home.table.columns.push(node.kind === 'date' ? { name: column(columnPath), type: 'varchar', length: 10 } : { name: column(columnPath), type: 'bigint' });
      // v2 emits amounts as integers (rounded half up, SPEC §3.10); filters compare what is emitted.
      const type = node.kind === 'decimal' ? 'money' : node.kind;
      return { kind: 'scalar', name, path, visibility, ...home, type, column: column(columnPath), searchable: false };
    }
    case 'boolean':
    case 'catalogEntry':
      throw new Error(`Tipo de campo no previsto en S3: ${node.kind} (${path})`);
  }
}

/** Where a scalar is stored: list elements in their table; root-level fields in the root or the detail table. */
function homeOf(ctx: BuildContext, table: TableModel, path: string): { table: TableModel; detail?: true } {
  return table === ctx.root && !FILTERED_OFTEN.has(path) ? { table: ctx.detail, detail: true } : { table };
}

function buildCollection(collection: S3Collection): CollectionModel {
  const root: TableModel = {
    name: TABLE_PREFIX[collection],
    parent: null,
    keyColumn: 'seq',
    parentColumn: null,
    columns: [
      { name: 'id', type: 'varchar', length: 64 },
      { name: 'date_created', type: 'varchar', length: 24 },
      { name: 'date_updated', type: 'varchar', length: 24 },
    ],
  };
  const detail: TableModel = { name: `${root.name}_detail`, parent: null, keyColumn: 'seq', parentColumn: null, columns: [] };
  const tables: TableModel[] = [root];
  const ctx: BuildContext = { collection, root, detail, tables, sortColumns: [] };
  const system: Record<string, FieldNode> = {
    id: { kind: 'scalar', name: 'id', path: 'id', visibility: 'publico', table: root, type: 'string', column: 'id', searchable: false },
    date_created: { kind: 'scalar', name: 'date_created', path: 'date_created', visibility: 'publico', table: root, type: 'timestamp', column: 'date_created', searchable: false },
    date_updated: { kind: 'scalar', name: 'date_updated', path: 'date_updated', visibility: 'publico', table: root, type: 'timestamp', column: 'date_updated', searchable: false },
  };
  const fields = { ...system, ...buildFields(ctx, S3_SCHEMAS[collection], root, [], '', 'publico', true) };
  for (const c of [...tables.flatMap((t) => t.columns), ...detail.columns, ...ctx.sortColumns]) {
    if (c.name.length > 64) throw new Error(`Nombre de columna demasiado largo para MySQL: ${c.name}`);
  }
  return { collection, root, detail, tables, docTable: `${root.name}_docs`, sortTable: `${root.name}_sort`, sortColumns: ctx.sortColumns, fields };
}

export const S3_MODELS: Readonly<Record<S3Collection, CollectionModel>> = Object.fromEntries(
  S3_COLLECTIONS.map((c) => [c, buildCollection(c)]),
) as Record<S3Collection, CollectionModel>;

/**
 * The field `name` of one level, or undefined. Names come from requests (`fields`, `filter`,
 * `sort`): only own keys count, so that `constructor` or `__proto__` name no field.
 */
export function fieldOf(fields: Record<string, FieldNode>, name: string): FieldNode | undefined {
  return Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
}

/** Every scalar of a field tree (for search and the projector). */
export function scalarsOf(fields: Record<string, FieldNode>, withinLists = true): ScalarField[] {
  const out: ScalarField[] = [];
  for (const field of Object.values(fields)) {
    if (field.kind === 'scalar') out.push(field);
    else if (field.kind === 'm2o') out.push(...scalarsOf(field.fields, withinLists));
    else if (withinLists) out.push(...scalarsOf(field.fields, withinLists));
  }
  return out;
}
