import {
  collapseWhitespace,
  compareSpanish,
  fold,
  S3_SCHEMAS,
  type ObjectNode,
  type ReaderRole,
  type S3Collection,
  type SchemaNode,
} from '@pde/shared/contracts';

/**
 * Reference evaluator of the S3 v2 query language (test support, not production code).
 *
 * It answers `GET /items/{collection}` in memory, over the stored v2 documents of one collection
 * (`{id, date_created, date_updated, ...captured data}`), straight from the SPEC text: §3.3
 * (parameters), §3.4 (fields), §3.5 (filter), §3.6 (search), §3.9 (meta), §5.3 (sort), §5.5
 * (pagination) and §1.3 (visibility). It knows nothing of the SQL engine under test: field types,
 * visibility and aliases come from the contracts schemas (`S3_SCHEMAS`), folding from `fold`,
 * Spanish order from `compareSpanish`. It is written for readability, not speed.
 *
 * Corner cases the SPEC leaves open, and the semantics fixed here (they match the implementation):
 *
 * Field types and values
 * - Types: `string`, `integer`, `money` (schema `decimal`), `date` (`YYYY-MM-DD`) and `timestamp`
 *   (`date_created`, `date_updated`). Money is compared as the integer the API emits (rounded half
 *   up, §3.10), so a filter sees exactly what a client reads.
 * - A filter value is converted to the field's type before comparing: text fields take strings and
 *   numbers (`5` → `"5"`), then catalog aliases are rewritten to their canonical clave (own keys of
 *   the schema's `aliases` only); numeric fields take numbers and numeric strings (`"5"` → 5);
 *   date fields take `YYYY-MM-DD…` strings (only the first 10 characters count: "same calendar
 *   date"); timestamp fields take any ISO 8601 string (a bare date is midnight UTC) and compare as
 *   instants. Any other value type (booleans, objects, arrays, `null` outside `_eq`/`_neq`) → 400.
 * - Every string value starting with `$` is a Directus variable: `$NOW` and `$NOW(±N unit)` are
 *   resolved for date and timestamp fields (to the date / instant of the request clock) and kept
 *   as literal text for text fields; any other variable → 400 on every field type.
 * - Order of `_lt`/`_lte`/`_gt`/`_gte`/`_between`: numeric for numbers, chronological for dates and
 *   timestamps (ISO strings compare lexically), Unicode code point order for text (§3.5: no
 *   collation, no folding).
 *
 * Null values and negations
 * - A missing key, `null`, and a field of a missing one-to-one sub-object are all "null".
 * - `_eq: null` ≡ `_null: true`; `_neq: null` ≡ `_nnull: true`.
 * - Every negated operator (`_neq`, `_nin`, `_ncontains`, `_nicontains`, `_nstarts_with`,
 *   `_nistarts_with`, `_nends_with`, `_niends_with`, `_nbetween`) matches only non-null values (SQL
 *   three-valued logic, as Directus): a null never satisfies a negation.
 * - `_in: []` matches nothing, `_nin: []` every non-null value; a CSV string is split on `,`
 *   (`""` is the empty list); a single number is a one-element list.
 * - `_between` needs exactly two values (else 400); `a > b` simply matches nothing.
 * - `_empty`: null or `""` for text, null for other scalars; on a list, no elements. `_nempty` is
 *   its exact complement (so it matches non-null values only). `false` inverts each of
 *   `_null`/`_nnull`/`_empty`/`_nempty` (booleans may be `true`/`false`, `"true"`/`"false"`,
 *   `1`/`0`, `"1"`/`"0"`; anything else → 400).
 *
 * Substring operators
 * - Case-sensitive ones (`_contains`, `_starts_with`, `_ends_with` and negations) compare raw text:
 *   the empty needle is contained in every non-null value (so its negation matches nothing).
 * - Folded ones (`_icontains`, `_istarts_with`, `_iends_with` and negations) compare `fold()` of
 *   both sides (§5.1); a needle that folds to `""` matches nothing (§5.1), so its negation matches
 *   every non-null value.
 * - Substring operators on non-text fields → 400 (there is no text to search in a number or date).
 *
 * Structure
 * - Several keys of one object are ANDed; `_and: []` is true and `_or: []` is false (the neutral
 *   elements); `$and`/`$or` are synonyms. A logical operator needs an array of objects (else 400).
 * - An empty condition object (`{"fecha": {}}`, `{"datosGenerales": {}}`, `{"tipoSancion": {}}`)
 *   constrains nothing.
 * - One-to-one (m2o): a condition on a missing sub-object is evaluated against an empty object, so
 *   it is false except for null-accepting tests (`_null`, `_empty`, `_eq: null`, nested
 *   `_none`/`_empty` of lists); on the relation itself only `_null`/`_nnull` exist (else 400).
 * - One-to-many (o2m): field conditions written together under one list key, logical operators
 *   included, must hold for the same element (implicit `_some`); `_some: {}` is "has an element",
 *   `_none: {}` "has none". `_some`/`_none` take an object (else 400). On the list itself only
 *   `_some`, `_none`, `_empty`, `_nempty` exist (else 400).
 * - Dotted keys (`"a.b.c": {...}`) are the nested form; each dotted key is its own condition (two
 *   dotted keys through the same list are two independent "any element" conditions).
 * - A key naming no field of that level (own keys only: `constructor`, `__proto__` name nothing),
 *   or a field hidden from the role, or a non-operator key under a scalar → 403. A key starting
 *   with `_`/`$` that is not an operator of that position, or containing `(`/`)` → 400. Nesting
 *   deeper than 12 levels → 400.
 *
 * Search (§3.6)
 * - Blank (empty after `String.trim` or after collapsing Unicode white space) → no search.
 * - Otherwise a record matches when the folded term is non-empty and contained in the folded value
 *   of a visible text field reachable from the root through one-to-one relations only (root text
 *   fields, `datosGenerales.*`, `empleoCargoComision.nivelJerarquico.*`, domicilios, …; never
 *   lists, never `id`, never dates), or when the trimmed term is a UUID equal to the record `id`
 *   (case-insensitively).
 *
 * Sort (§5.3)
 * - Tokens `?` are dropped; no token → `-fecha`. Text fields sort in Spanish order
 *   (`compareSpanish`), `id` and the other scalars by value; missing values last in both
 *   directions; `id` ascending always breaks ties. A path through a list or ending on a
 *   one-to-one object → 400; unknown or hidden segment → 403.
 *
 * Fields (§3.4)
 * - Tokens starting with `!` or containing `{`/`}` are ignored; nothing left → `*`. Explicit names
 *   are checked (existence and visibility, 403) only along explicit paths; names written below a
 *   `*` segment are never checked (a wildcard never errors) and only select what exists.
 *
 * Errors
 * - Validation happens in the implementation's stage order — fields, then filter, then sort —
 *   and the outcome lists every error code the first failing stage can produce: the API must
 *   answer with one of them (which one is a matter of traversal order, not of semantics).
 */

