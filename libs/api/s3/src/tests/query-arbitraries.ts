import { fold, type ReaderRole, type S3Collection } from '@pde/shared/contracts';
import fc from 'fast-check';
import { referenceModel, type RefNode, type RefQuery, type RefScalar } from './reference-evaluator';

/**
 * Test support (not a test): fast-check arbitraries of `GET /items/{collection}` queries over a
 * known set of published documents. Paths come from the collection's field tree (every scalar,
 * through one-to-one objects and one-to-many lists), values mostly from the documents themselves
 * (exact, re-cased, folded, cut into substrings, shifted by one) so that filters match something;
 * a few conditions are deliberately broken (400) or touch fields hidden from the role (403).
 */

type Doc = Record<string, unknown>;

interface PathInfo {
  segments: string[];
  node: RefNode;
  /** Kinds of the relations crossed before the last segment. */
  through: ('object' | 'list')[];
  confidential: boolean;
}

function allPaths(fields: Record<string, RefNode>, prefix: string[] = [], through: ('object' | 'list')[] = []): PathInfo[] {
  const out: PathInfo[] = [];
  for (const [name, node] of Object.entries(fields)) {
    const segments = [...prefix, name];
    out.push({ segments, node, through, confidential: node.confidential });
    if (node.kind !== 'scalar') out.push(...allPaths(node.fields, segments, [...through, node.kind]));
  }
  return out;
}

/** Every raw value found at `segments` in the documents (lists flattened). */
function valuesAt(docs: readonly Doc[], segments: readonly string[]): unknown[] {
  let current: unknown[] = [...docs];
  for (const segment of segments) {
    current = current.flatMap((v) => {
      const next = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Doc)[segment] : undefined;
      return Array.isArray(next) ? next : next === undefined || next === null ? [] : [next];
    });
  }
  return current;
}

const from = <T>(values: readonly T[]) => fc.constantFrom(...values);
const DAY = 86_400_000;
const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const roundHalfUp = (n: number) => Math.round(n);

/** A piece of a text: the whole, a prefix, a suffix or a middle part. */
const arbPiece = (text: string) =>
  fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => {
    const [i, j] = a <= b ? [a, b] : [b, a];
    return text.slice(i, Math.max(j, i + 1));
  });

function arbText(pool: readonly string[], aliases: readonly string[]): fc.Arbitrary<string> {
  const texts = pool.length ? pool : ['Secretaría'];
  return fc.oneof(
    { weight: 4, arbitrary: from(texts) },
    { weight: 2, arbitrary: from(texts).map((t) => t.toUpperCase()) },
    { weight: 2, arbitrary: from(texts).map((t) => fold(t)) },
    { weight: 3, arbitrary: from(texts).chain(arbPiece) },
    { weight: 1, arbitrary: from(texts).chain(arbPiece).map((t) => `  ${t.toLowerCase()} `) },
    { weight: aliases.length ? 2 : 0, arbitrary: from(aliases.length ? aliases : ['x']) },
    { weight: 1, arbitrary: from(texts).map((t) => `${t} `) },
    // Engine quirks: LIKE metacharacters, NUL, PAD SPACE, characters beyond the BMP and above U+E000.
    { weight: 1, arbitrary: from(['', '%', '_', 'ñ', 'N', 'de', 'NUÑEZ', 'nunez', 'Ángel', '0', '\u0000', 'C\u0000', '𝒜', 'ＡＣＭＥ', 'z', '~']) },
  );
}

function arbNumber(pool: readonly number[]): fc.Arbitrary<number | string> {
  const numbers = pool.length ? pool : [0, 1];
  return fc.oneof(
    { weight: 4, arbitrary: from(numbers) },
    { weight: 2, arbitrary: fc.tuple(from(numbers), fc.integer({ min: -1, max: 1 })).map(([n, d]) => n + d) },
    { weight: 1, arbitrary: from(numbers).map(String) },
    { weight: 1, arbitrary: from(numbers).map((n) => n + 0.5) },
  );
}

