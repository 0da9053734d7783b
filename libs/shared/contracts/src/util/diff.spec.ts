import { canonicalJson, diffDocuments } from './diff';

/** Factory: a small document shaped like a captured record. */
function doc(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    nombres: 'Ana',
    puesto: { nombre: 'Analista', nivel: 'O11' },
    tipoArea: [{ clave: 'T', valor: 'TÉCNICA' }],
    ...overrides,
  };
}

describe('diffDocuments', () => {
  it('finds no change between equal documents, whatever the key order', () => {
    const a = doc();
    const b = { tipoArea: [{ valor: 'TÉCNICA', clave: 'T' }], puesto: { nivel: 'O11', nombre: 'Analista' }, nombres: 'Ana' };
    expect(diffDocuments(a, b)).toEqual([]);
  });

  it('reports changed leaves with dotted and indexed paths', () => {
    const after = doc({ nombres: 'Ana Luisa', puesto: { nombre: 'Jefa', nivel: 'O11' }, tipoArea: [{ clave: 'RC', valor: 'RESPONSABLE DE LA CONTRATACIÓN' }] });
    expect(diffDocuments(doc(), after)).toEqual([
      { path: 'nombres', before: 'Ana', after: 'Ana Luisa' },
      { path: 'puesto.nombre', before: 'Analista', after: 'Jefa' },
      { path: 'tipoArea[0].clave', before: 'T', after: 'RC' },
      { path: 'tipoArea[0].valor', before: 'TÉCNICA', after: 'RESPONSABLE DE LA CONTRATACIÓN' },
    ]);
  });

  it('reports added and removed fields without the missing side', () => {
    const changes = diffDocuments(doc(), doc({ nombres: undefined, observaciones: 'Nueva' }));
    expect(changes).toEqual([
      { path: 'nombres', before: 'Ana' },
      { path: 'observaciones', after: 'Nueva' },
    ]);
  });

  it('reports added and removed list items and whole objects leaf by leaf', () => {
    const two = doc({ tipoArea: [{ clave: 'T', valor: 'TÉCNICA' }, { clave: 'O', valor: 'OTRA' }] });
    expect(diffDocuments(doc(), two)).toEqual([
      { path: 'tipoArea[1].clave', after: 'O' },
      { path: 'tipoArea[1].valor', after: 'OTRA' },
    ]);
    expect(diffDocuments(doc(), doc({ puesto: undefined }))).toEqual([
      { path: 'puesto.nombre', before: 'Analista' },
      { path: 'puesto.nivel', before: 'O11' },
    ]);
  });

  it('treats absent and null as equal', () => {
    expect(diffDocuments(doc({ segundoApellido: null }), doc())).toEqual([]);
    expect(diffDocuments(undefined, null)).toEqual([]);
  });

  it('diffs a creation (nothing before) as every leaf added', () => {
    expect(diffDocuments(undefined, { a: 1, b: { c: [2] } })).toEqual([
      { path: 'a', after: 1 },
      { path: 'b.c[0]', after: 2 },
    ]);
  });

  it('reports a change of type (scalar ↔ object) at the path', () => {
    expect(diffDocuments({ a: 1 }, { a: '1' })).toEqual([{ path: 'a', before: 1, after: '1' }]);
    expect(diffDocuments({ a: 'x' }, { a: { b: 1 } })).toEqual([{ path: 'a', before: 'x', after: { b: 1 } }]);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('is the same for documents that differ only in key order, and drops undefined values', () => {
    expect(canonicalJson(doc())).toBe(canonicalJson({ tipoArea: [{ valor: 'TÉCNICA', clave: 'T' }], puesto: { nivel: 'O11', nombre: 'Analista' }, nombres: 'Ana', extra: undefined }));
  });

  it('differs when any value differs', () => {
    expect(canonicalJson(doc())).not.toBe(canonicalJson(doc({ nombres: 'Ana ' })));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('serialises scalars as JSON', () => {
    expect(canonicalJson('texto')).toBe('"texto"');
    expect(canonicalJson(null)).toBe('null');
  });
});