export type ErrorCode = 'INVALID_QUERY' | 'FORBIDDEN';

type ScalarType = 'string' | 'integer' | 'money' | 'date' | 'timestamp';

interface NodeBase {
  path: string;
  /** Effective visibility: hidden from `publico` when the field or an ancestor is confidential (§1.3.3). */
  confidential: boolean;
}

export interface RefScalar extends NodeBase {
  kind: 'scalar';
  type: ScalarType;
  aliases?: Readonly<Record<string, string>>;
  /** Reached from the root through one-to-one relations only (candidate for `search`). */
  searchable: boolean;
  /** Sorted in Spanish order (text fields except the system `id`). */
  collated: boolean;
}

export interface RefObject extends NodeBase {
  kind: 'object';
  fields: Record<string, RefNode>;
}

export interface RefList extends NodeBase {
  kind: 'list';
  fields: Record<string, RefNode>;
}

export type RefNode = RefScalar | RefObject | RefList;

/** Own keys only, so that `constructor` or `__proto__` never name a field. */
export function childOf(fields: Record<string, RefNode>, name: string): RefNode | undefined {
  return Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
}

function buildNode(node: SchemaNode, path: string, inherited: boolean, throughLists: boolean): RefNode {
  const confidential = inherited || node.visibility === 'confidencial';
  switch (node.kind) {
    case 'object':
      return { kind: 'object', path, confidential, fields: buildFields(node, path, confidential, throughLists) };
    case 'array':
      if (node.of.kind !== 'object') throw new Error(`Lista sin objetos en ${path}`);
      return { kind: 'list', path, confidential, fields: buildFields(node.of, path, confidential, true) };
    case 'string':
      return { kind: 'scalar', type: 'string', path, confidential, aliases: node.aliases, searchable: !throughLists, collated: true };
    case 'integer':
      return { kind: 'scalar', type: 'integer', path, confidential, searchable: false, collated: false };
    case 'decimal':
      return { kind: 'scalar', type: 'money', path, confidential, searchable: false, collated: false };
    case 'date':
      return { kind: 'scalar', type: 'date', path, confidential, searchable: false, collated: false };
    default:
      throw new Error(`Tipo no previsto en S3: ${node.kind} (${path})`);
  }
}

