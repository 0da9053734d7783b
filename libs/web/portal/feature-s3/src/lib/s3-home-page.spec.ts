import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { S3_ROUTES } from './s3.routes';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('S3 choice pages', () => {
  let backend: HttpTestingController;

  async function open(url: string): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: 's3', children: S3_ROUTES }], withComponentInputBinding()), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create(url);
    backend.expectOne('/api/portal/resumen').flush({
      corte: null,
      totales: { s2: 1, faltas_administrativas_graves: 124, faltas_administrativas_no_graves: 1, faltas_graves_personas_fisicas: 0, faltas_graves_personas_morales: 46 },
    });
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  afterEach(() => backend.verify());

  it('/s3 offers the four searches in two groups, with their totals', async () => {
    const page = await open('/s3');
    expect(text(page.querySelector('h1'))).toBe('Servidores públicos y particulares sancionados');
    expect(Array.from(page.querySelectorAll('h2')).map(text)).toEqual(['Servidores públicos sancionados', 'Particulares sancionados']);
    expect(Array.from(page.querySelectorAll('article')).map((card) => [text(card.querySelector('h3')), text(card.querySelector('.card__total')), card.querySelector('a')?.getAttribute('href')])).toEqual([
      ['Faltas graves', '124 sanciones publicadas', '/s3/faltas_administrativas_graves'],
      ['Faltas no graves', '1 sanción publicada', '/s3/faltas_administrativas_no_graves'],
      ['Personas físicas', '0 sanciones publicadas', '/s3/faltas_graves_personas_fisicas'],
      ['Personas morales', '46 sanciones publicadas', '/s3/faltas_graves_personas_morales'],
    ]);
  });

  it.each([
    ['/s3/servidores', 'Servidores públicos sancionados', ['/s3/faltas_administrativas_graves', '/s3/faltas_administrativas_no_graves']],
    ['/s3/particulares', 'Particulares sancionados', ['/s3/faltas_graves_personas_fisicas', '/s3/faltas_graves_personas_morales']],
  ])('%s keeps its address and offers its two searches', async (url, title, paths) => {
    const page = await open(url);
    expect(text(page.querySelector('h1'))).toBe(title);
    expect(Array.from(page.querySelectorAll('article a')).map((a) => a.getAttribute('href'))).toEqual(paths);
  });
});
