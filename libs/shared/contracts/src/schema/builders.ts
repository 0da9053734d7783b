import type {
  ArrayNode,
  BooleanNode,
  CatalogEntryNode,
  DateNode,
  DecimalNode,
  IntegerNode,
  ObjectNode,
  StringNode,
} from './types';

type Options<T> = Omit<T, 'kind'>;

export const str = (options: Options<StringNode>): StringNode => ({ kind: 'string', ...options });
export const text = (options: Options<StringNode>): StringNode => ({ kind: 'string', multiline: true, ...options });
export const int = (options: Options<IntegerNode>): IntegerNode => ({ kind: 'integer', ...options });
export const decimal = (options: Options<DecimalNode>): DecimalNode => ({ kind: 'decimal', ...options });
export const bool = (options: Options<BooleanNode>): BooleanNode => ({ kind: 'boolean', ...options });
export const date = (options: Options<DateNode>): DateNode => ({ kind: 'date', ...options });
export const catalogEntry = (options: Options<CatalogEntryNode>): CatalogEntryNode => ({
  kind: 'catalogEntry',
  ...options,
});
export const obj = (options: Options<ObjectNode>): ObjectNode => ({ kind: 'object', ...options });
export const list = (options: Options<ArrayNode>): ArrayNode => ({ kind: 'array', ...options });

/** Identity of `{clave, …}` items, for `uniqueBy`. */
export const byClave = (item: unknown): string =>
  String((item as { clave?: unknown } | null)?.clave ?? JSON.stringify(item));
