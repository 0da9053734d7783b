import { findEntry, type Catalog } from '@pde/shared/contracts';
import { sentenceCase } from '@pde/web/portal/util';

/**
 * Text of a catalog clave for people: the catalog's label without the capture hint of «Otro»
 * («Otro (especifique en valor)» → «Otro»), v1 upper-case valores in sentence case. Unknown claves
 * are shown as they came.
 */
export function catalogText(catalog: Catalog<string | number>, clave: unknown): string {
  const entry = findEntry(catalog, clave);
  if (!entry) return clave === null || clave === undefined ? '' : String(clave);
  return sentenceCase(entry.valor.replace(/\s*\(especifique[^)]*\)\s*$/i, ''));
}

/** A free-text value that may be a key of a suggestions catalog (`LGRA`, `ACOSO_SEXUAL`…). */
export function suggestedText(suggestions: Catalog<string> | undefined, value: string): string {
  const entry = suggestions ? findEntry(suggestions, value) : undefined;
  return entry ? sentenceCase(entry.valor) : value;
}
