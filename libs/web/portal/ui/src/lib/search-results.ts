import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { StatusMessage } from '@pde/web/shared/ui';

/**
 * What the results area shows: asking the API, the Spanish error, or the answer with its total (a
 * portal `LoadState` of either search fits as it is).
 */
export type SearchResultsState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly problem: { readonly message: string } }
  | { readonly status: 'ready'; readonly value: { readonly total: number } };

/**
 * The results area shared by the portal's S2 and S3 searches: the heading, the count announced
 * politely after each search, the error with «Intentar de nuevo», the empty states with «Limpiar
 * búsqueda», and the paginator around the table that the page projects (its columns are its own).
 * While the next page loads, the previous answer stays, dimmed and marked `aria-busy`.
 */
@Component({
  selector: 'pde-search-results',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatPaginator, StatusMessage],
  templateUrl: './search-results.html',
  styleUrl: './search-results.scss',
})
export class SearchResults {
  /** Id of the «Resultados» heading (unique in the page). */
  readonly titleId = input.required<string>();
  /** The answer shown (the previous one stays while the next page loads). */
  readonly state = input.required<SearchResultsState>();
  readonly busy = input(false);
  readonly countText = input.required<string>();
  /** Whether the page of results has rows (a page past the end has none). */
  readonly hasRows = input.required<boolean>();
  /** Whether the search has criteria: decides which empty message shows and offers «Limpiar búsqueda». */
  readonly filtered = input.required<boolean>();
  readonly noMatchText = input.required<string>();
  readonly noDataText = input.required<string>();
  /** Current page (1-based) and its size. */
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly pageSizes = input.required<readonly number[]>();

  readonly retry = output<void>();
  readonly clear = output<void>();
  readonly pageChange = output<PageEvent>();

  protected readonly total = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.value.total : 0;
  });
}
