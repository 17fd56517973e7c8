import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import type { IndexValueDto } from '@tiltak/shared/api-contract';
import { inIndexOrder } from '@tiltak/shared/domain';
import { CasesApi } from '@tiltak/web/shared/data-access';
import { LocalNamePipe, LocalNumberPipe, ScrollRegion } from '@tiltak/web/shared/ui';
import { CaseStore } from '../case.store';

/**
 * Did it help? For each chosen area aimed at indices, how those indices moved to the unit's next
 * round, with the warning that a change after a measure does not prove the measure caused it and
 * that small changes with few responses may be chance.
 */
@Component({
  selector: 'tt-impact-panel',
  imports: [TranslatePipe, LocalNamePipe, LocalNumberPipe, ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (impact.value(); as r) {
      @if (areas().length) {
        <section class="card" aria-labelledby="impact-heading" data-testid="case-impact">
          <h2 id="impact-heading">{{ 'caseImpact.title' | translate }}</h2>
          @if (r.nextRoundYear === null) {
            <p class="muted" data-testid="case-impact-later">{{
              'caseImpact.later' | translate: { year: r.roundYear }
            }}</p>
          } @else if (r.hidden === 'suppressed') {
            <p class="muted">{{
              'caseImpact.suppressed' | translate: { next: r.nextRoundYear }
            }}</p>
          } @else {
            <p class="muted">{{
              'caseImpact.intro' | translate: { year: r.roundYear, next: r.nextRoundYear }
            }}</p>
            <p class="notice" role="note">{{ 'report.impact.caveat' | translate }}</p>
            @for (area of areas(); track area.areaId) {
              <h3
                >{{ area.title }}
                <span class="muted kind">{{ 'area.kinds.' + area.kind | translate }}</span></h3
              >
              <div [ttScrollRegion]="area.title">
                <table class="plain cards-on-phone">
                  <caption class="cdk-visually-hidden">{{ area.title }}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{{ 'report.impact.col.index' | translate }}</th>
                      <th scope="col" class="num">{{ r.roundYear }}</th>
                      <th scope="col" class="num">{{ r.nextRoundYear }}</th>
                      <th scope="col" class="num">{{ 'caseImpact.change' | translate }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (row of area.rows; track row.code) {
                      <tr>
                        <th scope="row">{{ row.index.number }}: {{ row.index | ttName }}</th>
                        @let before = meanOf(row.before);
                        @let after = meanOf(row.after);
                        <td class="num" [attr.data-label]="r.roundYear">{{
                          before === 'tooFew'
                            ? ('results.tooFewShort' | translate)
                            : (before | ttNumber: 2)
                        }}</td>
                        <td class="num" [attr.data-label]="r.nextRoundYear">{{
                          after === 'tooFew'
                            ? ('results.tooFewShort' | translate)
                            : (after | ttNumber: 2)
                        }}</td>
                        <td class="num" [attr.data-label]="'caseImpact.change' | translate">
                          {{ row.change | ttNumber: 2 : true }}
                          @if (row.uncertain) {
                            <span class="muted small"
                              >({{ 'caseImpact.uncertain' | translate }})</span
                            >
                          }
                        </td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            }
          }
        </section>
      }
    }
  `,
  styles: `
    h2 {
      margin-top: 0;
    }
    h3 {
      margin: 16px 0 4px;
    }
    .kind,
    .small {
      font-size: 0.8125rem;
      font-weight: normal;
    }
  `,
})
export class ImpactPanel {
  private readonly api = inject(CasesApi);
  private readonly store = inject(CaseStore);

  protected readonly impact = rxResource({
    params: () => this.store.detail()?.id,
    stream: ({ params: id }) => this.api.impact(id),
  });

  /** The chosen areas that aimed at indices, each index in the survey's order. */
  protected readonly areas = computed(() =>
    (this.impact.value()?.areas ?? [])
      .filter((a) => a.indices.length > 0)
      .map((a) => ({ ...a, rows: inIndexOrder(a.indices) })),
  );

  /** A round's value of an index: its mean, "too few" when the anonymity rule hides it, null when there is none. */
  protected meanOf(value: IndexValueDto | null): number | 'tooFew' | null {
    if (!value) return null;
    return value.suppressed ? 'tooFew' : value.mean;
  }
}
