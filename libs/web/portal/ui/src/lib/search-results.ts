import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { StatusMessage } from '@pde/web/shared/ui';

/** Where a search is: asking the API, failed, or answered. */
export type SearchStatus = 'loading' | 'error' | 'ready';

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
  readonly status = input.required<SearchStatus>();
  readonly errorMessage = input('');
  readonly busy = input(false);
  readonly countText = input.required<string>();
  readonly total = input.required<number>();
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
}