function buildFields(node: ObjectNode, prefix: string, inherited: boolean, throughLists: boolean): Record<string, RefNode> {
  const out: Record<string, RefNode> = {};
  for (const [name, child] of Object.entries(node.fields)) out[name] = buildNode(child, prefix ? `${prefix}.${name}` : name, inherited, throughLists);
  return out;
}

const system = (name: string, type: ScalarType): RefScalar => ({ kind: 'scalar', type, path: name, confidential: false, searchable: false, collated: false });

/** The field tree of a collection as the API exposes it: system fields plus the captured schema. */
export function referenceModel(collection: S3Collection): Record<string, RefNode> {
  return {
    id: system('id', 'string'),
    date_created: system('date_created', 'timestamp'),
    date_updated: system('date_updated', 'timestamp'),
    ...buildFields(S3_SCHEMAS[collection], '', false, false),
  };
}

const visible = (node: RefNode, role: ReaderRole) => role === 'confidencial' || !node.confidential;

// ---- values ---------------------------------------------------------------------------------

type Value = string | number;
type Doc = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNull = (v: unknown) => v === undefined || v === null;

/** Unicode code point order (what a binary collation over UTF-8 gives). */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i].codePointAt(0) as number) - (y[i].codePointAt(0) as number);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return Math.sign(x.length - y.length);
}

const compareValues = (a: Value, b: Value): number =>
  typeof a === 'number' && typeof b === 'number' ? Math.sign(a - b) : compareCodePoints(String(a), String(b));

/** v2 money is emitted as an integer rounded half up (§3.10); amounts are never negative. */
export const roundHalfUp = (n: number) => Math.round(n);

/** The value of a scalar as stored / emitted (money rounded), or undefined when null. */
function scalarValue(field: RefScalar, raw: unknown): Value | undefined {
  if (isNull(raw)) return undefined;
  if (field.type === 'money') return roundHalfUp(Number(raw));
  return raw as Value;
}

const DYNAMIC_NOW = /^\$NOW(?:\(\s*([+-])\s*(\d+)\s*(years?|months?|weeks?|days?|hours?|minutes?)\s*\))?$/;

function resolveNow(value: string, now: Date): Date | undefined {
  const m = DYNAMIC_NOW.exec(value.trim());
  if (!m) return undefined;
  const d = new Date(now);
  if (m[1]) {
    const n = Number(m[2]) * (m[1] === '-' ? -1 : 1);
    const unit = m[3].replace(/s$/, '');
    if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + n);
    else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n);
    else if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7 * n);
    else if (unit === 'day') d.setUTCDate(d.getUTCDate() + n);
    else if (unit === 'hour') d.setUTCHours(d.getUTCHours() + n);
    else d.setUTCMinutes(d.getUTCMinutes() + n);
  }
  if (Number.isNaN(d.getTime())) throw new Invalid('INVALID_QUERY'); // beyond ±275 760 years
  return d;
}