function arbDateValue(pool: readonly string[], timestamp: boolean): fc.Arbitrary<string> {
  const dates = pool.length ? pool : ['2025-01-01'];
  const dynamic = ['$NOW', '$NOW(-1 year)', '$NOW(-2 years)', '$NOW(+3 days)', '$NOW(-6 months)', '$NOW(-1 week)', '$NOW(-5 hours)'];
  return fc.oneof(
    { weight: 4, arbitrary: from(dates) },
    { weight: 2, arbitrary: fc.tuple(from(dates), fc.integer({ min: -40, max: 40 })).map(([d, n]) => shiftDate(d, n)) },
    { weight: 1, arbitrary: from(dates).map((d) => (timestamp ? d.slice(0, 10) : `${d}T23:59:59Z`)) },
    { weight: 1, arbitrary: from(dynamic) },
  );
}

const arbBoolean = fc.constantFrom<unknown>(true, false, 'true', 'false', 1, 0, '1', '0');

/** `{operator: value}` for one scalar field, valid for its type. */
function arbOperators(field: RefScalar, pool: readonly unknown[]): fc.Arbitrary<Record<string, unknown>> {
  const value: fc.Arbitrary<unknown> =
    field.type === 'string'
      ? arbText(pool.filter((v): v is string => typeof v === 'string'), Object.keys(field.aliases ?? {}))
      : field.type === 'integer' || field.type === 'money'
        ? arbNumber(pool.map((v) => (field.type === 'money' ? roundHalfUp(Number(v)) : Number(v))))
        : arbDateValue(pool.filter((v): v is string => typeof v === 'string'), field.type === 'timestamp');
  const list = fc.oneof(
    fc.array(value, { maxLength: 3 }),
    fc.array(value, { minLength: 1, maxLength: 3 }).filter((vs) => vs.every((v) => !String(v).includes(','))).map((vs) => vs.join(',')),
  );
  const range = fc.oneof(fc.tuple(value, value), fc.tuple(value, value).filter(([a, b]) => !`${a}${b}`.includes(',')).map(([a, b]) => `${a},${b}`));
  const comparisons = ['_eq', '_neq', '_lt', '_lte', '_gt', '_gte'];
  const substrings = ['_contains', '_ncontains', '_icontains', '_nicontains', '_starts_with', '_nstarts_with', '_istarts_with', '_nistarts_with', '_ends_with', '_nends_with', '_iends_with', '_niends_with'];
  const one = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(from(comparisons), value).map(([op, v]) => ({ [op]: v })) },
    { weight: 1, arbitrary: from(['_eq', '_neq']).map((op) => ({ [op]: null })) },
    { weight: 2, arbitrary: fc.tuple(from(['_in', '_nin']), list).map(([op, v]) => ({ [op]: v })) },
    { weight: 1, arbitrary: fc.tuple(from(['_null', '_nnull', '_empty', '_nempty']), arbBoolean).map(([op, v]) => ({ [op]: v })) },
    { weight: 1, arbitrary: fc.tuple(from(['_between', '_nbetween']), range).map(([op, v]) => ({ [op]: v })) },
    { weight: field.type === 'string' ? 6 : 0, arbitrary: fc.tuple(from(substrings), value).map(([op, v]) => ({ [op]: v })) },
  );
  // Sometimes two operators on the same field (ANDed).
  return fc.oneof({ weight: 5, arbitrary: one }, { weight: 1, arbitrary: fc.tuple(one, one).map(([a, b]) => ({ ...a, ...b })) });
}

/** Deliberately invalid conditions: the reference predicts 400 or 403 for each. */
const arbBroken: fc.Arbitrary<Record<string, unknown>> = fc.constantFrom<Record<string, unknown>>(
  { _regex: '.*' },
  { _foo: 1 },
  { _eq: {} },
  { _eq: [1] },
  { _in: { a: 1 } },
  { _null: 'quizá' },
  { _between: [1] },
  { _eq: '$CURRENT_USER' },
  { _gt: true },
  { noExiste: { _eq: 1 } },
);

