import { fieldOf, type FieldNode, type ScalarField } from '../storage/s3-model';
import { forbidden, invalidQuery } from './directus-errors';
import { booleanValue, foldedValue, listValue, storedValue } from './filter-values';

export interface Sql {
  sql: string;
  params: unknown[];
}

export interface CompileContext {
  dialect: 'sqlite' | 'mysql';
  now: Date;
  canRead: (field: FieldNode) => boolean;
}

const TRUE: Sql = { sql: '1=1', params: [] };
const FALSE: Sql = { sql: '1=0', params: [] };
const LOGICAL: ReadonlyMap<string, 'AND' | 'OR'> = new Map([
  ['_and', 'AND'],
  ['$and', 'AND'],
  ['_or', 'OR'],
  ['$or', 'OR'],
]);
const MAX_DEPTH = 12;

const join = (parts: Sql[], glue: 'AND' | 'OR'): Sql =>
  parts.length === 0 ? (glue === 'AND' ? TRUE : FALSE) : { sql: `(${parts.map((p) => p.sql).join(` ${glue} `)})`, params: parts.flatMap((p) => p.params) };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Compiles a v2 filter (SPEC §3.5) to SQL over the flattened read model: one-to-one paths are
 * columns of the root row (or of its detail row, through an `EXISTS` on the same `seq`), one-to-many
 * paths are `EXISTS` over the child table with "any element" semantics, and every condition
 * written under one list key applies to the same element.
 */
export class FilterCompiler {
  private aliasCounter = 0;

  constructor(private readonly ctx: CompileContext) {}

  compile(filter: unknown, fields: Record<string, FieldNode>, alias: string, depth = 0): Sql {
    if (depth > MAX_DEPTH) throw invalidQuery('el filtro tiene demasiados niveles');
    if (!isObject(filter)) throw invalidQuery('cada condición del filtro debe ser un objeto');
    const parts: Sql[] = [];
    for (const [key, value] of Object.entries(filter)) {
      const logical = LOGICAL.get(key);
      if (logical) {
        if (!Array.isArray(value)) throw invalidQuery(`el operador ${key} requiere una lista de condiciones`);
        parts.push(join(value.map((v) => this.compile(v, fields, alias, depth + 1)), logical));
        continue;
      }
      if (key.startsWith('_') || key.startsWith('$')) throw invalidQuery(`el operador «${key}» no es válido en este lugar`);
      if (/[()]/.test(key)) throw invalidQuery('las funciones en el filtro no están disponibles');
      const [head, ...rest] = key.split('.');
      const nested = rest.length ? rest.reduceRight<unknown>((acc, segment) => ({ [segment]: acc }), value) : value;
      const field = fieldOf(fields, head);
      if (!field || !this.ctx.canRead(field)) throw forbidden();
      parts.push(this.field(field, nested, alias, depth + 1));
    }
    return join(parts, 'AND');
  }

