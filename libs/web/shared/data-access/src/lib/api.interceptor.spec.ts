import {
  HttpClient,
  HttpContext,
  provideHttpClient,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { apiInterceptor } from './api.interceptor';
import { SILENT_ERRORS } from './http-context';

describe('apiInterceptor and the CSRF token', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  const opened: string[] = [];

  beforeEach(() => {
    opened.length = 0;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(
          withInterceptors([apiInterceptor]),
          withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
        ),
        provideHttpClientTesting(),
        provideTranslateService({ fallbackLang: 'en', lang: 'en' }),
        { provide: MatSnackBar, useValue: { open: (message: string) => opened.push(message) } },
      ],
    });
    TestBed.inject(TranslateService).setTranslation('en', {
      common: { close: 'Close' },
      errors: {
        tooMany: 'Too many attempts. Please wait {{seconds}} seconds.',
        server: 'Something went wrong.',
      },
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('repeats the XSRF-TOKEN cookie as the X-XSRF-TOKEN header on writes, not on reads', () => {
    document.cookie = 'XSRF-TOKEN=token-from-the-server; path=/';
    http.post('/api/cases/1/comments', { body: 'x' }).subscribe();
    http.get('/api/cases').subscribe();
    const write = backend.expectOne('/api/cases/1/comments');
    expect(write.request.headers.get('X-XSRF-TOKEN')).toBe('token-from-the-server');
    const read = backend.expectOne('/api/cases');
    expect(read.request.headers.has('X-XSRF-TOKEN')).toBe(false);
    write.flush({});
    read.flush([]);
  });

  it('explains a 429 with the wait the server asks for, even for requests that explain their own errors', async () => {
    const failed = firstValueFrom(
      http.post(
        '/api/auth/dev-login',
        { email: 'a@b.example' },
        { context: new HttpContext().set(SILENT_ERRORS, true) },
      ),
    ).catch((e: unknown) => e);
    backend
      .expectOne('/api/auth/dev-login')
      .flush(
        { statusCode: 429, error: 'Too Many Requests', message: 'Too many sign-in attempts' },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '42' } },
      );
    await failed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(opened).toEqual(['Too many attempts. Please wait 42 seconds.']);
  });
});
