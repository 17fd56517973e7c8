import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCheckbox } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { CasesApi } from '@tiltak/web/shared/data-access';
import {
  EmptyState,
  LoadingIndicator,
  LocalNamePipe,
  LocalNumberPipe,
  ScrollRegion,
} from '@tiltak/web/shared/ui';
import { CaseStore } from '../case.store';
import { WorkshopForm } from '../workshop/workshop-form';
import { type ComparisonKey, comparisonsOf, earlierKey, earlierLabel } from './comparisons';
import { IndexChart } from './index-chart';

/** Orders buckets such as "<=37.5", "37.5-40", "40-45", ">45" by their lower bound. */
function bucketOrder(label: string): number {
  const first = Number(/\d+(?:[.,]\d+)?/.exec(label)?.[0].replace(',', '.') ?? Number.NaN);
  if (Number.isNaN(first)) return Number.MAX_SAFE_INTEGER;
  if (label.trim().startsWith('<')) return first - 1000;
  if (label.trim().startsWith('>')) return first + 1000;
  return first;
}

/** Step 1: the unit's report as presented at the follow-up meeting, and the meeting's date. */
@Component({
  selector: 'tt-results-step',
  imports: [
    RouterLink,
    MatCheckbox,
    TranslatePipe,
    LoadingIndicator,
    EmptyState,
    LocalNamePipe,
    LocalNumberPipe,
    ScrollRegion,
    IndexChart,
    WorkshopForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './results-step.html',
  styleUrl: './results-step.scss',
})
export class ResultsStep {
  private readonly api = inject(CasesApi);
  protected readonly store = inject(CaseStore);

  /** In presentation mode only the report is shown: no meeting form, no links away. */
  readonly presenting = input(false);

  protected readonly results = rxResource({
    params: () => this.store.detail()?.id,
    stream: ({ params: id }) => this.api.results(id),
  });

  protected readonly current = computed(() => this.results.value()?.current ?? null);

  /** The unit above and the institution, each switched on or off; both are shown at first. */
  protected readonly comparisons = computed(() => {
    const results = this.results.value();
    return results ? comparisonsOf(results) : [];
  });
  protected readonly compareWith = signal<readonly ComparisonKey[]>(['parent', 'institution']);
  protected compare(key: ComparisonKey, on: boolean): void {
    this.compareWith.update((keys) =>
      on ? [...keys.filter((k) => k !== key), key] : keys.filter((k) => k !== key),
    );
  }
  protected readonly hours = computed(() => {
    const hours = this.current()?.workingHours;
    if (!hours) return [];
    const entries = Object.entries(hours).sort(([a], [b]) => bucketOrder(a) - bucketOrder(b));
    const max = Math.max(...entries.map(([, v]) => v), 1);
    return entries.map(([label, value]) => ({ label, value, width: (value / max) * 100 }));
  });
  /** The API may send a share (0.72) or a percentage (72); show a percentage. */
  protected percent(rate: number | null | undefined): number | null {
    if (rate === null || rate === undefined) return null;
    return rate <= 1 ? rate * 100 : rate;
  }

  protected readonly history = computed(() =>
    (this.results.value()?.previous ?? []).map((p) => ({
      key: earlierKey(p),
      year: earlierLabel(p),
      respondents: p.respondents,
      rate: p.responseRate,
      suppressed: p.suppressed,
    })),
  );
}
