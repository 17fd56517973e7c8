import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  EscalationApi,
  NOTIFICATION_STATUSES,
  type NotificationStatus,
} from '@tiltak/web/shared/data-access';
import { EmptyState, LoadingIndicator, LocalDatePipe, latestValue } from '@tiltak/web/shared/ui';
import { KNOWN_STEP_KEYS } from '@tiltak/web/shared/util';

const PAGE_SIZE = 25;

/** The outbox: every mail Tiltak decided to send, its status, and for failures the last error. */
@Component({
  selector: 'tt-notifications-page',
  imports: [
    MatButton,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    TranslatePipe,
    LoadingIndicator,
    EmptyState,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'notifications.title' | translate }}</h2>
    <p class="muted">{{ 'notifications.intro' | translate }}</p>
    <div class="filters">
      <mat-form-field>
        <mat-label>{{ 'notifications.status' | translate }}</mat-label>
        <mat-select
          [value]="status()"
          (valueChange)="filter($event)"
          data-testid="notification-status"
        >
          <mat-option [value]="null">{{ 'notifications.allStatuses' | translate }}</mat-option>
          @for (s of statuses; track s) {
            <mat-option [value]="s">{{ 'notifications.statuses.' + s | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <button mat-button type="button" (click)="list.reload()">{{
        'common.reload' | translate
      }}</button>
    </div>
    <tt-loading [active]="list.isLoading()" />
    @if (list.error()) {
      <tt-empty-state [title]="'errors.server' | translate" />
    } @else if (shown(); as result) {
      @if (result.items.length === 0) {
        <tt-empty-state [title]="'notifications.empty' | translate" />
      } @else {
        <p class="muted" aria-live="polite">{{
          'notifications.count' | translate: { n: result.total }
        }}</p>
        <ul class="log keeps-rows" [attr.aria-busy]="list.isLoading()" data-testid="notifications">
          @for (n of result.items; track n.id) {
            <li class="card entry" [attr.data-status]="n.status">
              <div class="entry-head">
                <span class="status" [attr.data-status]="n.status">{{
                  'notifications.statuses.' + n.status | translate
                }}</span>
                <strong>{{ n.subject ?? n.template }}</strong>
              </div>
              <p class="meta">
                {{ n.recipient.name }} &lt;{{ n.recipient.email }}&gt; · {{ n.createdAt | ttDate }}
                @if (n.stepKey) {
                  · {{ 'notifications.step' | translate }}:
                  {{
                    knownSteps.includes(n.stepKey)
                      ? ('escalation.steps.' + n.stepKey | translate)
                      : n.stepKey
                  }}
                }
                · {{ 'notifications.attempts' | translate: { n: n.attempts } }}
                @if (n.sentAt) {
                  · {{ 'notifications.sentAt' | translate }} {{ n.sentAt | ttDate }}
                  @if (n.deliveredVia) {
                    ({{ 'notifications.via.' + n.deliveredVia | translate }})
                  }
                }
              </p>
              @if (n.lastError) {
                <p class="error" [attr.role]="n.status === 'failed' ? 'note' : null">
                  <strong>{{ 'notifications.lastError' | translate }}:</strong>
                  <span lang="en">{{ n.lastError }}</span>
                </p>
              }
              @if (n.bodyText || n.bodyHtml) {
                <details>
                  <summary>{{ 'notifications.showMail' | translate }}</summary>
                  @if (n.bodyHtml) {
                    <iframe
                      class="mail"
                      sandbox=""
                      [srcdoc]="n.bodyHtml"
                      [title]="
                        ('notifications.renderedMail' | translate) + ': ' + (n.subject ?? '')
                      "
                      [attr.lang]="n.language"
                    ></iframe>
                  } @else {
                    <pre class="mail-text" [attr.lang]="n.language">{{ n.bodyText }}</pre>
                  }
                </details>
              }
            </li>
          }
        </ul>
        <nav class="pager" [attr.aria-label]="'overview.pages' | translate">
          <button
            mat-stroked-button
            type="button"
            [disabled]="page() <= 1"
            (click)="page.set(page() - 1)"
            >{{ 'overview.previous' | translate }}</button
          >
          <span>{{ 'overview.pageOf' | translate: { page: page(), pages: pages() } }}</span>
          <button
            mat-stroked-button
            type="button"
            [disabled]="page() >= pages()"
            (click)="page.set(page() + 1)"
            data-testid="next-page"
            >{{ 'overview.next' | translate }}</button
          >
        </nav>
      }
    }
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
    }
    .log {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 8px;
    }
    .entry {
      padding: 12px 16px;
    }
    .entry[data-status='failed'] {
      border-left: 4px solid var(--mat-sys-error);
    }
    .entry-head {
      display: flex;
      gap: 8px;
      align-items: baseline;
      flex-wrap: wrap;
    }
    .status {
      font: var(--mat-sys-label-medium);
      padding: 2px 8px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-highest);
    }
    .status[data-status='failed'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .status[data-status='sent'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .meta {
      margin: 4px 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      margin: 4px 0;
      color: var(--mat-sys-error);
      overflow-wrap: anywhere;
    }
    .mail {
      width: 100%;
      min-height: 320px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: #fff;
    }
    .mail-text {
      white-space: pre-wrap;
    }
    summary {
      cursor: pointer;
      padding: 10px 0;
    }
    .pager {
      display: flex;
      gap: 12px;
      align-items: center;
      justify-content: center;
      margin-top: 12px;
    }
  `,
})
export class NotificationsPage {
  private readonly api = inject(EscalationApi);
  protected readonly knownSteps: readonly string[] = KNOWN_STEP_KEYS;

  protected readonly statuses = NOTIFICATION_STATUSES;
  protected readonly status = signal<NotificationStatus | null>(null);
  protected readonly page = signal(1);

  protected readonly list = rxResource({
    params: () => ({ status: this.status(), page: this.page(), pageSize: PAGE_SIZE }),
    stream: ({ params }) => this.api.notifications(params),
  });
  protected readonly shown = latestValue(this.list);
  protected readonly pages = computed(() =>
    Math.max(1, Math.ceil((this.shown()?.total ?? 0) / PAGE_SIZE)),
  );

  protected filter(status: NotificationStatus | null): void {
    this.status.set(status);
    this.page.set(1);
  }
}
