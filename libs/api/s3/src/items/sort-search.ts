import { fold, isUuid } from '@pde/shared/contracts';
import { fieldOf, scalarsOf, type CollectionModel, type FieldNode } from '../storage/s3-model';
import { forbidden, invalidQuery } from './directus-errors';
import { onDetailRow, q, type Sql } from './filter-compiler';

export interface CompiledSort {
  orderBy: string;
  /** Tables the ORDER BY reads besides the root (text keys: the sort table; other detail fields: the detail table). */
  joins: string;
}

/**
 * `sort` (SPEC §5.3): root scalars and scalars of one-to-one sub-objects; text in Spanish order
 * through the stored sort key; missing values last in both directions; `id` always last (keys after
 * it are still checked but change nothing: ids are unique). The default `-fecha` walks the
 * `(fechaOrder, id)` index (`fecha` is required, never missing).
 */
export function compileSort(tokens: string[], model: CollectionModel, canRead: (f: FieldNode) => boolean, alias = 'r'): CompiledSort {
  const parts: string[] = [];
  let joinsSortTable = false;
  let joinsDetail = false;
  const list = tokens.filter((t) => t !== '?');
  // A path sorted again later changes nothing (the first key already orders by it): repeats are
  // dropped, which also keeps ORDER BY within the engines' limits (SQLite: 2000 terms).
  const seen = new Set<string>();
  for (const token of list.length ? list : ['-fecha']) {
    const descending = token.startsWith('-');
    const name = descending ? token.slice(1) : token;
    if (seen.has(name)) continue;
    seen.add(name);
    const path = name.split('.');
    let fields = model.fields;
    let field: FieldNode | undefined;
    for (const [i, segment] of path.entries()) {
      field = fieldOf(fields, segment);
      if (!field || !canRead(field)) throw forbidden();
      if (field.kind === 'o2m') throw invalidQuery(`no se puede ordenar por ${path.join('.')}: pasa por una lista`);
      if (field.kind === 'm2o') {
        if (i === path.length - 1) throw invalidQuery(`no se puede ordenar por el objeto ${path.join('.')}`);
        fields = field.fields;
      } else if (i !== path.length - 1) throw forbidden();
    }
    const scalar = field as Extract<FieldNode, { kind: 'scalar' }>;
    if (scalar.path === 'fecha') {
      parts.push(`${alias}.${q('fechaOrder')} ${descending ? 'ASC' : 'DESC'}`);
      continue;
    }
    if (scalar.path === 'id') {
      // Directus orders its uuid keys by value, not as Spanish text; ids are never missing and
      // unique, so this walks the id index (the order a harvest with `sort=id` pages through).
      parts.push(`${alias}.${q('id')} ${descending ? 'DESC' : 'ASC'}`);
      continue;
    }
    if (seen.has('id')) continue;
    if (scalar.sortColumn) joinsSortTable = true;
    else if (scalar.detail) joinsDetail = true;
    const column = scalar.sortColumn ? `s.${q(scalar.sortColumn)}` : `${scalar.detail ? 'x' : alias}.${q(scalar.column)}`;
    parts.push(`CASE WHEN ${column} IS NULL THEN 1 ELSE 0 END ASC`, `${column} ${descending ? 'DESC' : 'ASC'}`);
  }
  if (!seen.has('id')) parts.push(`${alias}.${q('id')} ASC`);
  const joins = [
    joinsSortTable ? ` JOIN ${model.sortTable} s ON s.seq = ${alias}.seq` : '',
    joinsDetail ? ` JOIN ${model.detail.name} x ON x.seq = ${alias}.seq` : '',
  ].join('');
  return { orderBy: parts.join(', '), joins };
}

/** `search` (SPEC §3.6): any visible text field of the root or its one-to-one sub-objects contains the folded term. */
export function compileSearch(term: string | undefined, model: CollectionModel, canRead: (f: FieldNode) => boolean, alias = 'r'): Sql | undefined {
  if (!term) return undefined;
  const needle = fold(term);
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (needle) {
    const detail: Sql[] = [];
    for (const field of scalarsOf(visibleTree(model.fields, canRead), false)) {
      if (!field.searchable || !field.foldColumn) continue;
      if (field.detail) detail.push({ sql: `INSTR(d.${q(field.foldColumn)}, ?) > 0`, params: [needle] });
      else {
        clauses.push(`INSTR(${alias}.${q(field.foldColumn)}, ?) > 0`);
        params.push(needle);
      }
    }
    // One look at the detail row for all of its fields.
    if (detail.length) {
      const any = onDetailRow(model.detail.name, 'd', alias, { sql: `(${detail.map((d) => d.sql).join(' OR ')})`, params: detail.flatMap((d) => d.params) });
      clauses.push(any.sql);
      params.push(...any.params);
    }
  }
  if (isUuid(term.trim())) {
    clauses.push(`${alias}.${q('id')} = ?`);
    params.push(term.trim().toLowerCase());
  }
  return clauses.length ? { sql: `(${clauses.join(' OR ')})`, params } : { sql: '1=0', params: [] };
}

/** The field tree without the fields the role cannot read (a hidden field is never searched). */
function visibleTree(fields: Record<string, FieldNode>, canRead: (f: FieldNode) => boolean): Record<string, FieldNode> {
  const out: Record<string, FieldNode> = {};
  for (const [name, field] of Object.entries(fields)) {
    if (!canRead(field)) continue;
    out[name] = field.kind === 'scalar' ? field : { ...field, fields: visibleTree(field.fields, canRead) };
  }
  return out;
}
