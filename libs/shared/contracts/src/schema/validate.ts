import { findEntry } from '../catalogs/catalog';
import { fold, normalizeText } from '../text/fold';
import { isCurpCheckDigitValid, CURP_PATTERN } from '../identity/curp';
import { isRfcCheckDigitValid, RFC_FISICA_PATTERN, RFC_MORAL_PATTERN } from '../identity/rfc';
import { MSG } from './messages';
import type {
  ArrayNode,
  CatalogEntryNode,
  DateNode,
  DecimalNode,
  IntegerNode,
  Issue,
  ObjectNode,
  RuleContext,
  SchemaNode,
  StringNode,
  ValidationResult,
} from './types';

/**
 * Validates and normalises a value against a schema node. Invalid values are kept in the
 * normalised output (so that a draft never loses what the person typed); only `errors.length`
 * decides whether the record may be submitted, approved or imported.
 */
export function validate<T = Record<string, unknown>>(
  node: SchemaNode,
  input: unknown,
  ctx: Partial<RuleContext> = {},
): ValidationResult<T> {
  const state: State = { issues: [], ctx: { today: ctx.today ?? new Date().toISOString().slice(0, 10) } };
  const value = normalizeNode(node, input, '', state);
  const absent = value === ABSENT;
  if (absent && node.required === true) push(state, '', 'required', MSG.required);
  return {
    value: (absent ? undefined : value) as T,
    errors: state.issues.filter((i) => i.severity === 'error'),
    warnings: state.issues.filter((i) => i.severity === 'warning'),
  };
}

const ABSENT = Symbol('absent');
type Normalized = unknown | typeof ABSENT;

interface State {
  issues: Issue[];
  ctx: RuleContext;
}

function push(state: State, path: string, code: string, message: string, severity: Issue['severity'] = 'error') {
  state.issues.push({ path, code, message, severity });
}

const join = (base: string, key: string) => (base ? `${base}.${key}` : key);

function normalizeNode(node: SchemaNode, input: unknown, path: string, state: State): Normalized {
  switch (node.kind) {
    case 'string':
      return normalizeString(node, input, path, state);
    case 'integer':
      return normalizeInteger(node, input, path, state);
    case 'decimal':
      return normalizeDecimal(node, input, path, state);
    case 'date':
      return normalizeDate(node, input, path, state);
    case 'boolean':
      if (input === undefined || input === null) return ABSENT;
      if (typeof input !== 'boolean') push(state, path, 'type', MSG.notBoolean);
      return input;
    case 'catalogEntry':
      return normalizeCatalogEntry(node, input, path, state);
    case 'object':
      return normalizeObject(node, input, path, state);
    case 'array':
      return normalizeArray(node, input, path, state);
  }
}

