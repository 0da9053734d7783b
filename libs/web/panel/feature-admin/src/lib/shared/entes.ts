import { fold, type EnteView } from '@pde/shared/contracts';

/** «Secretaría de Finanzas (SEFIN)»: how an ente is named in lists and fields. */
export function enteLabel(ente: Pick<EnteView, 'nombre' | 'siglas'>): string {
  return ente.siglas ? `${ente.nombre} (${ente.siglas})` : ente.nombre;
}

/** Entes whose name, siglas or clave contain the query, ignoring accents and case (like the API's `q`). */
export function filterEntes(entes: readonly EnteView[], query: string, limit = 50): EnteView[] {
  const needle = fold(query);
  const found = needle ? entes.filter((e) => [e.nombre, e.siglas ?? '', e.clave].some((text) => fold(text).includes(needle))) : entes;
  return found.slice(0, limit);
}

/** Name of the ente with this id among those loaded, or a neutral text when unknown. */
export function enteName(entes: readonly EnteView[], id: number | null): string {
  if (id === null) return '—';
  const ente = entes.find((e) => e.id === id);
  return ente ? enteLabel(ente) : `Ente ${id}`;
}
