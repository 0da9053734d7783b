import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { LOADING, PortalApi, toLoadState } from '@pde/web/portal/data-access';
import { countLabel, formatDateTime } from '@pde/web/portal/util';
import { StatusMessage } from '@pde/web/shared/ui';
import { PORTAL_S3_SEARCHES, PORTAL_SYSTEMS } from './systems';

/**
 * Public landing page: what S2 and S3 contain, who publishes them, what is public and why, the
 * cut-off date of the data and the totals (`GET /api/portal/resumen`), and the way to each search.
 */
@Component({
  selector: 'pde-portal-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatAnchor, StatusMessage],
  templateUrl: './portal-home-page.html',
  styleUrl: './portal-home-page.scss',
})
export class PortalHomePage {
  protected readonly s2 = PORTAL_SYSTEMS.s2;
  protected readonly s3 = PORTAL_SYSTEMS.s3;
  protected readonly summary = toSignal(inject(PortalApi).summary().pipe(toLoadState()), { initialValue: LOADING });

  protected readonly cutOff = computed(() => {
    const summary = this.summary();
    if (summary.status !== 'ready') return null;
    return summary.value.corte ? `Datos publicados al ${formatDateTime(summary.value.corte)} (hora del centro de México).` : 'Todavía no hay datos publicados.';
  });
  protected readonly s2Total = computed(() => {
    const summary = this.summary();
    return summary.status === 'ready' ? countLabel(summary.value.totales.s2, 'registro publicado', 'registros publicados') : null;
  });
  protected readonly s3Searches = computed(() => {
    const summary = this.summary();
    return PORTAL_S3_SEARCHES.map((search) => ({
      ...search,
      total: summary.status === 'ready' ? countLabel(summary.value.totales[search.collection] ?? 0, 'sanción', 'sanciones') : null,
    }));
  });
}
