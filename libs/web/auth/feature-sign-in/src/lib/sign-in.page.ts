import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SIGN_IN_ERRORS, type SignInError } from '@tiltak/shared/api-contract';
import { type DevUser, LanguageService, SessionStore } from '@tiltak/web/shared/data-access';
import { EmptyState, LoadingIndicator } from '@tiltak/web/shared/ui';

type LoadState = 'loading' | 'ready' | 'oidc' | 'unavailable' | 'failed';

/**
 * In oidc mode: "Sign in with <provider>", a full-page trip through the API's authorization-code flow
 * (`/api/auth/login`), which comes back here with `?error=<reason>` when it refuses. In dev mode: pick
 * one of the seeded demo users.
 */
@Component({
  selector: 'tt-sign-in-page',
  imports: [MatAnchor, MatButton, TranslatePipe, LoadingIndicator, EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in.page.html',
  styleUrl: './sign-in.page.scss',
})
export class SignInPage {
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);

  /** Where to go after signing in (set by the auth guard). */
  readonly returnUrl = input<string>();
  /** Why the OpenID Connect callback refused the sign-in. */
  readonly error = input<string>();

  protected readonly errorKey = computed(() => {
    const reason = this.error();
    if (!reason) return null;
    return `signIn.error.${(SIGN_IN_ERRORS as readonly string[]).includes(reason) ? (reason as SignInError) : 'failed'}`;
  });
  protected readonly providerName = computed(() => this.session.authConfig()?.providerName ?? '');

  protected readonly state = signal<LoadState>('loading');
  protected readonly users = signal<DevUser[]>([]);
  protected readonly signingInAs = signal<string | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    if (await this.session.ensureLoaded().catch(() => null)) {
      await this.router.navigateByUrl(this.safeReturnUrl());
      return;
    }
    try {
      if ((await this.session.loadAuthConfig()).mode === 'oidc') {
        this.state.set('oidc');
        return;
      }
      this.users.set(await this.session.devUsers());
      this.state.set('ready');
    } catch (failure) {
      this.state.set(
        failure instanceof HttpErrorResponse && failure.status === 404 ? 'unavailable' : 'failed',
      );
    }
  }

  protected roleLabels(user: DevUser): { role: string; unit: string | null }[] {
    // The dev endpoint lists roles as "leader IE-IDI"; assignments also come as objects.
    return user.roles.map((r) => {
      if (typeof r !== 'string') return { role: r.role, unit: r.unitCode };
      const [role = r, unit = null] = r.split(' ');
      return { role, unit };
    });
  }

  protected async signIn(user: DevUser): Promise<void> {
    this.signingInAs.set(user.email);
    this.failed.set(false);
    try {
      await this.session.devLogin(user.email);
      await this.language.adoptUserPreference();
      await this.router.navigateByUrl(this.safeReturnUrl());
    } catch {
      this.failed.set(true);
    } finally {
      this.signingInAs.set(null);
    }
  }

  /** Only paths inside this app, never another origin. */
  private safeReturnUrl(): string {
    const url = this.returnUrl();
    return url && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/sign-in')
      ? url
      : '/';
  }
}