class Invalid extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

/** A filter value converted to the field's type; throws `Invalid` for values of the wrong kind. */
function convert(field: RefScalar, raw: unknown, now: Date): Value {
  if (typeof raw === 'string' && raw.startsWith('$') && !DYNAMIC_NOW.test(raw.trim())) throw new Invalid('INVALID_QUERY');
  switch (field.type) {
    case 'string': {
      if (typeof raw !== 'string' && typeof raw !== 'number') throw new Invalid('INVALID_QUERY');
      const text = String(raw);
      return field.aliases && Object.prototype.hasOwnProperty.call(field.aliases, text) ? field.aliases[text] : text;
    }
    case 'integer':
    case 'money': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isFinite(n)) throw new Invalid('INVALID_QUERY');
      return n;
    }
    case 'date': {
      if (typeof raw !== 'string') throw new Invalid('INVALID_QUERY');
      const dynamic = resolveNow(raw, now);
      if (dynamic) return dynamic.toISOString().slice(0, 10);
      const day = raw.trim().slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw new Invalid('INVALID_QUERY');
      return day;
    }
    case 'timestamp': {
      if (typeof raw !== 'string') throw new Invalid('INVALID_QUERY');
      const text = raw.trim();
      const instant = resolveNow(raw, now) ?? new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
      if (Number.isNaN(instant.getTime())) throw new Invalid('INVALID_QUERY');
      return instant.toISOString();
    }
  }
}

function listOf(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (typeof raw === 'string') return raw === '' ? [] : raw.split(',');
  if (typeof raw === 'number') return [raw];
  throw new Invalid('INVALID_QUERY');
}

function booleanOf(raw: unknown): boolean {
  if (raw === true || raw === 'true' || raw === 1 || raw === '1') return true;
  if (raw === false || raw === 'false' || raw === 0 || raw === '0') return false;
  throw new Invalid('INVALID_QUERY');
}

function needleOf(field: RefScalar, raw: unknown): string {
  if (field.type !== 'string') throw new Invalid('INVALID_QUERY');
  if (typeof raw !== 'string' && typeof raw !== 'number') throw new Invalid('INVALID_QUERY');
  return String(raw);
}

// ---- filter ---------------------------------------------------------------------------------

/** A compiled condition over one object (the record, a sub-object or a list element). */
type Predicate = (value: Doc) => boolean;

const ALWAYS: Predicate = () => true;
const LOGICAL: ReadonlyMap<string, 'and' | 'or'> = new Map([
  ['_and', 'and'],
  ['$and', 'and'],
  ['_or', 'or'],
  ['$or', 'or'],
]);
const MAX_DEPTH = 12;

class FilterCompiler {
  readonly errors = new Set<ErrorCode>();

  constructor(private readonly role: ReaderRole, private readonly now: Date) {}

  private fail(code: ErrorCode): Predicate {
    this.errors.add(code);
    return ALWAYS;
  }

  /** `filter` object: keys ANDed; logical operators; field paths (nested or dotted). */
  compile(filter: unknown, fields: Record<string, RefNode>, depth: number): Predicate {
    if (depth > MAX_DEPTH) return this.fail('INVALID_QUERY');
    if (!isObject(filter)) return this.fail('INVALID_QUERY');
    const parts: Predicate[] = [];
    for (const [key, value] of Object.entries(filter)) {
      const logical = LOGICAL.get(key);
      if (logical) {
        if (!Array.isArray(value)) {
          parts.push(this.fail('INVALID_QUERY'));
          continue;
        }
        const children = value.map((v) => this.compile(v, fields, depth + 1));
        parts.push(logical === 'and' ? (o) => children.every((c) => c(o)) : (o) => children.some((c) => c(o)));
        continue;
      }
      if (key.startsWith('_') || key.startsWith('$') || /[()]/.test(key)) {
        parts.push(this.fail('INVALID_QUERY'));
        continue;
      }
      const [head, ...rest] = key.split('.');
      const condition = rest.reduceRight<unknown>((acc, segment) => ({ [segment]: acc }), value);
      const field = childOf(fields, head);
      if (!field || !visible(field, this.role)) {
        parts.push(this.fail('FORBIDDEN'));
        continue;
      }
      const test = this.field(field, condition, depth + 1);
      parts.push((o) => test(o[head]));
    }
    return (o) => parts.every((p) => p(o));
  }

