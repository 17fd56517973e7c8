import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { inIndexOrder } from '@tiltak/shared/domain';
import { ReportsApi, type ReportScopeParams } from '@tiltak/web/shared/data-access';
import { EmptyState, LocalNamePipe, LocalNumberPipe, ScrollRegion } from '@tiltak/web/shared/ui';
import { differenceBar } from './completion-view';

/**
 * Which measures go with improvement: per index, the mean change to the unit's next round in units
 * that had measures aimed at it against units that had not, at the level shown, with the caveat that
 * a change after a measure is no proof that the measure caused it.
 */
@Component({
  selector: 'tt-impact-view',
  imports: [TranslatePipe, EmptyState, LocalNamePipe, LocalNumberPipe, ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="impact-heading" data-testid="impact-view">
      <h2 id="impact-heading">{{ 'report.impact.title' | translate }}</h2>
      @if (impact.value(); as r) {
        @if (r.nextRoundYear === null) {
          <p class="muted" data-testid="impact-no-next">{{
            'report.impact.noNext' | translate: { year: r.roundYear }
          }}</p>
        } @else if (rows().length === 0) {
          <tt-empty-state [title]="'report.impact.none' | translate" />
        } @else {
          <p class="muted">{{
            'report.impact.intro' | translate: { year: r.roundYear, next: r.nextRoundYear }
          }}</p>
          <p class="notice" role="note">{{ 'report.impact.caveat' | translate }}</p>
          <div [ttScrollRegion]="'report.impact.title' | translate">
            <table class="plain cards-on-phone" data-testid="impact-table">
              <caption class="cdk-visually-hidden">{{ 'report.impact.title' | translate }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'report.impact.col.index' | translate }}</th>
                  <th scope="col" class="num">{{ 'report.impact.col.with' | translate }}</th>
                  <th scope="col" class="num">{{ 'report.impact.col.without' | translate }}</th>
                  <th scope="col">{{ 'report.impact.col.difference' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row.code) {
                  <tr>
                    <th scope="row">{{ row.index.number }}: {{ row.index | ttName }}</th>
                    <td class="num" [attr.data-label]="'report.impact.col.with' | translate">
                      {{ row.withMeasures.meanChange | ttNumber: 2 : true }}
                      <span class="muted small"
                        >({{
                          'report.impact.units' | translate: { n: row.withMeasures.units }
                        }})</span
                      >
                    </td>
                    <td class="num" [attr.data-label]="'report.impact.col.without' | translate">
                      {{ row.without.meanChange | ttNumber: 2 : true }}
                      <span class="muted small"
                        >({{ 'report.impact.units' | translate: { n: row.without.units } }})</span
                      >
                    </td>
                    <td
                      class="difference"
                      [attr.data-label]="'report.impact.col.difference' | translate"
                    >
                      @if (row.bar; as bar) {
                        <span class="axis" aria-hidden="true">
                          <span
                            class="bar"
                            [class.up]="bar.up"
                            [style.left.%]="bar.left"
                            [style.width.%]="bar.width"
                          ></span>
                        </span>
                      }
                      <span class="value">{{ row.difference | ttNumber: 2 : true }}</span>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </section>
  `,
  styles: `
    h2 {
      margin-top: 0;
    }
    .small {
      font-size: 0.8125rem;
    }
    .difference {
      display: flex;
      align-items: center;
      gap: 8px;
      min-width: 11rem;
    }
    .axis {
      position: relative;
      flex: 0 0 6rem;
      height: 10px;
      border-left: 1px solid transparent;
      background: linear-gradient(
        to right,
        transparent calc(50% - 0.5px),
        var(--mat-sys-outline) calc(50% - 0.5px),
        var(--mat-sys-outline) calc(50% + 0.5px),
        transparent calc(50% + 0.5px)
      );
    }
    .bar {
      position: absolute;
      top: 1px;
      height: 8px;
      border-radius: 2px;
      background: var(--mat-sys-error);
    }
    .bar.up {
      background: var(--tt-brand);
    }
    .value {
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class ImpactView {
  private readonly reports = inject(ReportsApi);

  readonly scope = input.required<ReportScopeParams>();

  protected readonly impact = rxResource({
    params: () => this.scope(),
    stream: ({ params }) => this.reports.impact(params),
  });

  /** Indices that some unit had measures for, in the survey's order, with the difference drawn around zero. */
  protected readonly rows = computed(() => {
    const rows = (this.impact.value()?.rows ?? []).filter((r) => r.withMeasures.units > 0);
    const scale = Math.max(0.25, ...rows.map((r) => Math.abs(r.difference ?? 0)));
    return inIndexOrder(rows).map((row) => ({ ...row, bar: differenceBar(row.difference, scale) }));
  });
}
