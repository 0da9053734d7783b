import type { SchemaNode } from '@pde/shared/contracts';
import type { FormLayout } from './form-layout';
import { joinPath, parsePath } from './form-paths';
import { itemTitle } from './schema-nodes';

/**
 * A path of the record in words, from the schema's labels: `tipoSancion[0].inhabilitacion.fechaFinal`
 * → «Sanción 1 › Inhabilitación › Fecha final». Unknown parts are kept as written.
 */
export function describePath(schema: SchemaNode, layout: FormLayout, path: string): string {
  const parts: string[] = [];
  let node: SchemaNode = schema;
  let current = '';
  const segments = parsePath(path);
  for (const [position, segment] of segments.entries()) {
    if (typeof segment === 'number') {
      if (node.kind !== 'array') {
        parts.push(`elemento ${segment + 1}`);
        break;
      }
      parts.push(itemTitle(node, layout, current, segment));
      node = node.of;
    } else if (node.kind === 'catalogEntry') {
      // `{clave, valor}`: the clave is the field itself; the valor is its text.
      if (segment !== 'clave') parts.push(segment === 'valor' ? 'texto' : segment);
      break;
    } else if (node.kind === 'object' && node.fields[segment]) {
      node = node.fields[segment];
      // A list followed by an index is named by its block title alone («Sanción 1»).
      if (!(node.kind === 'array' && typeof segments[position + 1] === 'number')) parts.push(node.label);
    } else {
      parts.push(segment);
      break;
    }
    current = joinPath(current, segment);
  }
  return parts.join(' › ') || 'Registro completo';
}