function normalizeMultiline(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t\v\f \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function normalizeString(node: StringNode, input: unknown, path: string, state: State): Normalized {
  if (input === undefined || input === null) return ABSENT;
  if (typeof input !== 'string') {
    push(state, path, 'type', MSG.notString);
    return input;
  }
  let value = node.multiline ? normalizeMultiline(input) : normalizeText(input);
  if (value === '') return ABSENT;
  const format = node.format;
  if (format === 'curp' || format === 'rfc-fisica' || format === 'rfc-moral') value = value.toUpperCase();
  if (node.aliases) value = node.aliases[value] ?? value;
  const maxLength = node.maxLength ?? (node.multiline ? undefined : 255);
  if (maxLength !== undefined && [...value].length > maxLength) push(state, path, 'maxLength', MSG.maxLength(maxLength));
  if (node.catalog && !findEntry(node.catalog, value)) {
    push(state, path, 'catalog', MSG.notInCatalog(value, node.catalog.name));
  }
  if (node.pattern && !node.pattern.test(value)) push(state, path, 'pattern', node.patternMessage ?? MSG.notString);
  checkFormat(format, value, path, state);
  return value;
}

function checkFormat(format: StringNode['format'], value: string, path: string, state: State) {
  switch (format) {
    case 'curp':
      if (!CURP_PATTERN.test(value)) push(state, path, 'curp', MSG.curp);
      else if (!isCurpCheckDigitValid(value)) push(state, path, 'curpCheckDigit', MSG.curpCheckDigit, 'warning');
      return;
    case 'rfc-fisica':
    case 'rfc-moral': {
      const pattern = format === 'rfc-fisica' ? RFC_FISICA_PATTERN : RFC_MORAL_PATTERN;
      if (!pattern.test(value)) push(state, path, 'rfc', format === 'rfc-fisica' ? MSG.rfcFisica : MSG.rfcMoral);
      else if (!isRfcCheckDigitValid(value)) push(state, path, 'rfcCheckDigit', MSG.rfcCheckDigit, 'warning');
      return;
    }
    case 'url':
      if (!isHttpUrl(value)) push(state, path, 'url', MSG.url);
      return;
    case 'person-name':
      if (!/^[\p{L}\p{M}'’ -]+$/u.test(value) || !/\p{L}/u.test(value)) push(state, path, 'personName', MSG.personName);
      return;
    case 'postal-code':
      if (!/^\d{5}$/.test(value)) push(state, path, 'postalCode', MSG.postalCode);
      return;
    case 'year':
      if (!/^\d{4}$/.test(value)) push(state, path, 'year', MSG.year);
      return;
    case undefined:
      return;
  }
}

export function isHttpUrl(value: string): boolean {
  if (/\s/.test(value) || value.length > 255) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

function normalizeInteger(node: IntegerNode, input: unknown, path: string, state: State): Normalized {
  if (input === undefined || input === null || input === '') return ABSENT;
  if (typeof input !== 'number' || !Number.isSafeInteger(input)) {
    push(state, path, 'type', MSG.notInteger);
    return input;
  }
  checkRange(node, input, path, state);
  return input;
}

function checkRange(node: { min?: number; max?: number }, value: number, path: string, state: State) {
  if (node.min !== undefined && value < node.min) push(state, path, 'min', MSG.min(node.min));
  if (node.max !== undefined && value > node.max) push(state, path, 'max', MSG.max(node.max));
}

function normalizeDecimal(node: DecimalNode, input: unknown, path: string, state: State): Normalized {
  if (input === undefined || input === null || input === '') return ABSENT;
  const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input.trim() : null;
  if (text === null || !/^-?\d+(\.\d+)?$/.test(text) || !Number.isFinite(Number(text))) {
    push(state, path, 'type', MSG.notNumber);
    return input;
  }
  const decimals = text.split('.')[1]?.replace(/0+$/, '').length ?? 0;
  if (decimals > node.scale) push(state, path, 'scale', MSG.scale(node.scale));
  const value = Number(text);
  checkRange(node, value, path, state);
  return value;
}

/** `YYYY-MM-DD` that names a real calendar date. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function normalizeDate(node: DateNode, input: unknown, path: string, state: State): Normalized {
  if (input === undefined || input === null || input === '') return ABSENT;
  if (typeof input !== 'string' || !isIsoDate(input.trim())) {
    push(state, path, 'date', MSG.notDate);
    return input;
  }
  const value = input.trim();
  if (node.notInFuture && value > state.ctx.today) push(state, path, 'futureDate', MSG.futureDate);
  return value;
}

function normalizeCatalogEntry(node: CatalogEntryNode, input: unknown, path: string, state: State): Normalized {
  if (input === undefined || input === null) return ABSENT;
  if (typeof input !== 'object' || Array.isArray(input)) {
    push(state, path, 'type', MSG.notObject);
    return input;
  }
  const { clave, valor, ...rest } = input as Record<string, unknown>;
  for (const key of Object.keys(rest)) push(state, join(path, key), 'unknownField', MSG.unknownField);
  if (clave === undefined || clave === null || clave === '') {
    if (valor === undefined || valor === null || valor === '') return ABSENT;
    push(state, join(path, 'clave'), 'required', MSG.required);
    return input;
  }
  const numeric = typeof node.catalog.entries[0]?.clave === 'number';
  if (typeof clave !== 'string' && typeof clave !== 'number') {
    push(state, join(path, 'clave'), 'type', numeric ? MSG.notInteger : MSG.notString);
    return input;
  }
  const candidate = numeric && typeof clave === 'string' && /^\d+$/.test(clave.trim()) ? Number(clave) : clave;
  const entry = findEntry(node.catalog, typeof candidate === 'string' ? candidate.trim() : candidate);
  if (!entry || (numeric && typeof candidate !== 'number')) {
    push(state, join(path, 'clave'), 'catalog', MSG.notInCatalog(clave, node.catalog.name));
    return input;
  }
  if (typeof valor === 'string' && valor.trim() !== '') {
    const given = fold(valor);
    const known = [entry.valor, ...(entry.aliases ?? [])].some((v) => fold(v) === given);
    if (!known) push(state, join(path, 'valor'), 'catalogValor', MSG.catalogValorReplaced(valor.trim(), entry.valor), 'warning');
  }
  return { clave: entry.clave, valor: entry.valor };
}

function normalizeObject(node: ObjectNode, input: unknown, path: string, state: State): Normalized {
  if (input === undefined || input === null) return ABSENT;
  if (typeof input !== 'object' || Array.isArray(input)) {
    push(state, path, 'type', MSG.notObject);
    return input;
  }
  const source = input as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    if (!(key in node.fields)) push(state, join(path, key), 'unknownField', MSG.unknownField);
  }
  const out: Record<string, unknown> = {};
  const absent: string[] = [];
  for (const [key, child] of Object.entries(node.fields)) {
    const value = normalizeNode(child, source[key], join(path, key), state);
    if (value === ABSENT) {
      absent.push(key);
      if (child.kind === 'array') out[key] = []; // lists are always present, possibly empty
    } else {
      out[key] = value;
    }
  }
  const onlyEmptyLists = Object.values(out).every((v) => Array.isArray(v) && v.length === 0);
  if (path !== '' && onlyEmptyLists && Object.keys(source).every((k) => k in node.fields)) {
    return ABSENT; // `{}` is the same as not giving the object at all
  }
  for (const key of absent) {
    const child = node.fields[key];
    const required = typeof child.required === 'function' ? child.required(out) : child.required === true;
    if (!required) continue;
    const message = child.kind === 'array' ? MSG.minItems(child.minItems ?? 1) : (child.requiredMessage ?? MSG.required);
    push(state, join(path, key), 'required', message);
  }
  for (const rule of node.rules ?? []) {
    for (const issue of rule(out, state.ctx)) {
      push(state, join(path, issue.path), issue.code, issue.message, issue.severity ?? 'error');
    }
  }
  return out;
}

function normalizeArray(node: ArrayNode, input: unknown, path: string, state: State): Normalized {
  if (input === undefined || input === null) return ABSENT;
  if (!Array.isArray(input)) {
    push(state, path, 'type', MSG.notArray);
    return input;
  }
  const items: unknown[] = [];
  const seen = new Set<string>();
  input.forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    const value = normalizeNode(node.of, item, itemPath, state);
    if (value === ABSENT) {
      push(state, itemPath, 'required', MSG.required);
      return;
    }
    if (node.uniqueBy) {
      const identity = node.uniqueBy(value);
      if (seen.has(identity)) push(state, itemPath, 'duplicate', node.uniqueMessage ?? MSG.duplicate);
      seen.add(identity);
    }
    items.push(value);
  });
  if (items.length === 0) return ABSENT; // an empty list is judged by the parent's requiredness
  if (node.minItems !== undefined && items.length < node.minItems) push(state, path, 'minItems', MSG.minItems(node.minItems));
  if (node.maxItems !== undefined && items.length > node.maxItems) push(state, path, 'maxItems', MSG.maxItems(node.maxItems));
  return items;
}