  private field(field: FieldNode, condition: unknown, alias: string, depth: number): Sql {
    if (!isObject(condition)) throw invalidQuery(`la condición de ${field.path} debe ser un objeto con operadores`);
    if (field.kind === 'scalar') {
      const on = (rowAlias: string) =>
        join(
          Object.entries(condition).map(([op, value]) => {
            if (!op.startsWith('_')) throw forbidden(); // a path through a value that is not a relation
            return this.operator(field, op, value, rowAlias);
          }),
          'AND',
        );
      if (!field.detail) return on(alias);
      const detail = `d${++this.aliasCounter}`;
      return onDetailRow(field.table.name, detail, alias, on(detail));
    }
    if (field.kind === 'm2o') {
      const parts: Sql[] = [];
      const nested: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(condition)) {
        if (key === '_null' || key === '_nnull') {
          const isNull = booleanValue(value, key) === (key === '_null');
          parts.push({ sql: `${alias}.${q(field.keyColumn)} IS ${isNull ? '' : 'NOT '}NULL`, params: [] });
        } else if (key.startsWith('_') && !LOGICAL.has(key)) {
          throw invalidQuery(`el operador «${key}» no aplica a ${field.path}`);
        } else nested[key] = value;
      }
      if (Object.keys(nested).length) parts.push(this.compile(nested, field.fields, alias, depth + 1));
      return join(parts, 'AND');
    }
    const parts: Sql[] = [];
    const implicit: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(condition)) {
      if (key === '_some' || key === '_none') {
        if (!isObject(value)) throw invalidQuery(`el operador ${key} requiere un objeto con condiciones`);
        parts.push(this.exists(field, value, alias, depth, key === '_none'));
      } else if (key === '_empty' || key === '_nempty') {
        const empty = booleanValue(value, key) === (key === '_empty');
        parts.push(this.exists(field, {}, alias, depth, empty));
      } else if (key.startsWith('_') && !LOGICAL.has(key)) throw invalidQuery(`el operador «${key}» no aplica a la lista ${field.path}`);
      else implicit[key] = value;
    }
    // Conditions written together under one list key must hold for the same element (Directus `_some`).
    if (Object.keys(implicit).length) parts.push(this.exists(field, implicit, alias, depth, false));
    return join(parts, 'AND');
  }

  private exists(field: Extract<FieldNode, { kind: 'o2m' }>, condition: unknown, alias: string, depth: number, negate: boolean): Sql {
    const child = field.child;
    const inner = `t${++this.aliasCounter}`;
    const parentKey = field.table.parent === null ? 'seq' : 'elementKey';
    const joinColumn = child.parentColumn as string;
    const where = isObject(condition) && Object.keys(condition).length ? this.compile(condition, field.fields, inner, depth + 1) : TRUE;
    return {
      sql: `${negate ? 'NOT ' : ''}EXISTS (SELECT 1 FROM ${child.name} ${inner} WHERE ${inner}.${joinColumn} = ${alias}.${parentKey} AND ${where.sql})`,
      params: where.params,
    };
  }

  private operator(field: ScalarField, op: string, value: unknown, alias: string): Sql {
    const col = `${alias}.${q(field.column)}`;
    // The system `id` (an ASCII UUID) has no folded copy: lower case is its folded form.
    const folded = field.foldColumn ? `${alias}.${q(field.foldColumn)}` : `LOWER(${col})`;
    const text = field.type === 'string' || field.type === 'date' || field.type === 'timestamp';
    // MySQL compares strings with the column collation (binary, but PAD SPACE): BINARY makes it exact.
    const p = (v: unknown): string => (text && this.ctx.dialect === 'mysql' && typeof v === 'string' ? 'BINARY ?' : '?');
    const stored = (v: unknown) => storedValue(field, v, this.ctx.now);
    const compare = (sqlOp: string, v: unknown): Sql => {
      const s = stored(v);
      return { sql: `${col} ${sqlOp} ${p(s)}`, params: [s] };
    };
    const notNull = `${col} IS NOT NULL`;
    switch (op) {
      case '_eq':
        return value === null ? { sql: `${col} IS NULL`, params: [] } : compare('=', value);
      case '_neq': {
        if (value === null) return { sql: notNull, params: [] };
        const c = compare('<>', value);
        return { sql: `(${notNull} AND ${c.sql})`, params: c.params };
      }
      case '_lt':
        return compare('<', value);
      case '_lte':
        return compare('<=', value);
      case '_gt':
        return compare('>', value);
      case '_gte':
        return compare('>=', value);
      case '_in':
      case '_nin': {
        const values = listValue(value, op).map(stored);
        if (values.length === 0) return op === '_in' ? FALSE : { sql: notNull, params: [] };
        const list = `(${values.map(p).join(', ')})`;
        return op === '_in' ? { sql: `${col} IN ${list}`, params: values } : { sql: `(${notNull} AND ${col} NOT IN ${list})`, params: values };
      }
      case '_null':
      case '_nnull':
        return { sql: `${col} IS ${booleanValue(value, op) === (op === '_null') ? '' : 'NOT '}NULL`, params: [] };
      case '_between':
      case '_nbetween': {
        const range = listValue(value, op);
        if (range.length !== 2) throw invalidQuery(`el operador ${op} requiere dos valores`);
        const [a, b] = range.map(stored);
        const between = `${col} BETWEEN ${p(a)} AND ${p(b)}`;
        return { sql: op === '_between' ? between : `(${notNull} AND NOT (${between}))`, params: [a, b] };
      }
      case '_empty':
      case '_nempty': {
        const empty = booleanValue(value, op) === (op === '_empty');
        const isEmpty = field.type === 'string' ? `(${col} IS NULL OR ${col} = '')` : `${col} IS NULL`;
        return { sql: empty ? isEmpty : `NOT ${isEmpty}`, params: [] };
      }
      case '_contains':
      case '_ncontains':
      case '_starts_with':
      case '_nstarts_with':
      case '_ends_with':
      case '_nends_with':
        return this.substring(col, op, this.exactText(field, value, op));
      case '_icontains':
      case '_nicontains':
      case '_istarts_with':
      case '_nistarts_with':
      case '_iends_with':
      case '_niends_with':
        return this.substring(folded, op.replace('_i', '_').replace('_ni', '_n'), foldedValue(field, value, op), true, col);
      default:
        throw invalidQuery(`el operador «${op}» no existe`);
    }
  }

  private exactText(field: ScalarField, value: unknown, op: string): string {
    if (field.type !== 'string') throw invalidQuery(`el operador ${op} solo aplica a campos de texto`);
    if (typeof value !== 'string' && typeof value !== 'number') throw invalidQuery(`el valor de ${op} debe ser texto`);
    return String(value);
  }

  /** Substring operators; `folded` ones follow SPEC §5.1 (an empty folded value never matches). */
  private substring(col: string, op: string, value: string, folded = false, rawColumn = col): Sql {
    const negated = op.startsWith('_n') && op !== '_null';
    const base = negated ? `_${op.slice(2)}` : op;
    if (value === '') {
      const matches = !folded; // '' is a substring of every value; a folded '' matches nothing (§5.1)
      return { sql: matches !== negated ? `${rawColumn} IS NOT NULL` : '1=0', params: [] };
    }
    let test: Sql;
    if (base === '_contains') test = { sql: `INSTR(${col}, ?) > 0`, params: [value] };
    else if (base === '_starts_with') test = { sql: `INSTR(${col}, ?) = 1`, params: [value] };
    else if (this.ctx.dialect === 'mysql') test = { sql: `RIGHT(${col}, CHAR_LENGTH(?)) = BINARY ?`, params: [value, value] };
    else test = { sql: `SUBSTR(${col}, -LENGTH(?)) = ?`, params: [value, value] };
    return negated ? { sql: `(${rawColumn} IS NOT NULL AND NOT (${test.sql}))`, params: test.params } : test;
  }
}

/** A condition on the record's detail row (one per record, same `seq` as the root row). */
export function onDetailRow(table: string, detailAlias: string, rootAlias: string, condition: Sql): Sql {
  return { sql: `EXISTS (SELECT 1 FROM ${table} ${detailAlias} WHERE ${detailAlias}.seq = ${rootAlias}.seq AND ${condition.sql})`, params: condition.params };
}

/** Identifier quoting valid on both engines (MySQL and SQLite accept backticks). */
export const q = (name: string) => `\`${name}\``;
