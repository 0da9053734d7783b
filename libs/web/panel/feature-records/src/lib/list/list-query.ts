import type { ParamMap, Params } from '@angular/router';
import { RECORD_STATES, type RecordState } from '@pde/shared/contracts';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, type RecordListQuery } from '@pde/web/panel/data-access-records';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^\d{4}$/;

/**
 * The list's filters live in the URL (shareable, kept by back and forward): these read them
 * defensively (anything odd is ignored) and write them back without the defaults.
 */
export function readListQuery(params: ParamMap): RecordListQuery {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const estado = text('estado');
  const enteId = Number(text('enteId'));
  const orden = text('orden');
  const direccion = text('direccion');
  const pagina = Number(text('pagina'));
  const tamano = Number(text('tamano'));
  const ejercicio = text('ejercicio');
  const desde = text('desde');
  const hasta = text('hasta');
  return {
    q: text('q'),
    estado: estado && (RECORD_STATES as readonly string[]).includes(estado) ? (estado as RecordState) : undefined,
    enteId: Number.isSafeInteger(enteId) && enteId > 0 ? enteId : undefined,
    ejercicio: ejercicio && YEAR.test(ejercicio) ? ejercicio : undefined,
    desde: desde && DATE.test(desde) ? desde : undefined,
    hasta: hasta && DATE.test(hasta) ? hasta : undefined,
    orden: orden === 'titulo' || orden === 'actualizado' || orden === 'creado' ? orden : undefined,
    direccion: direccion === 'asc' || direccion === 'desc' ? direccion : undefined,
    pagina: Number.isSafeInteger(pagina) && pagina > 0 ? pagina : 1,
    tamano: (PAGE_SIZES as readonly number[]).includes(tamano) ? tamano : DEFAULT_PAGE_SIZE,
  };
}

export function listQueryParams(query: RecordListQuery): Params {
  const params: Params = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (key === 'pagina' && value === 1) continue;
    if (key === 'tamano' && value === DEFAULT_PAGE_SIZE) continue;
    params[key] = String(value);
  }
  return params;
}

/** «1 registro», «1,250 registros». */
export function countRecords(total: number): string {
  return total === 1 ? '1 registro' : `${total.toLocaleString('es-MX')} registros`;
}
