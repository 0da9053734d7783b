import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { PortalApi } from './portal-api';
import { EMPTY_S3_CRITERIA } from './s3-query';

describe('PortalApi', () => {
  let api: PortalApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(PortalApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('searches S2 with the API parameter names, only the filters in use, texts fully encoded', () => {
    api
      .searchS2({ nombres: ' Ana  Luisa ', primerApellido: 'a+b&c', segundoApellido: '', institucionDependencia: '', tipoProcedimiento: [1, 3], pagina: 2, tamano: 25 })
      .subscribe();
    const request = backend.expectOne((r) => r.url === '/api/portal/s2');
    expect(request.request.urlWithParams).toBe('/api/portal/s2?nombres=Ana%20Luisa&primerApellido=a%2Bb%26c&tipoProcedimiento=1%2C3&pagina=2&tamano=25');
    request.flush({ total: 0, pagina: 2, tamano: 25, resultados: [] });
  });

  it('keeps the exact body of a record for the download', async () => {
    const body = '{"id":"a/b","nombres":"Ana",  "fechaCaptura":"2026-01-01T00:00:00Z"}';
    const answer = firstValueFrom(api.s2Record('a/b'));
    backend.expectOne('/api/portal/s2/a%2Fb').flush(body);
    const { record, json } = await answer;
    expect(json).toBe(body);
    expect(record.nombres).toBe('Ana');
  });

  it('lists S3 with the Directus query and takes meta.filter_count as the total', async () => {
    const answer = firstValueFrom(api.searchS3('faltas_graves_personas_morales', { criteria: { ...EMPTY_S3_CRITERIA, rfc: 'TRA' }, pagina: 2, tamano: 10 }));
    const request = backend.expectOne((r) => r.url === '/api/portal/s3/faltas_graves_personas_morales');
    expect(request.request.params.get('filter')).toBe('{"_and":[{"datosGenerales":{"rfc":{"_icontains":"TRA"}}}]}');
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('meta')).toBe('filter_count');
    request.flush({ data: [{ id: 'x' }], meta: { filter_count: 11 } });
    expect(await answer).toEqual({ items: [{ id: 'x' }], total: 11, pagina: 2, tamano: 10 });
  });

  it('asks for the institutions once, and again after a failure', async () => {
    const first = firstValueFrom(api.institutions()).catch(() => 'falló');
    backend.expectOne('/api/portal/s2/instituciones').flush('x', { status: 500, statusText: 'Error' });
    expect(await first).toBe('falló');
    const second = firstValueFrom(api.institutions());
    backend.expectOne('/api/portal/s2/instituciones').flush(['Secretaría de Salud']);
    expect(await second).toEqual(['Secretaría de Salud']);
    const third = firstValueFrom(api.institutions());
    backend.expectNone('/api/portal/s2/instituciones');
    expect(await third).toEqual(['Secretaría de Salud']);
  });
});
