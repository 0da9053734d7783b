import { S3_COLLECTIONS, S3_FIXTURES, TIPO_SANCION_BLOCK_FIELD, type ArrayNode, type ObjectNode, type SchemaNode } from '@pde/shared/contracts';
import { RecordFormModel, nodeAt } from '@pde/web/panel/ui-record-form';
import { RECORD_KINDS, recordKind, type RecordKind } from './record-kinds';

/** Paths of a layout key with `[]` for items: `tipoSancion[].inhabilitacion` → `tipoSancion[0].inhabilitacion`. */
function kindOf(name: string): RecordKind {
  const found = recordKind(name);
  if (!found) throw new Error(`No existe el tipo ${name}`);
  return found;
}

const samplePath = (key: string) => key.replace(/\[\]/g, '[0]');

describe('record kinds and their form layouts', () => {
  it('has S2 and the four S3 collections, each with its list path', () => {
    expect(RECORD_KINDS.map((k) => k.ruta)).toEqual(['s2', ...S3_COLLECTIONS.map((c) => `s3/${c}`)]);
  });

  it.each(RECORD_KINDS.map((k) => [k.kind, k] as const))('%s: every root field sits in exactly one section, and every layout key names a field', (_, kind) => {
    const placed = kind.layout.sections.flatMap((s) => s.fields);
    expect([...placed].sort()).toEqual(Object.keys(kind.schema.fields).sort());
    for (const key of Object.keys(kind.layout.fields ?? {})) expect([key, nodeAt(kind.schema, samplePath(key)) !== null]).toEqual([key, true]);
  });

  it('S2 shows the ente instead of asking for institucionDependencia, and keeps it out of the data', () => {
    const s2 = kindOf('s2');
    const model = new RecordFormModel(
      s2.schema,
      s2.layout,
      { nombres: 'Ana', institucionDependencia: { nombre: 'Otra' } },
      { context: { enteNombre: 'Secretaría de Finanzas' } },
    );
    expect(model.data()).toEqual({ nombres: 'Ana' });
    expect(model.errors().some((e) => e.path.startsWith('institucionDependencia'))).toBe(false);
    expect(s2.layout.fields?.['institucionDependencia']?.serverFilled?.({ enteNombre: 'Secretaría de Finanzas' })).toContain('Secretaría de Finanzas');
  });

  it.each(S3_COLLECTIONS)('%s: a complete record goes through the form unchanged and without errors', (collection) => {
    const kind = kindOf(collection);
    const record = S3_FIXTURES[collection]() as unknown as Record<string, unknown>;
    const model = new RecordFormModel(kind.schema, kind.layout, record, { today: '2026-03-01' });
    expect(model.errors()).toEqual([]);
    expect(model.data()).toEqual(record);
  });

  it.each(S3_COLLECTIONS)('%s: each tipoSancion sub-form is shown only for its clave', (collection) => {
    const kind = kindOf(collection);
    const item = ((kind.schema.fields['tipoSancion'] as ArrayNode).of as ObjectNode).fields;
    const blocks = Object.keys(item).filter((f) => f !== 'clave');
    for (const [clave, block] of Object.entries(TIPO_SANCION_BLOCK_FIELD)) {
      for (const field of blocks) {
        const visible = kind.layout.fields?.[`tipoSancion[].${field}`]?.visibleWhen?.({ clave });
        expect([clave, field, visible]).toEqual([clave, field, field === block]);
      }
    }
  });

  it.each(S3_COLLECTIONS)('%s: every `valor` that depends on OTRO is conditional', (collection) => {
    const kind = kindOf(collection);
    const conditional = (node: SchemaNode, path: string): string[] => {
      if (node.kind === 'array') return conditional(node.of, `${path}[]`);
      if (node.kind !== 'object') return [];
      return Object.entries(node.fields).flatMap(([key, child]) => {
        const childPath = path ? `${path}.${key}` : key;
        const own = key === 'valor' && typeof child.required === 'function' ? [childPath] : [];
        return [...own, ...conditional(child, childPath)];
      });
    };
    for (const path of conditional(kind.schema, '')) {
      const layout = kind.layout.fields?.[path];
      expect([path, layout?.visibleWhen?.({ clave: 'OTRO' }), layout?.visibleWhen?.({ clave: 'X' })]).toEqual([path, true, false]);
    }
  });
});
