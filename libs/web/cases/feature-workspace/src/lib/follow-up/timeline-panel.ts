import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { CasesApi } from '@tiltak/web/shared/data-access';
import { EmptyState, LoadingIndicator, LocalDatePipe } from '@tiltak/web/shared/ui';
import { CaseStore } from '../case.store';

/** Everything that happened to the case, newest first, from the audit log. */
@Component({
  selector: 'tt-timeline-panel',
  imports: [TranslatePipe, LocalDatePipe, EmptyState, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <tt-loading [active]="timeline.isLoading()" />
    @if (timeline.error()) {
      <p class="muted">{{ 'errors.notAvailable' | translate }}</p>
    } @else if (timeline.hasValue()) {
      @if (timeline.value().length === 0) {
        <tt-empty-state [title]="'timeline.empty' | translate" />
      } @else {
        <ol class="timeline">
          @for (e of timeline.value(); track e.id) {
            <li>
              <time [attr.datetime]="e.at">{{ e.at | ttDate: 'dateTime' }}</time>
              <span>
                <strong>{{ e.actorName ?? ('timeline.system' | translate) }}</strong>
                {{ actionLabel(e.action) }}
                <span class="muted">({{ e.entity }})</span>
              </span>
            </li>
          }
        </ol>
      }
    }
  `,
  styles: `
    .timeline {
      list-style: none;
      padding: 0 0 0 12px;
      margin: 0;
      border-left: 2px solid var(--mat-sys-outline-variant);
      display: grid;
      gap: 8px;
    }
    .timeline li {
      display: grid;
      gap: 2px;
      position: relative;
    }
    .timeline li::before {
      content: '';
      position: absolute;
      left: -18px;
      top: 6px;
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: var(--tt-brand);
    }
    time {
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class TimelinePanel {
  private readonly api = inject(CasesApi);
  private readonly store = inject(CaseStore);
  private readonly translate = inject(TranslateService);

  /** Re-read whenever the case changes (a new version means something happened). */
  protected readonly timeline = rxResource({
    params: () => {
      const d = this.store.detail();
      return d
        ? { id: d.id, version: d.version, n: d.measures.reduce((n, m) => n + m.version, 0) }
        : undefined;
    },
    stream: ({ params }) => this.api.timeline(params.id),
  });

  /** Known audit actions are translated; new ones show as recorded rather than not at all. */
  protected actionLabel(action: string): string {
    const key = `timeline.action.${action}`;
    const text = this.translate.instant(key) as string;
    return text === key ? action : text;
  }
}