  /** A condition on one field; receives the field's raw value. */
  private field(field: RefNode, condition: unknown, depth: number): (value: unknown) => boolean {
    if (!isObject(condition)) return this.fail('INVALID_QUERY') as (v: unknown) => boolean;
    if (field.kind === 'scalar') {
      const tests = Object.entries(condition).map(([op, raw]) => {
        if (!op.startsWith('_')) return this.fail('FORBIDDEN') as (v: unknown) => boolean;
        try {
          return this.operator(field, op, raw);
        } catch (error) {
          if (error instanceof Invalid) return this.fail(error.code) as (v: unknown) => boolean;
          throw error;
        }
      });
      return (v) => tests.every((t) => t(scalarValue(field, v)));
    }
    if (field.kind === 'object') {
      const tests: ((v: unknown) => boolean)[] = [];
      const nested: Record<string, unknown> = {};
      for (const [key, raw] of Object.entries(condition)) {
        if (key === '_null' || key === '_nnull') {
          try {
            const wantNull = booleanOf(raw) === (key === '_null');
            tests.push((v) => isNull(v) === wantNull);
          } catch {
            this.fail('INVALID_QUERY');
          }
        } else if (key.startsWith('_') && !LOGICAL.has(key)) this.fail('INVALID_QUERY');
        else nested[key] = raw;
      }
      if (Object.keys(nested).length) {
        const inner = this.compile(nested, field.fields, depth + 1);
        tests.push((v) => inner(isObject(v) ? v : {}));
      }
      return (v) => tests.every((t) => t(v));
    }
    // One-to-many list.
    const tests: ((elements: Doc[]) => boolean)[] = [];
    const implicit: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(condition)) {
      if (key === '_some' || key === '_none') {
        if (!isObject(raw)) {
          this.fail('INVALID_QUERY');
          continue;
        }
        const inner = Object.keys(raw).length ? this.compile(raw, field.fields, depth + 1) : ALWAYS;
        tests.push(key === '_some' ? (els) => els.some(inner) : (els) => !els.some(inner));
      } else if (key === '_empty' || key === '_nempty') {
        try {
          const wantEmpty = booleanOf(raw) === (key === '_empty');
          tests.push((els) => (els.length === 0) === wantEmpty);
        } catch {
          this.fail('INVALID_QUERY');
        }
      } else if (key.startsWith('_') && !LOGICAL.has(key)) this.fail('INVALID_QUERY');
      else implicit[key] = raw;
    }
    if (Object.keys(implicit).length) {
      const inner = this.compile(implicit, field.fields, depth + 1);
      tests.push((els) => els.some(inner));
    }
    return (v) => {
      const elements = (Array.isArray(v) ? v : []) as Doc[];
      return tests.every((t) => t(elements));
    };
  }

  /** One operator of a scalar; receives the stored value (money rounded) or undefined. */
  private operator(field: RefScalar, op: string, raw: unknown): (v: Value | undefined) => boolean {
    const value = (r: unknown) => convert(field, r, this.now);
    const equals = (a: Value, b: Value) => compareValues(a, b) === 0;
    switch (op) {
      case '_eq': {
        if (raw === null) return (v) => v === undefined;
        const c = value(raw);
        return (v) => v !== undefined && equals(v, c);
      }
      case '_neq': {
        if (raw === null) return (v) => v !== undefined;
        const c = value(raw);
        return (v) => v !== undefined && !equals(v, c);
      }
      case '_lt':
      case '_lte':
      case '_gt':
      case '_gte': {
        const c = value(raw);
        const ok = { _lt: (d: number) => d < 0, _lte: (d: number) => d <= 0, _gt: (d: number) => d > 0, _gte: (d: number) => d >= 0 }[op];
        return (v) => v !== undefined && ok(compareValues(v, c));
      }
      case '_in':
      case '_nin': {
        const values = listOf(raw).map(value);
        const member = (v: Value) => values.some((c) => equals(v, c));
        return op === '_in' ? (v) => v !== undefined && member(v) : (v) => v !== undefined && !member(v);
      }
      case '_null':
      case '_nnull': {
        const wantNull = booleanOf(raw) === (op === '_null');
        return (v) => (v === undefined) === wantNull;
      }
      case '_between':
      case '_nbetween': {
        const range = listOf(raw);
        if (range.length !== 2) throw new Invalid('INVALID_QUERY');
        const [a, b] = range.map(value);
        const inside = (v: Value) => compareValues(a, v) <= 0 && compareValues(v, b) <= 0;
        return op === '_between' ? (v) => v !== undefined && inside(v) : (v) => v !== undefined && !inside(v);
      }
      case '_empty':
      case '_nempty': {
        const wantEmpty = booleanOf(raw) === (op === '_empty');
        return (v) => (v === undefined || v === '') === wantEmpty;
      }
      case '_contains':
      case '_ncontains':
      case '_starts_with':
      case '_nstarts_with':
      case '_ends_with':
      case '_nends_with':
        return substring(op, needleOf(field, raw), false);
      case '_icontains':
      case '_nicontains':
      case '_istarts_with':
      case '_nistarts_with':
      case '_iends_with':
      case '_niends_with':
        return substring(op, fold(needleOf(field, raw)), true);
      default:
        throw new Invalid('INVALID_QUERY');
    }
  }
}

