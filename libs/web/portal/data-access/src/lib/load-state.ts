import { readApiError, type ApiProblem } from '@pde/web/shared/data-access';
import { catchError, map, of, startWith, type OperatorFunction } from 'rxjs';

/** What a page shows while it asks the API: loading, the answer, or the Spanish error. */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly problem: ApiProblem };

export const LOADING: LoadState<never> = Object.freeze({ status: 'loading' });

/** Turns one API call into `loading` → `ready` | `error`; errors never escape the stream. */
export function toLoadState<T>(): OperatorFunction<T, LoadState<T>> {
  return (source) =>
    source.pipe(
      map((value): LoadState<T> => ({ status: 'ready', value })),
      catchError((error: unknown) => of<LoadState<T>>({ status: 'error', problem: readApiError(error) })),
      startWith<LoadState<T>>(LOADING),
    );
}

/**
 * For `linkedSignal`: while a new answer is loading, keep showing the previous one (the list does
 * not collapse, focus stays where it was); errors and answers replace it.
 */
export function keepWhileLoading<T>(current: LoadState<T>, previous?: { value: LoadState<T> }): LoadState<T> {
  return current.status === 'loading' && previous?.value.status === 'ready' ? previous.value : current;
}