/** Wraps a condition on `path` in the filter structure: nested, dotted, or through `_some`/`_none`. */
function arbPlacement(path: PathInfo, condition: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  const { segments, through } = path;
  const listLevels = through.map((kind, i) => (kind === 'list' ? i : -1)).filter((i) => i >= 0);
  return fc.tuple(condition, fc.nat(segments.length - 1), fc.option(fc.tuple(from(listLevels.length ? listLevels : [-1]), from(['_some', '_none'])), { freq: 4 })).map(([cond, dotted, explicit]) => {
    // Build from the leaf up; `explicit` wraps the part below a list level in `_some`/`_none`.
    let value: unknown = cond;
    for (let i = segments.length - 1; i >= 1; i--) {
      value = { [segments[i]]: value };
      if (explicit && explicit[0] === i - 1) value = { [explicit[1]]: value };
    }
    const nested = { [segments[0]]: value } as Record<string, unknown>;
    if (explicit || dotted === 0) return nested;
    // Dotted form for the first `dotted + 1` segments.
    let rest: unknown = cond;
    for (let i = segments.length - 1; i > dotted; i--) rest = { [segments[i]]: rest };
    return { [segments.slice(0, dotted + 1).join('.')]: rest };
  });
}

export interface QueryArbitraryOptions {
  /** Weight of paths hidden from `publico` (they answer 403 to that role). */
  hiddenWeight?: number;
  brokenWeight?: number;
}