/** The substring operators; `folded` ones compare `fold()` of the value (§5.1). */
function substring(op: string, needle: string, folded: boolean): (v: Value | undefined) => boolean {
  const negated = op.startsWith('_n');
  const kind = op.includes('contains') ? 'contains' : op.includes('starts') ? 'starts' : 'ends';
  const test = (text: string): boolean => {
    if (folded && needle === '') return false; // a needle that folds to "" matches nothing (§5.1)
    const haystack = folded ? fold(text) : text;
    return kind === 'contains' ? haystack.includes(needle) : kind === 'starts' ? haystack.startsWith(needle) : haystack.endsWith(needle);
  };
  return (v) => v !== undefined && test(String(v)) !== negated;
}

// ---- search, sort -----------------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The term of `search`, or undefined when it is absent or blank. */
export function searchTerm(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '' || collapseWhitespace(raw) === '') return undefined;
  return raw.trim();
}

/** Texts that `search` looks into for a role: visible text fields through one-to-one relations. */
function searchableTexts(fields: Record<string, RefNode>, value: Doc, role: ReaderRole): string[] {
  const out: string[] = [];
  for (const [name, field] of Object.entries(fields)) {
    if (!visible(field, role)) continue;
    const v = value[name];
    if (field.kind === 'scalar' && field.searchable && typeof v === 'string') out.push(v);
    else if (field.kind === 'object' && isObject(v)) out.push(...searchableTexts(field.fields, v, role));
  }
  return out;
}

function searchPredicate(term: string | undefined, model: Record<string, RefNode>, role: ReaderRole): Predicate {
  if (term === undefined) return ALWAYS;
  const needle = fold(term);
  const uuid = UUID.test(term) ? term.toLowerCase() : undefined;
  return (doc) =>
    (needle !== '' && searchableTexts(model, doc, role).some((text) => fold(text).includes(needle))) ||
    (uuid !== undefined && String(doc['id']).toLowerCase() === uuid);
}

interface SortKey {
  path: string[];
  field: RefScalar;
  descending: boolean;
}

