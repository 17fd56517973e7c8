import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CaseSummaryDto } from '@tiltak/shared/api-contract';
import { trafficLight } from '@tiltak/web/cases/util';
import {
  CaseStateChip,
  LocalDatePipe,
  LocalNamePipe,
  TrafficLightIndicator,
} from '@tiltak/web/shared/ui';
import { todayIso } from '@tiltak/web/shared/util';

/** A leader's own cases (or an employee's unit) as cards with state, progress and the next deadline. */
@Component({
  selector: 'tt-case-cards',
  imports: [
    RouterLink,
    TranslatePipe,
    CaseStateChip,
    TrafficLightIndicator,
    LocalDatePipe,
    LocalNamePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="cards">
      @for (c of cases(); track c.id) {
        <li class="card">
          <h3>
            <a [routerLink]="employeeView() ? ['/cases', c.id, 'follow-up'] : ['/cases', c.id]">{{
              c | ttName
            }}</a>
          </h3>
          <p class="muted">{{ c.unitCode }} · {{ c.roundName }}</p>
          <div class="row">
            <tt-case-state-chip [state]="c.state" />
            <tt-traffic-light [color]="light(c)" />
          </div>
          <dl>
            <div>
              <dt>{{ 'case.measuresProgress' | translate }}</dt>
              <dd>{{
                'case.measuresDoneOf' | translate: { done: c.measuresDone, total: c.measuresTotal }
              }}</dd>
            </div>
            @if (c.measuresOverdue) {
              <div>
                <dt>{{ 'case.overdue' | translate }}</dt>
                <dd class="missing">{{ c.measuresOverdue }}</dd>
              </div>
            }
            <div>
              <dt>{{ 'case.nextDeadline' | translate }}</dt>
              <dd>{{ (c.nextDeadline | ttDate) || ('common.none' | translate) }}</dd>
            </div>
          </dl>
        </li>
      }
    </ul>
  `,
  styles: `
    .cards {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
      gap: 12px;
    }
    h3 {
      margin: 0 0 4px;
    }
    h3 a {
      text-decoration: none;
    }
    h3 a:hover,
    h3 a:focus-visible {
      text-decoration: underline;
    }
    .muted {
      margin: 0 0 8px;
      font-size: 0.875rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
    }
    dl {
      margin: 12px 0 0;
      display: grid;
      gap: 4px;
    }
    dl div {
      display: flex;
      justify-content: space-between;
      gap: 8px;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class CaseCards {
  readonly cases = input.required<CaseSummaryDto[]>();
  readonly employeeView = input(false);
  private readonly today = todayIso();

  protected light(summary: CaseSummaryDto) {
    return trafficLight(summary, this.today);
  }
}