/** The filter, search, sort, page and meta arbitraries of one collection over `docs`, for `role`. */
export function arbItemsQuery(collection: S3Collection, docs: readonly Doc[], role: ReaderRole, options: QueryArbitraryOptions = {}): fc.Arbitrary<RefQuery> {
  const model = referenceModel(collection);
  const paths = allPaths(model);
  const usable = (p: PathInfo) => role === 'confidencial' || !p.confidential;
  const scalars = paths.filter((p): p is PathInfo & { node: RefScalar } => p.node.kind === 'scalar');
  const pick = (list: PathInfo[]) =>
    fc.oneof(
      { weight: 20, arbitrary: from(list.filter(usable)) },
      { weight: role === 'publico' ? (options.hiddenWeight ?? 1) : 0, arbitrary: from(list.filter((p) => !usable(p)).concat(list.slice(0, 1))) },
    );
  const pools = new Map(scalars.map((p) => [p.segments.join('.'), valuesAt(docs, p.segments)]));

  const leaf = pick(scalars).chain((p) => arbPlacement(p, arbOperators(p.node as RefScalar, pools.get(p.segments.join('.')) ?? [])));
  const relations = paths.filter((p) => p.node.kind !== 'scalar');
  const relation = pick(relations).chain((p) =>
    arbPlacement(
      p,
      p.node.kind === 'object'
        ? fc.tuple(from(['_null', '_nnull']), arbBoolean).map(([op, v]) => ({ [op]: v }))
        : fc.oneof(fc.tuple(from(['_empty', '_nempty']), arbBoolean).map(([op, v]) => ({ [op]: v })), from([{ _some: {} }, { _none: {} }])),
    ),
  );
  // Two conditions on the same element of a list (§3.5): written together under the list key.
  const lists = paths.filter((p) => p.node.kind === 'list' && usable(p));
  const sameElement = from(lists).chain((list) => {
    const inner = scalars.filter((s) => usable(s) && s.segments.length > list.segments.length && list.segments.every((seg, i) => s.segments[i] === seg));
    const relative = (s: PathInfo) => ({ ...s, segments: s.segments.slice(list.segments.length), through: s.through.slice(list.segments.length) });
    const cond = (s: PathInfo) => arbPlacement(relative(s), arbOperators(s.node as RefScalar, pools.get(s.segments.join('.')) ?? []));
    return fc.tuple(from(inner), from(inner)).chain(([a, b]) =>
      fc.tuple(cond(a), cond(b), fc.boolean()).map(([ca, cb, logical]) => {
        const keysCollide = Object.keys(ca).some((k) => k in cb);
        const body = logical || keysCollide ? { _and: [ca, cb] } : { ...ca, ...cb };
        let value: unknown = body;
        for (let i = list.segments.length - 1; i >= 1; i--) value = { [list.segments[i]]: value };
        return { [list.segments[0]]: value } as Record<string, unknown>;
      }),
    );
  });
  const broken = pick(scalars).chain((p) => arbPlacement(p, arbBroken));
  const atom = fc.oneof(
    { weight: 10, arbitrary: leaf },
    { weight: 2, arbitrary: relation },
    { weight: 2, arbitrary: sameElement },
    { weight: options.brokenWeight ?? 1, arbitrary: broken },
    { weight: options.brokenWeight ?? 1, arbitrary: from<Record<string, unknown>>([{ _and: {} }, { _or: 'x' }, { 'year(fecha)': { _eq: 2025 } }, { constructor: { _eq: 1 } }, { _and: [1] }]) },
  );
  const filter: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{ node: Record<string, unknown> }>((tie) => ({
    node: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'filtro' },
      { weight: 6, arbitrary: atom },
      { weight: 2, arbitrary: fc.tuple(from(['_and', '$and', '_or', '$or']), fc.array(tie('node'), { maxLength: 3 })).map(([op, items]) => ({ [op]: items })) },
      {
        weight: 1,
        arbitrary: fc.tuple(tie('node'), tie('node')).map(([a, b]) => (Object.keys(a).some((k) => k in b) ? { _and: [a, b] } : { ...a, ...b })),
      },
    ),
  })).node;

  const sortable = scalars.filter((p) => p.through.every((k) => k === 'object'));
  const sortToken = fc.oneof(
    { weight: 12, arbitrary: fc.tuple(pick(sortable), fc.boolean()).map(([p, desc]) => `${desc ? '-' : ''}${p.segments.join('.')}`) },
    { weight: 1, arbitrary: from(['?', 'tipoSancion.clave', 'datosGenerales', 'noExiste', '-id', 'id']) },
  );
  const searchable = scalars.filter((p) => (p.node as RefScalar).searchable);
  const texts = [...new Set(searchable.flatMap((p) => pools.get(p.segments.join('.')) ?? []).filter((v): v is string => typeof v === 'string'))];
  const ids = docs.map((d) => String(d['id']));
  const search = fc.oneof(
    { weight: 6, arbitrary: arbText(texts, []) },
    { weight: 1, arbitrary: from(ids).map((id) => id.toUpperCase()) },
    { weight: 1, arbitrary: from(['', '   ', '\u0085', 'zzz-sin-coincidencias', 'ñ', '%']) },
  );
  /** Present in one query out of `every`. */
  const sometimes = <T>(arb: fc.Arbitrary<T>, every: number) => fc.oneof({ weight: every - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
  return fc
    .record({
      filter: fc.oneof({ weight: 8, arbitrary: filter }, { weight: 1, arbitrary: fc.constant({}) }),
      search: sometimes(search, 5),
      sort: sometimes(fc.array(sortToken, { minLength: 1, maxLength: 3 }), 2),
      limit: sometimes(fc.constantFrom(-1, 0, 1, 2, 3, 5, 10, 50), 2),
      offset: sometimes(fc.nat(12), 8),
      page: sometimes(fc.integer({ min: 1, max: 4 }), 8),
      meta: sometimes(fc.subarray(['*', 'total_count', 'filter_count', 'otra_cosa']), 2),
    })
    .map((q) => Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as RefQuery);
}

/** `fields` selections whose rendering the reference can predict, for role `role`. */
export function arbFields(collection: S3Collection, role: ReaderRole): fc.Arbitrary<string[]> {
  const model = referenceModel(collection);
  const visiblePaths = allPaths(model)
    .filter((p) => role === 'confidencial' || !p.confidential)
    .map((p) => p.segments.join('.'));
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(['id']).map((f) => [...f]) },
    { weight: 3, arbitrary: from([['*'], ['*.*'], ['*.*.*'], ['*.*.*.*'], ['*', '!*.{null}'], ['id', 'datosGenerales.*']]) },
    { weight: 2, arbitrary: fc.subarray(visiblePaths, { minLength: 1, maxLength: 4 }).map((p) => ['id', ...p]) },
    { weight: 1, arbitrary: fc.subarray(visiblePaths, { minLength: 1, maxLength: 2 }).map((p) => ['id', ...p.map((x) => `${x}.*`)]) },
  );
}