function sortKeys(tokens: readonly string[], model: Record<string, RefNode>, role: ReaderRole, errors: Set<ErrorCode>): SortKey[] {
  const list = tokens.filter((t) => t !== '?');
  const keys: SortKey[] = [];
  for (const token of list.length ? list : ['-fecha']) {
    const descending = token.startsWith('-');
    const path = (descending ? token.slice(1) : token).split('.');
    let fields = model;
    let found: RefScalar | undefined;
    for (const [i, segment] of path.entries()) {
      const field = childOf(fields, segment);
      const last = i === path.length - 1;
      if (!field || !visible(field, role)) {
        errors.add('FORBIDDEN');
        break;
      }
      if (field.kind === 'list') {
        errors.add('INVALID_QUERY');
        break;
      }
      if (field.kind === 'object') {
        if (last) {
          errors.add('INVALID_QUERY');
          break;
        }
        fields = field.fields;
        continue;
      }
      if (!last) {
        errors.add('FORBIDDEN');
        break;
      }
      found = field;
    }
    if (found) keys.push({ path, field: found, descending });
  }
  return keys;
}

function valueAt(doc: Doc, path: readonly string[], field: RefScalar): Value | undefined {
  let current: unknown = doc;
  for (const segment of path) current = isObject(current) ? current[segment] : undefined;
  return scalarValue(field, current);
}

/** Spanish order for text, value order otherwise; missing last both ways; `id` ascending last. */
function comparator(keys: readonly SortKey[]) {
  return (a: Doc, b: Doc): number => {
    for (const key of keys) {
      const va = valueAt(a, key.path, key.field);
      const vb = valueAt(b, key.path, key.field);
      if (va === undefined || vb === undefined) {
        if (va !== vb) return va === undefined ? 1 : -1;
        continue;
      }
      const c = key.field.collated ? compareSpanish(String(va), String(vb)) : compareValues(va, vb);
      if (c !== 0) return key.descending ? -c : c;
    }
    return compareCodePoints(String(a['id']), String(b['id']));
  };
}

// ---- fields (rendering) -----------------------------------------------------------------------

/** Stands for an integer surrogate key (§3.4 rule 2): the reference cannot know its value. */
export const KEY = Symbol('clave sustituta');

interface Selection {
  wildcard?: Selection;
  explicit: Map<string, Selection>;
}

function parseSelection(tokens: readonly string[]): Selection {
  const usable = tokens.filter((t) => !t.startsWith('!') && !/[{}]/.test(t));
  const root: Selection = { explicit: new Map() };
  for (const token of usable.length ? usable : ['*']) {
    let node = root;
    for (const segment of token.split('.')) {
      if (segment === '*') node = node.wildcard ??= { explicit: new Map() };
      else {
        const next = node.explicit.get(segment) ?? { explicit: new Map() };
        node.explicit.set(segment, next);
        node = next;
      }
    }
  }
  return root;
}

const hasChildren = (s: Selection) => s.wildcard !== undefined || s.explicit.size > 0;

/** Union of two selections (several tokens select the union of their fields, §3.4). */
function merge(a: Selection | undefined, b: Selection | undefined): Selection | undefined {
  if (!a) return b;
  if (!b) return a;
  const explicit = new Map(a.explicit);
  for (const [k, v] of b.explicit) explicit.set(k, merge(explicit.get(k), v) as Selection);
  return { wildcard: merge(a.wildcard, b.wildcard), explicit };
}

function checkExplicit(selection: Selection, fields: Record<string, RefNode>, role: ReaderRole, errors: Set<ErrorCode>) {
  for (const [name, child] of selection.explicit) {
    const field = childOf(fields, name);
    if (!field || !visible(field, role)) {
      errors.add('FORBIDDEN');
      continue;
    }
    if (hasChildren(child)) {
      if (field.kind === 'scalar') errors.add('FORBIDDEN');
      else checkExplicit(child, field.fields, role, errors);
    }
  }
}

