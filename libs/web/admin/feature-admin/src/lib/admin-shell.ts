import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore } from '@tiltak/web/shared/data-access';

@Component({
  selector: 'tt-admin-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'nav.admin' | translate }}</h1>
    <nav class="tabs" [attr.aria-label]="'nav.admin' | translate">
      @for (tab of tabs; track tab.path) {
        <a [routerLink]="tab.path" routerLinkActive="active" ariaCurrentWhenActive="page">{{
          tab.label | translate
        }}</a>
      }
    </nav>
    <router-outlet />
  `,
  styles: `
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      margin-bottom: 16px;
    }
    .tabs a {
      padding: 10px 16px;
      text-decoration: none;
      color: var(--mat-sys-on-surface-variant);
      border-bottom: 3px solid transparent;
    }
    .tabs a.active {
      color: var(--mat-sys-primary);
      border-bottom-color: var(--mat-sys-primary);
      font-weight: 600;
    }
  `,
})
export class AdminShell {
  private readonly session = inject(SessionStore);
  protected readonly tabs = [
    { path: 'rounds', label: 'admin.rounds' },
    { path: 'org-units', label: 'admin.orgUnits' },
    { path: 'users', label: 'admin.users' },
    { path: 'notifications', label: 'notifications.title' },
    { path: 'escalations', label: 'escalation.previewTitle' },
    ...(this.session.hasRole('admin')
      ? [
          { path: 'imports', label: 'imports.title' },
          { path: 'speak-up', label: 'admin.speakUpPage' },
        ]
      : []),
  ];
}
