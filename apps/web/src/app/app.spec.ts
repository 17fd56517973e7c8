import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { SessionStore } from '@tiltak/web/shared/data-access';
import { App } from './app';

describe('App shell', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ fallbackLang: 'nb', lang: 'nb' }),
      ],
    }).compileComponents();
    TestBed.inject(TranslateService).setTranslation('nb', {
      app: { name: 'Tiltak', switchTo: { en: 'English' }, skipToContent: 'Hopp til hovedinnhold' },
    });
  });

  afterEach(() => localStorage.clear());

  it('shows the app name, a skip link and the language switch', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('.brand')?.textContent).toContain('Tiltak');
    expect(el.querySelector('.skip-link')?.getAttribute('href')).toBe('#main');
    expect(el.querySelector('[data-testid="language-switch"]')?.textContent).toContain('English');
    expect(el.querySelector('[data-testid="user-menu"]')).toBeNull();
  });

  it('switches language, remembers it and saves it on the signed-in user', async () => {
    const session = TestBed.inject(SessionStore);
    const http = TestBed.inject(HttpTestingController);
    // Sign in through the store so the shell shows the user.
    const loading = session.refresh();
    http.expectOne('/api/auth/me').flush({
      id: 'u1',
      name: 'Lise Dalen',
      email: 'leder.idi@tiltak.example',
      language: 'nb',
      notifyMode: 'immediate',
      roles: [{ id: 'r', role: 'leader', unitId: 'x', unitCode: 'IE-IDI' }],
    });
    await loading;
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    (
      fixture.nativeElement.querySelector('[data-testid="language-switch"]') as HTMLButtonElement
    ).click();
    await fixture.whenStable();
    const patch = http.expectOne('/api/users/me');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ language: 'en' });
    patch.flush({});
    await fixture.whenStable();
    expect(localStorage.getItem('tiltak.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(fixture.nativeElement.querySelector('[data-testid="user-menu"]')?.textContent).toContain(
      'Lise Dalen',
    );
  });
});
