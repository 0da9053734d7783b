import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type ValidatorFn } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { PageEvent } from '@angular/material/paginator';
import { MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TIPO_PROCEDIMIENTO, fold } from '@pde/shared/contracts';
import { LOADING, PORTAL_PAGE_SIZES, PORTAL_TEXT_MAX_LENGTH, PortalApi, keepWhileLoading, toLoadState, type LoadState, type S2SearchResponse } from '@pde/web/portal/data-access';
import { BACK_STATE_KEY, catalogText, SearchResults } from '@pde/web/portal/ui';
import { joinName, resultsCountText, type ResultNoun } from '@pde/web/portal/util';
import { BehaviorSubject, combineLatest, distinctUntilChanged, map, switchMap } from 'rxjs';
import { EMPTY_S2_CRITERIA, hasS2Criteria, readS2Url, s2UrlParams, sameS2State, toS2Query, type S2UrlState } from './s2-url';

export interface S2Row {
  id: string;
  name: string;
  institution: string;
  position: string;
  procedures: string[];
}

const RECORD_NOUN: ResultNoun = { singular: 'registro', plural: 'registros', feminine: false };
const MAX_SUGGESTIONS = 50;
type SearchState = LoadState<S2SearchResponse>;

/**
 * `/s2`: search of the servidores públicos que intervienen en contrataciones. The address is the
 * source of truth (see s2-url.ts): submitting or paging navigates, and every address change —
 * including back and forward — fills the form and asks the API again.
 */
@Component({
  selector: 'pde-s2-search-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatButton,
    MatTableModule,
    SearchResults,
  ],
  templateUrl: './s2-search-page.html',
  styleUrl: './s2-search-page.scss',
})
export class S2SearchPage {
  private readonly api = inject(PortalApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly maxLength = PORTAL_TEXT_MAX_LENGTH;
  protected readonly pageSizes = PORTAL_PAGE_SIZES;
  protected readonly columns = ['nombre', 'institucion', 'puesto', 'procedimientos'];
  protected readonly procedureOptions = TIPO_PROCEDIMIENTO.entries.map((entry) => ({ clave: entry.clave, label: catalogText(TIPO_PROCEDIMIENTO, entry.clave) }));

  private readonly text: [string, ValidatorFn] = ['', Validators.maxLength(PORTAL_TEXT_MAX_LENGTH)];
  protected readonly form = inject(NonNullableFormBuilder).group({
    nombres: [...this.text],
    primerApellido: [...this.text],
    segundoApellido: [...this.text],
    institucionDependencia: [...this.text],
    tipoProcedimiento: [[] as number[]],
  });

  private readonly state$ = this.route.queryParamMap.pipe(map(readS2Url), distinctUntilChanged(sameS2State));
  protected readonly state = toSignal(this.state$, { requireSync: true });
  private readonly retry$ = new BehaviorSubject<void>(undefined);
  protected readonly result = toSignal(
    combineLatest([this.state$, this.retry$]).pipe(switchMap(([state]) => this.api.searchS2(toS2Query(state)).pipe(toLoadState()))),
    { initialValue: LOADING },
  );
  /** What the page shows: the previous results stay (dimmed) while the next page loads, so focus stays on the paginator. */
  protected readonly shown = linkedSignal<SearchState, SearchState>({ source: this.result, computation: keepWhileLoading });
  protected readonly busy = computed(() => this.result().status === 'loading');

  private readonly institutions = toSignal(
    this.api.institutions().pipe(
      map((names) => names.map((name) => ({ name, folded: fold(name) }))),
      toLoadState(),
    ),
    { initialValue: LOADING },
  );
  protected readonly institutionsFailed = computed(() => this.institutions().status === 'error');
  private readonly institutionText = toSignal(this.form.controls.institucionDependencia.valueChanges, { initialValue: '' });
  protected readonly institutionOptions = computed(() => {
    const state = this.institutions();
    if (state.status !== 'ready') return [];
    const wanted = fold(this.institutionText());
    return state.value.filter((option) => option.folded.includes(wanted)).slice(0, MAX_SUGGESTIONS).map((option) => option.name);
  });

  protected readonly filtered = computed(() => hasS2Criteria(this.state().criteria));
  protected readonly rows = computed<S2Row[]>(() => {
    const result = this.shown();
    if (result.status !== 'ready') return [];
    return result.value.resultados.map((record) => ({
      id: record.id,
      name: joinName(record.nombres, record.primerApellido, record.segundoApellido),
      institution: record.institucionDependencia?.nombre ?? '',
      position: record.puesto?.nombre ?? '',
      procedures: (record.tipoProcedimiento ?? []).map((item) => catalogText(TIPO_PROCEDIMIENTO, item.clave)),
    }));
  });
  /** Announced politely after each search (the paragraph is always in the page). */
  protected readonly countText = computed(() => {
    const result = this.result();
    if (result.status === 'loading') return 'Buscando registros…';
    if (result.status === 'error') return 'No se pudo completar la búsqueda.';
    const { total, pagina, tamano } = result.value;
    if (total === 0) return 'No se encontraron registros.';
    return resultsCountText(RECORD_NOUN, total, pagina, tamano, result.value.resultados.length);
  });
  /** The address of the current search, kept in the ficha's history entry for «Volver a los resultados». */
  protected readonly backState = computed(() => ({ [BACK_STATE_KEY]: this.router.serializeUrl(this.searchTree(this.state())) }));

  constructor() {
    // Address → form (first visit, reload, back and forward).
    effect(() => {
      const { criteria } = this.state();
      this.form.setValue({ ...criteria, tipoProcedimiento: [...criteria.tipoProcedimiento] });
    });
  }

  protected search(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.go({ criteria: this.form.getRawValue(), pagina: 1, tamano: this.state().tamano });
  }

  protected clear(): void {
    this.go({ criteria: { ...EMPTY_S2_CRITERIA, tipoProcedimiento: [] }, pagina: 1, tamano: this.state().tamano });
  }

  protected changePage(event: PageEvent): void {
    const state = this.state();
    const pagina = event.pageSize === state.tamano ? event.pageIndex + 1 : 1;
    this.go({ criteria: state.criteria, pagina, tamano: event.pageSize });
  }

  protected retry(): void {
    this.retry$.next();
  }

  private searchTree(state: S2UrlState) {
    return this.router.createUrlTree(['/s2'], { queryParams: s2UrlParams(state) });
  }

  /** Navigates to the search; the same search again just asks the API again. */
  private go(state: S2UrlState): void {
    const tree = this.searchTree(state);
    if (this.router.serializeUrl(tree) === this.router.url) {
      this.retry$.next();
      return;
    }
    void this.router.navigateByUrl(tree);
  }
}
