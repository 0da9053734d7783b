import { collapseWhitespace, compareSpanish } from '@pde/shared/contracts';

/**
 * One entry per nombre, compared after trimming and collapsing white space (§5.1 step 5), which is
 * also the form returned; siglas/clave by majority, ties to the smallest in Spanish order (SPEC §2.7).
 */
export function pickDependencias(rows: { nombre: string; siglas: string; clave: string; count: number }[]) {
  const byName = new Map<string, { siglas: Map<string, number>; claves: Map<string, number> }>();
  for (const row of rows) {
    const nombre = collapseWhitespace(row.nombre);
    const entry = byName.get(nombre) ?? { siglas: new Map(), claves: new Map() };
    entry.siglas.set(row.siglas, (entry.siglas.get(row.siglas) ?? 0) + row.count);
    entry.claves.set(row.clave, (entry.claves.get(row.clave) ?? 0) + row.count);
    byName.set(nombre, entry);
  }
  const majority = (counts: Map<string, number>) =>
    [...counts.entries()].sort((a, b) => b[1] - a[1] || compareSpanish(a[0], b[0]))[0]?.[0] ?? '';
  return [...byName.entries()]
    .filter(([nombre]) => nombre !== '')
    .sort((a, b) => compareSpanish(a[0], b[0]))
    .map(([nombre, e]) => ({ nombre, siglas: majority(e.siglas), clave: majority(e.claves) }));
}
