import type { SchemaNode } from './types';

/** JSON Schema (OpenAPI 3 subset) of a schema node, for Swagger documentation. */
export function toJsonSchema(node: SchemaNode): Record<string, unknown> {
  const base: Record<string, unknown> = { description: [node.label, node.help].filter(Boolean).join('. ') };
  if (node.visibility === 'confidencial') base['x-visibilidad'] = 'confidencial';
  switch (node.kind) {
    case 'string':
      return {
        ...base,
        type: 'string',
        ...(node.maxLength ? { maxLength: node.maxLength } : node.multiline ? {} : { maxLength: 255 }),
        ...(node.catalog ? { enum: node.catalog.entries.map((e) => e.clave) } : {}),
        ...(node.format === 'url' ? { format: 'uri' } : {}),
      };
    case 'integer':
      return { ...base, type: 'integer', ...(node.min !== undefined ? { minimum: node.min } : {}), ...(node.max !== undefined ? { maximum: node.max } : {}) };
    case 'decimal':
      return { ...base, type: 'number', ...(node.min !== undefined ? { minimum: node.min } : {}) };
    case 'date':
      return { ...base, type: 'string', format: 'date' };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'catalogEntry':
      return {
        ...base,
        type: 'object',
        required: ['clave'],
        properties: {
          clave: { type: typeof node.catalog.entries[0]?.clave === 'number' ? 'integer' : 'string', enum: node.catalog.entries.map((e) => e.clave) },
          valor: { type: 'string', enum: node.catalog.entries.map((e) => e.valor) },
        },
      };
    case 'object': {
      const required = Object.entries(node.fields)
        .filter(([, child]) => child.required === true)
        .map(([key]) => key);
      return {
        ...base,
        type: 'object',
        additionalProperties: false,
        ...(required.length ? { required } : {}),
        properties: Object.fromEntries(Object.entries(node.fields).map(([k, child]) => [k, toJsonSchema(child)])),
      };
    }
    case 'array':
      return {
        ...base,
        type: 'array',
        items: toJsonSchema(node.of),
        ...(node.minItems ? { minItems: node.minItems } : {}),
        ...(node.maxItems ? { maxItems: node.maxItems } : {}),
        ...(node.uniqueBy ? { uniqueItems: true } : {}),
      };
  }
}
