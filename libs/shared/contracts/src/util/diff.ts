/** One changed leaf between two versions of a document, for audit entries and history screens. */
export interface FieldChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Field-level differences between two JSON documents. Objects are compared key by key; arrays
 * element by element (`tipoSancion[1].clave`); scalars by value. Absent and `null` are equal.
 */
export function diffDocuments(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isEmpty(before) && isEmpty(after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffDocuments(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => diffDocuments(before[i], after[i], `${path}[${i}]`)).flat();
  }
  if (isPlainObject(before) && isEmpty(after)) return diffDocuments(before, {}, path);
  if (isEmpty(before) && isPlainObject(after)) return diffDocuments({}, after, path);
  if (Array.isArray(before) && isEmpty(after)) return diffDocuments(before, [], path);
  if (isEmpty(before) && Array.isArray(after)) return diffDocuments([], after, path);
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const change: FieldChange = { path };
  if (!isEmpty(before)) change.before = before;
  if (!isEmpty(after)) change.after = after;
  return [change];
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with keys sorted at every level: stable input for hashes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => value[k] !== undefined)
        .sort()
        .map((k) => [k, sortKeys(value[k])]),
    );
  }
  return value;
}
