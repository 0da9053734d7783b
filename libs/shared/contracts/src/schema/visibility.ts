import type { SchemaNode, Visibility } from './types';

/** The roles of SPEC §1.3: what a credential (or the public portal) may read. */
export type ReaderRole = 'publico' | 'confidencial';

export function canRead(role: ReaderRole, visibility: Visibility | undefined): boolean {
  return role === 'confidencial' || (visibility ?? 'publico') === 'publico';
}

/**
 * Removes every field the role may not read (SPEC §1.3.2: the key is absent). Works on values
 * that follow the schema; keys outside the schema (e.g. `id`, `fechaCaptura`) are kept.
 */
export function maskForRole<T>(node: SchemaNode, value: T, role: ReaderRole): T {
  if (role === 'confidencial' || value === null || value === undefined) return value;
  if (node.kind === 'array' && Array.isArray(value)) {
    return value.map((item) => maskForRole(node.of, item, role)) as T;
  }
  if (node.kind === 'object' && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const child = node.fields[key];
      if (!child) out[key] = v;
      else if (canRead(role, child.visibility)) out[key] = maskForRole(child, v, role);
    }
    return out as T;
  }
  return value;
}

/** Dotted paths of every field hidden from `publico` (documentation and tests). */
export function confidentialPaths(node: SchemaNode, prefix = ''): string[] {
  const out: string[] = [];
  if (node.kind === 'object') {
    for (const [key, child] of Object.entries(node.fields)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (child.visibility === 'confidencial') out.push(path);
      else out.push(...confidentialPaths(child, path));
    }
  } else if (node.kind === 'array') {
    out.push(...confidentialPaths(node.of, prefix));
  }
  return out;
}
