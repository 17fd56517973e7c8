import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore } from '@tiltak/web/shared/data-access';
import { EmptyState } from '@tiltak/web/shared/ui';
import { CaseStore } from '../case.store';
import { CommentsPanel } from './comments-panel';
import { ConfirmationsPanel } from './confirmations-panel';
import { ImpactPanel } from './impact-panel';
import { MeasureFollowUp } from './measure-follow-up';
import { TimelinePanel } from './timeline-panel';

/** Step 4: carrying out and evaluating the plan, what changed by the next survey, with comments, confirmations and the timeline. */
@Component({
  selector: 'tt-follow-up-step',
  imports: [
    TranslatePipe,
    EmptyState,
    MeasureFollowUp,
    ImpactPanel,
    CommentsPanel,
    ConfirmationsPanel,
    TimelinePanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card">
      <h2>{{ 'followUp.title' | translate }}</h2>
      <p class="muted">{{ 'followUp.intro' | translate }}</p>
      <div class="measures">
        @for (item of items(); track item.measure.id) {
          <tt-measure-follow-up [measure]="item.measure" [area]="item.area" />
        } @empty {
          <tt-empty-state [title]="'plan.empty' | translate" />
        }
      </div>
    </section>
    <tt-impact-panel />
    @if (takesPart()) {
      <div class="two-col">
        <section class="card">
          <h2>{{ 'comments.title' | translate }}</h2>
          <tt-comments-panel />
        </section>
        <section class="card">
          <h2>{{ 'confirm.title' | translate }}</h2>
          <tt-confirmations-panel />
        </section>
      </div>
      <section class="card">
        <h2>{{ 'timeline.title' | translate }}</h2>
        <tt-timeline-panel />
      </section>
    }
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 16px;
    }
    h2 {
      margin-top: 0;
    }
    .measures {
      display: grid;
      gap: 12px;
    }
    .two-col {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 360px), 1fr));
      gap: 16px;
    }
  `,
})
export class FollowUpStep {
  protected readonly store = inject(CaseStore);
  private readonly session = inject(SessionStore);

  /** Employees read the plan and its progress; the discussion and history are for those who run it. */
  protected readonly takesPart = computed(() =>
    this.session.hasRole('leader', 'verneombud', 'hr', 'admin'),
  );

  /** The plan's measures (of selected areas), cancelled ones last. */
  protected readonly items = computed(() => {
    const detail = this.store.detail();
    if (!detail) return [];
    const areas = new Map(detail.areas.filter((a) => a.selected).map((a) => [a.id, a]));
    return detail.measures
      .filter((m) => areas.has(m.areaId))
      .map((measure) => ({ measure, area: areas.get(measure.areaId) ?? null }))
      .sort(
        (a, b) =>
          Number(a.measure.status === 'cancelled') - Number(b.measure.status === 'cancelled') ||
          (a.measure.deadline ?? '9999').localeCompare(b.measure.deadline ?? '9999'),
      );
  });
}
