import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import type { PageEvent } from '@angular/material/paginator';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { provideSpanishPaginator } from './paginator-intl';
import { SearchResults, type SearchResultsState } from './search-results';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SearchResults],
  template: `
    <pde-search-results
      titleId="r-title"
      [state]="state()"
      [busy]="busy()"
      [countText]="count()"
      [hasRows]="hasRows()"
      [filtered]="filtered()"
      noMatchText="Nada coincide."
      noDataText="Aún no hay nada."
      [page]="2"
      [pageSize]="10"
      [pageSizes]="[10, 25]"
      (retry)="events.push('retry')"
      (clear)="events.push('clear')"
      (pageChange)="pages.push($event)"
    >
      <table class="projected"><tr><td>fila</td></tr></table>
    </pde-search-results>
  `,
})
class Host {
  readonly status = signal<SearchResultsState['status']>('ready');
  readonly busy = signal(false);
  readonly count = signal('Se encontraron 30 registros.');
  readonly total = signal(30);
  readonly hasRows = signal(true);
  readonly filtered = signal(true);
  readonly state = computed<SearchResultsState>(() => {
    const status = this.status();
    if (status === 'ready') return { status, value: { total: this.total() } };
    return status === 'error' ? { status, problem: { message: 'El servicio no respondió.' } } : { status };
  });
  readonly events: string[] = [];
  readonly pages: PageEvent[] = [];
}

describe('SearchResults (results area of the portal searches)', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideSpanishPaginator()] }));

  async function setup(changes: (host: Host) => void = () => undefined) {
    const fixture = TestBed.createComponent(Host);
    changes(fixture.componentInstance);
    fixture.detectChanges();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, host: fixture.componentInstance, element, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('labels the region with its heading, announces the count politely and shows the projected table with the paginator', async () => {
    const { element, loader, host } = await setup();
    const region = element.querySelector('section') as HTMLElement;
    expect(region.getAttribute('aria-labelledby')).toBe('r-title');
    expect(element.querySelector('#r-title')?.textContent).toBe('Resultados');
    const status = element.querySelector('[role="status"]') as HTMLElement;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('Se encontraron 30 registros.');
    expect(element.querySelector('table.projected')).not.toBeNull();
    const paginator = await loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toBe('11 – 20 de 30');
    await paginator.goToNextPage();
    expect(host.pages.map((p) => p.pageIndex)).toEqual([2]);
  });

  it('marks itself busy while the next page loads', async () => {
    const { element } = await setup((h) => h.busy.set(true));
    expect(element.querySelector('section')?.getAttribute('aria-busy')).toBe('true');
    expect(element.querySelector('.results--busy .results__rows')).not.toBeNull();
  });

  it('on error shows the message and «Intentar de nuevo», never the table', async () => {
    const { element, loader, host } = await setup((h) => h.status.set('error'));
    expect(element.textContent).toContain('El servicio no respondió.');
    expect(element.querySelector('table.projected')).toBeNull();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Intentar de nuevo' }))).click();
    expect(host.events).toEqual(['retry']);
  });

  it('with no results: the no-match text and «Limpiar búsqueda» for a filtered search, the no-data text otherwise', async () => {
    const filtered = await setup((h) => h.total.set(0));
    expect(filtered.element.textContent).toContain('Nada coincide.');
    await (await filtered.loader.getHarness(MatButtonHarness.with({ text: 'Limpiar búsqueda' }))).click();
    expect(filtered.host.events).toEqual(['clear']);

    const unfiltered = await setup((h) => (h.total.set(0), h.filtered.set(false)));
    expect(unfiltered.element.textContent).toContain('Aún no hay nada.');
    expect(await unfiltered.loader.getAllHarnesses(MatButtonHarness.with({ text: 'Limpiar búsqueda' }))).toHaveLength(0);
  });

  it('a page past the end says so and keeps the paginator to go back', async () => {
    const { element, loader } = await setup((h) => h.hasRows.set(false));
    expect(element.textContent).toContain('Esta página no tiene resultados.');
    expect(element.querySelector('table.projected')).toBeNull();
    expect(await loader.getAllHarnesses(MatPaginatorHarness)).toHaveLength(1);
  });

  it('shows nothing but the count while the first answer is on its way', async () => {
    const { element } = await setup((h) => (h.status.set('loading'), h.count.set('Buscando registros…')));
    expect(element.textContent).toContain('Buscando registros…');
    expect(element.querySelector('table.projected')).toBeNull();
    expect(element.querySelector('pde-status-message')).toBeNull();
  });
});
