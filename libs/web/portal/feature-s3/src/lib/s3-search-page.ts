import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type ValidatorFn } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { PageEvent } from '@angular/material/paginator';
import { MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import type { S3Collection } from '@pde/shared/contracts';
import {
  EMPTY_S3_CRITERIA,
  LOADING,
  PORTAL_PAGE_SIZES,
  PORTAL_TEXT_MAX_LENGTH,
  PortalApi,
  S3_SEARCH_FEATURES,
  keepWhileLoading,
  toLoadState,
  type LoadState,
  type S3ListPage,
} from '@pde/web/portal/data-access';
import { BACK_STATE_KEY, SearchResults } from '@pde/web/portal/ui';
import { formatDate, resultsCountText, type ResultNoun } from '@pde/web/portal/util';
import { BehaviorSubject, combineLatest, distinctUntilChanged, filter, map, shareReplay, startWith, switchMap } from 'rxjs';
import { AMBITO_OPTIONS, ENTIDAD_OPTIONS, ORDEN_GOBIERNO_OPTIONS, S3_GROUPS, S3_INFO, collectionsOf, faltaOptions, sancionOptions, toRow } from './s3-collections-info';
import { hasS3Criteria, readS3Url, s3UrlParams, sameS3State, toS3Query, type S3UrlState } from './s3-url';

/** RFC fragments: letters (Ñ and & included) and digits. */
const SANCTION_NOUN: ResultNoun = { singular: 'sanción', plural: 'sanciones', feminine: true };
const RFC_PATTERN = /^[A-Za-zÑñ&0-9]*$/;

/**
 * `/s3/:coleccion`: search of one S3 v2 collection with the PDN's filters. The address (collection
 * and query parameters, see s3-url.ts) is the source of truth, as in the S2 search.
 */
@Component({
  selector: 'pde-s3-search-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    RouterLinkActive,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    MatTableModule,
    SearchResults,
  ],
  templateUrl: './s3-search-page.html',
  styleUrl: './s3-search-page.scss',
})
export class S3SearchPage {
  private readonly api = inject(PortalApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly maxLength = PORTAL_TEXT_MAX_LENGTH;
  protected readonly pageSizes = PORTAL_PAGE_SIZES;
  protected readonly columns = ['principal', 'ente', 'faltas', 'sanciones', 'fecha'];
  protected readonly entidadOptions = ENTIDAD_OPTIONS;
  protected readonly ordenGobiernoOptions = ORDEN_GOBIERNO_OPTIONS;
  protected readonly ambitoOptions = AMBITO_OPTIONS;

  private readonly text: [string, ValidatorFn] = ['', Validators.maxLength(PORTAL_TEXT_MAX_LENGTH)];
  protected readonly form = inject(NonNullableFormBuilder).group({
    nombres: [...this.text],
    primerApellido: [...this.text],
    segundoApellido: [...this.text],
    razonSocial: [...this.text],
    rfc: ['', [Validators.maxLength(13), Validators.pattern(RFC_PATTERN)]],
    ente: [...this.text],
    entidad: [[] as string[]],
    ordenGobierno: [[] as string[]],
    ambito: [[] as string[]],
    falta: [[] as string[]],
    sancion: [[] as string[]],
  });

  // One reading per navigation: the collection and the query change together when switching tabs.
  private readonly state$ = this.router.events.pipe(
    filter((event) => event instanceof NavigationEnd),
    startWith(null),
    map(() => this.route.snapshot),
    map((snapshot) => readS3Url(snapshot.paramMap.get('coleccion') as S3Collection, snapshot.queryParamMap)),
    distinctUntilChanged(sameS3State),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
  protected readonly state = toSignal(this.state$, { requireSync: true });
  private readonly retry$ = new BehaviorSubject<void>(undefined);
  protected readonly result = toSignal(
    combineLatest([this.state$, this.retry$]).pipe(switchMap(([state]) => this.api.searchS3(state.collection, toS3Query(state)).pipe(toLoadState()))),
    { initialValue: LOADING },
  );
  /** Previous results stay (dimmed) while the next page loads. */
  protected readonly shown = linkedSignal<LoadState<S3ListPage>, LoadState<S3ListPage>>({ source: this.result, computation: keepWhileLoading });
  protected readonly busy = computed(() => this.result().status === 'loading');

  protected readonly collection = computed(() => this.state().collection);
  protected readonly info = computed(() => S3_INFO[this.collection()]);
  protected readonly group = computed(() => S3_GROUPS[this.info().group]);
  protected readonly features = computed(() => S3_SEARCH_FEATURES[this.collection()]);
  protected readonly siblings = computed(() => [...collectionsOf('servidores'), ...collectionsOf('particulares')]);
  protected readonly faltaOptions = computed(() => faltaOptions(this.collection()));
  protected readonly sancionOptions = computed(() => sancionOptions(this.collection()));
  protected readonly filtered = computed(() => hasS3Criteria(this.state()));

  protected readonly rows = computed(() => {
    const result = this.shown();
    return result.status === 'ready' ? result.value.items.map((item) => toRow(this.collection(), item, formatDate)) : [];
  });
  protected readonly countText = computed(() => {
    const result = this.result();
    if (result.status === 'loading') return 'Buscando sanciones…';
    if (result.status === 'error') return 'No se pudo completar la búsqueda.';
    const { total, pagina, tamano } = result.value;
    if (total === 0) return 'No se encontraron sanciones.';
    return resultsCountText(SANCTION_NOUN, total, pagina, tamano, result.value.items.length);
  });
  protected readonly backState = computed(() => ({ [BACK_STATE_KEY]: this.router.serializeUrl(this.searchTree(this.state())) }));

  constructor() {
    // Address → form (first visit, reload, back and forward, another collection).
    effect(() => {
      const { criteria } = this.state();
      this.form.setValue({
        ...criteria,
        entidad: [...criteria.entidad],
        ordenGobierno: [...criteria.ordenGobierno],
        ambito: [...criteria.ambito],
        falta: [...criteria.falta],
        sancion: [...criteria.sancion],
      });
    });
  }

  protected search(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.go({ ...this.state(), criteria: this.form.getRawValue(), pagina: 1 });
  }

  protected clear(): void {
    this.go({ ...this.state(), criteria: EMPTY_S3_CRITERIA, pagina: 1 });
  }

  protected changePage(event: PageEvent): void {
    const state = this.state();
    this.go({ ...state, pagina: event.pageSize === state.tamano ? event.pageIndex + 1 : 1, tamano: event.pageSize });
  }

  protected retry(): void {
    this.retry$.next();
  }

  private searchTree(state: S3UrlState) {
    return this.router.createUrlTree(['/s3', state.collection], { queryParams: s3UrlParams(state) });
  }

  private go(state: S3UrlState): void {
    const tree = this.searchTree(state);
    if (this.router.serializeUrl(tree) === this.router.url) {
      this.retry$.next();
      return;
    }
    void this.router.navigateByUrl(tree);
  }
}