function renderObject(fields: Record<string, RefNode>, value: Doc, selection: Selection, role: ReaderRole): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields)) {
    const sub = merge(selection.explicit.get(name), selection.wildcard);
    if (!sub || !visible(field, role)) continue;
    const v = value[name];
    if (field.kind === 'scalar') out[name] = scalarValue(field, v) ?? null;
    else if (field.kind === 'object') out[name] = !isObject(v) ? null : hasChildren(sub) ? renderObject(field.fields, v, sub, role) : KEY;
    else out[name] = ((Array.isArray(v) ? v : []) as Doc[]).map((element) => (hasChildren(sub) ? renderObject(field.fields, element, sub, role) : KEY));
  }
  return out;
}

// ---- the whole request ------------------------------------------------------------------------

export interface RefQuery {
  fields?: readonly string[];
  /** The parsed `filter` (undefined, `{}` and null mean none). */
  filter?: unknown;
  search?: string;
  sort?: readonly string[];
  /** -1..1000 (validated by the caller); default 100. */
  limit?: number;
  offset?: number;
  page?: number;
  meta?: readonly string[];
}

export type RefOutcome =
  | { status: 200; ids: string[]; data: Record<string, unknown>[]; meta?: { total_count?: number; filter_count?: number } }
  | { status: 'error'; codes: ErrorCode[] };

/** `GET /items/{collection}` over `docs` (the published records) for `role`, at `now`. */
export function evaluate(collection: S3Collection, docs: readonly Doc[], query: RefQuery, role: ReaderRole, now: Date): RefOutcome {
  const model = referenceModel(collection);
  const selection = parseSelection(query.fields ?? []);
  const stages: (() => { errors: Set<ErrorCode> })[] = [];
  let filter: Predicate = ALWAYS;
  let keys: SortKey[] = [];
  stages.push(() => {
    const errors = new Set<ErrorCode>();
    checkExplicit(selection, model, role, errors);
    return { errors };
  });
  stages.push(() => {
    const compiler = new FilterCompiler(role, now);
    const empty = query.filter === undefined || query.filter === null || (isObject(query.filter) && Object.keys(query.filter).length === 0);
    if (!empty) filter = compiler.compile(query.filter, model, 0);
    return { errors: compiler.errors };
  });
  stages.push(() => {
    const errors = new Set<ErrorCode>();
    keys = sortKeys(query.sort ?? [], model, role, errors);
    return { errors };
  });
  for (const stage of stages) {
    const { errors } = stage();
    if (errors.size) return { status: 'error', codes: [...errors].sort() };
  }
  const search = searchPredicate(searchTerm(query.search), model, role);
  const matched = docs.filter((d) => filter(d) && search(d)).sort(comparator(keys));
  const limit = query.limit === undefined ? 100 : query.limit === -1 ? 1000 : query.limit;
  const offset = query.page !== undefined ? (query.page - 1) * limit : (query.offset ?? 0);
  const page = matched.slice(offset, offset + limit);
  const tokens = query.meta ?? [];
  const meta: { total_count?: number; filter_count?: number } = {};
  if (tokens.includes('*') || tokens.includes('total_count')) meta.total_count = docs.length;
  if (tokens.includes('*') || tokens.includes('filter_count')) meta.filter_count = matched.length;
  return {
    status: 200,
    ids: page.map((d) => String(d['id'])),
    data: page.map((d) => renderObject(model, d, selection, role)),
    ...(Object.keys(meta).length ? { meta } : {}),
  };
}

/**
 * Compares an API record with a reference rendering: where the reference holds `KEY`, the API must
 * hold a positive integer (an unexpanded relation); everything else must be equal.
 */
export function withKeysMatched(actual: unknown, expected: unknown): unknown {
  if (expected === KEY) return Number.isSafeInteger(actual) && (actual as number) > 0 ? KEY : actual;
  if (Array.isArray(expected) && Array.isArray(actual)) return actual.map((a, i) => withKeysMatched(a, expected[i]));
  if (isObject(expected) && isObject(actual)) return Object.fromEntries(Object.entries(actual).map(([k, v]) => [k, withKeysMatched(v, expected[k])]));
  return actual;
}
