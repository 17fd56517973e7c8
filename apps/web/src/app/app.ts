import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatToolbar } from '@angular/material/toolbar';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  type ActivatedRouteSnapshot,
  NavigationEnd,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService, SessionStore } from '@tiltak/web/shared/data-access';
import { filter, map } from 'rxjs';

/** Routes with `data: { fullscreen: true }` (the workshop presentation) take the whole screen. */
function isFullscreen(route: ActivatedRouteSnapshot | null): boolean {
  for (let r = route; r; r = r.firstChild) if (r.data['fullscreen']) return true;
  return false;
}

@Component({
  selector: 'tt-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatToolbar, MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
  host: { '(document:keydown.escape)': 'closeUserPanel(true)' },
})
export class App {
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly router = inject(Router);

  protected readonly fullscreen = toSignal(
    this.router.events.pipe(
      filter((e) => e instanceof NavigationEnd),
      map(() => isFullscreen(this.router.routerState.snapshot.root)),
    ),
    { initialValue: false },
  );

  protected readonly otherLanguage = computed(() =>
    this.language.language() === 'nb' ? 'en' : 'nb',
  );
  protected readonly canAdmin = computed(() => {
    const roles = this.session.roles();
    return roles.has('admin') || roles.has('hr');
  });
  protected readonly roleKeys = computed(() => [...this.session.roles()].map((r) => `role.${r}`));

  /** A disclosure rather than a menu widget: two items do not need the overlay machinery. */
  protected readonly userPanelOpen = signal(false);
  private readonly userButton = viewChild<ElementRef<HTMLButtonElement>>('userButton');

  protected closeUserPanel(returnFocus: boolean): void {
    if (!this.userPanelOpen()) return;
    this.userPanelOpen.set(false);
    if (returnFocus) this.userButton()?.nativeElement.focus();
  }

  protected onUserFocusOut(event: FocusEvent): void {
    const container = event.currentTarget as HTMLElement;
    if (!container.contains(event.relatedTarget as Node | null)) this.closeUserPanel(false);
  }

  protected switchLanguage(): void {
    void this.language.switchTo(this.otherLanguage());
  }

  protected readonly devMode = computed(() => this.session.authConfig()?.mode === 'dev');

  constructor() {
    // Only for the dev-mode banner: a failure here must not stop the app.
    this.session.loadAuthConfig().catch(() => undefined);
  }

  protected async signOut(): Promise<void> {
    this.userPanelOpen.set(false);
    const next = await this.session.signOut();
    // The identity provider's own sign-out page is outside this app.
    if (/^https?:/.test(next)) window.location.assign(next);
    else await this.router.navigateByUrl(next);
  }

  protected focusMain(event: Event): void {
    event.preventDefault();
    document.getElementById('main')?.focus();
  }
}
