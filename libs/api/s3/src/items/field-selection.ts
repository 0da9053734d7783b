import { S3_ROOT_FIELDS, type S3Collection } from '@pde/shared/contracts';
import { fieldOf, type CollectionModel, type FieldNode } from '../storage/s3-model';
import { forbidden } from './directus-errors';

/**
 * `fields` of SPEC §3.4, Directus semantics: each token is a dotted path whose segments are field
 * names or `*`; depth is exactly what the tokens ask for. A relation selected without children
 * comes back as its integer key(s); with children, expanded.
 */
export interface Selection {
  /** Selection applied to every field of this level (from a `*` segment). */
  wildcard?: Selection;
  explicit: Map<string, Selection>;
}

const empty = (): Selection => ({ explicit: new Map() });

export function parseFields(tokens: string[]): Selection {
  // The PDN wrapper's excludeNull mode sends `*,!*.{null}`: tolerated, ignored (SPEC §3.4 rule 4).
  const usable = tokens.filter((t) => !t.startsWith('!') && !/[{}]/.test(t));
  const root = empty();
  for (const token of usable.length ? usable : ['*']) {
    let node = root;
    for (const segment of token.split('.')) {
      if (segment === '*') node = node.wildcard ??= empty();
      else {
        const next = node.explicit.get(segment) ?? empty();
        node.explicit.set(segment, next);
        node = next;
      }
    }
  }
  return root;
}

export function merge(a: Selection | undefined, b: Selection | undefined): Selection | undefined {
  if (!a) return b;
  if (!b) return a;
  const explicit = new Map(a.explicit);
  for (const [k, v] of b.explicit) explicit.set(k, merge(explicit.get(k), v) as Selection);
  return { wildcard: merge(a.wildcard, b.wildcard), explicit };
}

const hasChildren = (s: Selection) => s.wildcard !== undefined || s.explicit.size > 0;

/** Explicit paths must name existing fields the role can read; otherwise 403 (SPEC §3.4 rule 3). */
export function checkExplicit(selection: Selection, fields: Record<string, FieldNode>, canRead: (f: FieldNode) => boolean) {
  for (const [name, child] of selection.explicit) {
    const field = fieldOf(fields, name);
    if (!field || !canRead(field)) throw forbidden();
    if (hasChildren(child)) {
      if (field.kind === 'scalar') throw forbidden();
      checkExplicit(child, field.fields, canRead);
    }
  }
}

/** Renders one stored record for the selection: keys for unexpanded relations, `null` for missing values. */
export function renderRecord(
  model: CollectionModel,
  doc: Record<string, unknown>,
  seq: number,
  selection: Selection,
  canRead: (f: FieldNode) => boolean,
): Record<string, unknown> {
  const order = S3_ROOT_FIELDS[model.collection as S3Collection];
  return renderObject(model.fields, doc, seq, selection, canRead, order);
}

function renderObject(
  fields: Record<string, FieldNode>,
  value: Record<string, unknown>,
  key: number,
  selection: Selection,
  canRead: (f: FieldNode) => boolean,
  order: readonly string[] = Object.keys(fields),
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of order) {
    const field = fields[name];
    if (!field) continue;
    const sub = merge(selection.explicit.get(name), selection.wildcard);
    if (!sub || !canRead(field)) continue;
    const v = value[name];
    if (field.kind === 'scalar') {
      out[name] = v === undefined || v === null ? null : field.type === 'money' ? roundHalfUp(v as number) : v;
    } else if (field.kind === 'm2o') {
      if (v === undefined || v === null) out[name] = null;
      else out[name] = hasChildren(sub) ? renderObject(field.fields, v as Record<string, unknown>, key, sub, canRead) : key;
    } else {
      const items = (v as Record<string, unknown>[] | undefined) ?? [];
      out[name] = items.map((item, i) => {
        const elementKey = key * 100 + i + 1;
        return hasChildren(sub) ? renderObject(field.fields, item, elementKey, sub, canRead) : elementKey;
      });
    }
  }
  return out;
}

/** v2 amounts are integers (SPEC §3.10): amounts are never negative, so rounding half up is `Math.round`. */
export function roundHalfUp(value: number): number {
  return Math.round(value);
}
