import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { SignInPage } from './sign-in.page';

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('SignInPage', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [SignInPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ fallbackLang: 'nb', lang: 'nb' }),
      ],
    }).compileComponents();
    TestBed.inject(TranslateService).setTranslation('nb', {
      signIn: {
        title: 'Logg inn',
        withProvider: 'Logg inn med {{provider}}',
        devUsers: 'Demobrukere',
        error: {
          unknown_person: 'Du har ikke tilgang til Tiltak ennå.',
          failed: 'Svaret kunne ikke bekreftes.',
          whoGrants: 'Tilgang gis av administratoren.',
        },
      },
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function render(mode: 'dev' | 'oidc', error?: string) {
    const fixture = TestBed.createComponent(SignInPage);
    if (error) fixture.componentRef.setInput('error', error);
    http
      .expectOne('/api/auth/me')
      .flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });
    await tick();
    http
      .expectOne('/api/auth/config')
      .flush({ mode, providerName: mode === 'oidc' ? 'Feide' : null });
    await tick();
    if (mode === 'dev')
      http
        .expectOne('/api/auth/dev-users')
        .flush([
          { email: 'leder.idi@tiltak.example', name: 'Lise Dalen', roles: ['leader IE-IDI'] },
        ]);
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('in oidc mode offers "Sign in with <provider>" (a full-page trip to /api/auth/login) and no demo users', async () => {
    const el = await render('oidc');
    const link = el.querySelector<HTMLAnchorElement>('[data-testid="sign-in-oidc"]');
    expect(link?.getAttribute('href')).toBe('/api/auth/login');
    expect(link?.textContent).toContain('Logg inn med Feide');
    expect(el.querySelector('[data-email]')).toBeNull();
    http.verify();
  });

  it('in dev mode lists the demo users and no provider button', async () => {
    const el = await render('dev');
    expect(el.querySelector('[data-email="leder.idi@tiltak.example"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="sign-in-oidc"]')).toBeNull();
  });

  it('explains a refusal, and who grants access to an unknown person', async () => {
    const el = await render('oidc', 'unknown_person');
    const alert = el.querySelector('[data-testid="sign-in-error"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('Du har ikke tilgang til Tiltak ennå.');
    expect(alert?.textContent).toContain('Tilgang gis av administratoren.');
  });

  it('shows the general text for a reason it does not know', async () => {
    const el = await render('oidc', '<script>');
    expect(el.querySelector('[data-testid="sign-in-error"]')?.textContent?.trim()).toBe(
      'Svaret kunne ikke bekreftes.',
    );
  });
});
