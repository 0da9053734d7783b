import { Injectable, type Provider } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { formatInteger } from '@pde/web/portal/util';

/** Spanish texts of `mat-paginator` (labels of its buttons and the «1 – 10 de 850» range). */
@Injectable()
export class SpanishPaginatorIntl extends MatPaginatorIntl {
  override itemsPerPageLabel = 'Resultados por página';
  override nextPageLabel = 'Página siguiente';
  override previousPageLabel = 'Página anterior';
  override firstPageLabel = 'Primera página';
  override lastPageLabel = 'Última página';

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) return `0 de ${formatInteger(length)}`;
    const start = page * pageSize;
    const end = Math.min(start + pageSize, length);
    return start >= length ? `Página ${formatInteger(page + 1)}, fuera de los ${formatInteger(length)} resultados` : `${formatInteger(start + 1)} – ${formatInteger(end)} de ${formatInteger(length)}`;
  };
}

export function provideSpanishPaginator(): Provider {
  return { provide: MatPaginatorIntl, useClass: SpanishPaginatorIntl };
}
