import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CSRF_HEADER, apiInterceptor } from './api-interceptor';

describe('apiInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('adds the anti-CSRF header and credentials to unsafe calls to /api/', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      http.request(method, '/api/registros/1', { body: {} }).subscribe();
      const request = backend.expectOne({ method, url: '/api/registros/1' }).request;
      expect(request.headers.get(CSRF_HEADER)).toBe('1');
      expect(request.withCredentials).toBe(true);
    }
  });

  it('leaves GET calls to /api/ without the header, but with credentials', () => {
    http.get('/api/auth/me').subscribe();
    const request = backend.expectOne('/api/auth/me').request;
    expect(request.headers.has(CSRF_HEADER)).toBe(false);
    expect(request.withCredentials).toBe(true);
  });

  it('does not touch calls outside the platform API', () => {
    http.post('/v1/oauth', {}).subscribe();
    http.post('https://example.org/api/x', {}).subscribe();
    const local = backend.expectOne('/v1/oauth').request;
    const remote = backend.expectOne('https://example.org/api/x').request;
    for (const request of [local, remote]) {
      expect(request.headers.has(CSRF_HEADER)).toBe(false);
      expect(request.withCredentials).toBe(false);
    }
  });
});
