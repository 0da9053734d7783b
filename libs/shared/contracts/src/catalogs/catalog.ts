/**
 * A catalog of the data standard: `clave` is what is stored; `valor` is the canonical text the
 * APIs emit (v1) or the label shown to people (v2, where only the clave travels).
 */
export interface CatalogEntry<K extends string | number = string> {
  readonly clave: K;
  readonly valor: string;
  /** Other spellings of `valor` found in official files; accepted on import (e.g. SPEC §9 D10). */
  readonly aliases?: readonly string[];
}

export interface Catalog<K extends string | number = string> {
  readonly id: string;
  /** Spanish name, used in messages: «El valor X no está en el catálogo <name>». */
  readonly name: string;
  readonly entries: readonly CatalogEntry<K>[];
}

export function defineCatalog<K extends string | number>(
  id: string,
  name: string,
  entries: readonly CatalogEntry<K>[],
): Catalog<K> {
  return Object.freeze({ id, name, entries: Object.freeze(entries.map((e) => Object.freeze({ ...e }))) });
}

const indexes = new WeakMap<Catalog<string | number>, Map<string, CatalogEntry<string | number>>>();

/** Finds an entry by clave; numeric claves also match their decimal string ("2" → 2). */
export function findEntry<K extends string | number>(catalog: Catalog<K>, clave: unknown): CatalogEntry<K> | undefined {
  let index = indexes.get(catalog as Catalog<string | number>);
  if (!index) {
    index = new Map(catalog.entries.map((e) => [String(e.clave), e]));
    indexes.set(catalog as Catalog<string | number>, index);
  }
  if (typeof clave !== 'string' && typeof clave !== 'number') return undefined;
  return index.get(String(clave)) as CatalogEntry<K> | undefined;
}

export function catalogValor<K extends string | number>(catalog: Catalog<K>, clave: K): string {
  return findEntry(catalog, clave)?.valor ?? String(clave);
}
