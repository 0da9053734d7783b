import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatPaginator, MatPaginatorIntl, type PageEvent } from '@angular/material/paginator';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { RECORD_STATES, RECORD_STATE_LABELS, type EnteView, type Page, type RecordState, type RecordSummary } from '@pde/shared/contracts';
import { SessionStore } from '@pde/web/panel/data-access';
import { EntesCatalogApi, PAGE_SIZES, RecordsApi, type RecordListQuery } from '@pde/web/panel/data-access-records';
import { readApiError } from '@pde/web/shared/data-access';
import { formatTimestamp } from '@pde/web/panel/ui-record-form';
import { LoadingIndicator, StatusMessage } from '@pde/web/shared/ui';
import { Subject, catchError, combineLatest, map, of, startWith, switchMap } from 'rxjs';
import { RECORD_KINDS, recordsPath } from '../kinds/record-kinds';
import { injectRecordKind } from '../shared/route-kind';
import { canCreateRecords, scopeEntes, seesSeveralEntes } from '../shared/session-scope';
import { SpanishPaginatorIntl } from '../shared/spanish-paginator-intl';
import { StateChip } from '../shared/state-chip';
import { countRecords, listQueryParams, readListQuery } from './list-query';

type ListState = { status: 'loading' } | { status: 'ready'; page: Page<RecordSummary> } | { status: 'error'; message: string };

/** `YYYY-MM-DD` ordering is the calendar's: `hasta` may not come before `desde`. */
const datesInOrder = (desde: string, hasta: string) => !desde || !hasta || desde <= hasta;

/**
 * Records of one kind within the person's scope: server-side filters, sorting and paging, all
 * kept in the URL's query string. Each title opens the record.
 */
@Component({
  selector: 'pde-record-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatTableModule,
    MatSort,
    MatSortHeader,
    MatPaginator,
    MatTabNav,
    MatTabLink,
    MatTabNavPanel,
    StatusMessage,
    LoadingIndicator,
    StateChip,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: SpanishPaginatorIntl }],
  templateUrl: './record-list-page.html',
  styleUrl: './record-list-page.scss',
})
export class RecordListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(RecordsApi);
  private readonly entesApi = inject(EntesCatalogApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly user = inject(SessionStore).user;

  protected readonly kind = injectRecordKind();
  protected readonly siblings = RECORD_KINDS.filter((k) => k.system === this.kind.system);
  protected readonly kindPath = recordsPath(this.kind);
  protected readonly states = RECORD_STATES;
  protected readonly stateLabels = RECORD_STATE_LABELS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly canCreate = computed(() => canCreateRecords(this.user()));
  protected readonly showEnte = computed(() => seesSeveralEntes(this.user()));
  protected readonly columns = computed(() =>
    this.showEnte() ? ['titulo', 'estado', 'ente', 'ejercicio', 'actualizado'] : ['titulo', 'estado', 'ejercicio', 'actualizado'],
  );
  protected readonly entes = signal<EnteView[]>([]);
  protected readonly query = signal<RecordListQuery>(readListQuery(this.route.snapshot.queryParamMap));
  protected readonly state = signal<ListState>({ status: 'loading' });
  protected readonly sortActive = computed(() => this.query().orden ?? 'actualizado');
  protected readonly sortDirection = computed(() => this.query().direccion ?? (this.sortActive() === 'titulo' ? 'asc' : 'desc'));
  protected readonly resultText = computed(() => {
    const state = this.state();
    if (state.status !== 'ready') return '';
    const { total } = state.page;
    if (total === 0) return this.hasFilters() ? 'No hay registros con estos filtros.' : 'Todavía no hay registros.';
    return `${countRecords(total)} ${total === 1 ? 'encontrado' : 'encontrados'}.`;
  });
  protected readonly hasFilters = computed(() => {
    const { q, estado, enteId, ejercicio, desde, hasta } = this.query();
    return !!(q || estado || enteId || ejercicio || desde || hasta);
  });

  protected readonly filters = inject(NonNullableFormBuilder).group({
    q: [''],
    estado: ['' as RecordState | ''],
    enteId: [0],
    ejercicio: ['', (c: { value: string }) => (c.value && !/^\d{4}$/.test(c.value.trim()) ? { year: true } : null)],
    desde: [''],
    hasta: [''],
  });

  private readonly reload = new Subject<void>();

  constructor() {
    combineLatest([this.route.queryParamMap, this.reload.pipe(startWith(undefined))])
      .pipe(
        map(([params]) => readListQuery(params)),
        switchMap((query) => {
          this.query.set(query);
          this.resetFilters(query);
          return this.api.list(this.kind.ruta, query).pipe(
            map((page): ListState => ({ status: 'ready', page })),
            catchError((error: unknown) => of<ListState>({ status: 'error', message: readApiError(error).message })),
            startWith<ListState>({ status: 'loading' }),
          );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.state.set(state));
    if (this.showEnte()) this.loadEntes();
  }

  protected recordLink(row: RecordSummary): string {
    return recordsPath(this.kind, row.id);
  }

  protected kindLink(path: string): string {
    return recordsPath(RECORD_KINDS.find((k) => k.ruta === path) ?? this.kind);
  }

  protected updated(row: RecordSummary): string {
    return formatTimestamp(row.actualizadoEn);
  }

  protected applyFilters(): void {
    const { q, estado, enteId, ejercicio, desde, hasta } = this.filters.getRawValue();
    if (this.filters.invalid || !datesInOrder(desde, hasta)) {
      this.filters.markAllAsTouched();
      return;
    }
    this.navigate({
      ...this.query(),
      q: q.trim() || undefined,
      estado: estado || undefined,
      enteId: enteId || undefined,
      ejercicio: ejercicio.trim() || undefined,
      desde: desde || undefined,
      hasta: hasta || undefined,
      pagina: 1,
    });
  }

  protected clearFilters(): void {
    const { orden, direccion, tamano } = this.query();
    this.navigate({ orden, direccion, tamano, pagina: 1 });
  }

  protected datesOutOfOrder(): boolean {
    const { desde, hasta } = this.filters.getRawValue();
    return !datesInOrder(desde, hasta);
  }

  protected sort(sort: Sort): void {
    const orden = sort.active === 'titulo' ? 'titulo' : 'actualizado';
    this.navigate({ ...this.query(), orden, direccion: sort.direction || undefined, pagina: 1 });
  }

  protected page(event: PageEvent): void {
    this.navigate({ ...this.query(), pagina: event.pageIndex + 1, tamano: event.pageSize });
  }

  protected retry(): void {
    this.reload.next();
  }

  private navigate(query: RecordListQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: listQueryParams(query) });
  }

  private resetFilters(query: RecordListQuery): void {
    this.filters.reset(
      {
        q: query.q ?? '',
        estado: query.estado ?? '',
        enteId: query.enteId ?? 0,
        ejercicio: query.ejercicio ?? '',
        desde: query.desde ?? '',
        hasta: query.hasta ?? '',
      },
      { emitEvent: false },
    );
  }

  private loadEntes(): void {
    const scope = scopeEntes(this.user());
    this.entesApi
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (entes) => this.entes.set(scope ? entes.filter((e) => scope.includes(e.id)) : entes),
        // Without the catalog the filter is just not offered; the list itself still works.
        error: () => this.entes.set([]),
      });
  }
}
