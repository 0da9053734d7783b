/**
 * Paths inside a record, written as the contracts' `validate()` writes them in its issues:
 * `tipoSancion[0].inhabilitacion.fechaFinal`; `''` is the whole record.
 */
export type PathSegment = string | number;

export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const part of path.split('.')) {
    if (part === '') continue;
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      segments.push(part);
      continue;
    }
    if (match[1]) segments.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

export function formatPath(segments: readonly PathSegment[]): string {
  return segments.reduce<string>((path, segment) => joinPath(path, segment), '');
}

export function joinPath(base: string, key: PathSegment): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

/** The path of the object that holds `path` (`''` for root fields). */
export function parentPath(path: string): string {
  return formatPath(parsePath(path).slice(0, -1));
}

/** The key of a layout declaration: indexes become `[]` (`faltaCometida[].valor`). */
export function layoutKey(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** `path` itself or something inside it. */
export function isWithin(path: string, ancestor: string): boolean {
  if (ancestor === '') return true;
  return path === ancestor || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);
}

/** A valid, stable element id for the control at `path`. */
export function domId(prefix: string, path: string): string {
  const tail = path.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return tail ? `${prefix}-${tail}` : prefix;
}
