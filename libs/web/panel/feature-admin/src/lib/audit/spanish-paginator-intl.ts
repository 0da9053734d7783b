import { Injectable } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';

/** Texts of the Material paginator in Spanish. */
@Injectable()
export class SpanishPaginatorIntl extends MatPaginatorIntl {
  override itemsPerPageLabel = 'Entradas por página:';
  override nextPageLabel = 'Página siguiente';
  override previousPageLabel = 'Página anterior';
  override firstPageLabel = 'Primera página';
  override lastPageLabel = 'Última página';

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) return `0 de ${length.toLocaleString('es-MX')}`;
    const start = page * pageSize;
    const end = Math.min(start + pageSize, length);
    return `${(start + 1).toLocaleString('es-MX')}–${end.toLocaleString('es-MX')} de ${length.toLocaleString('es-MX')}`;
  };
}
