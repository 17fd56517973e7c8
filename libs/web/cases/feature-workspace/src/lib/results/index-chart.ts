import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CaseResultsDto, IndexResultDto } from '@tiltak/shared/api-contract';
import { INDICES, THEMES } from '@tiltak/shared/domain';
import { LocalNamePipe, LocalNumberPipe, ScrollRegion } from '@tiltak/web/shared/ui';
import {
  type Comparison,
  type ComparisonKey,
  chartedIndexCodes,
  comparisonMean,
  comparisonsOf,
  earlierColumns,
  type ShownMean,
  shownMean,
} from './comparisons';

interface ChartRow {
  number: number;
  code: string;
  name: { nb: string; en: string };
  /** null when too few answered the index for it to be shown. */
  current: { mean: number; sd: number; n: number } | null;
  sector: number | null;
  previous: { key: string; label: string; mean: ShownMean }[];
  comparisons: (Comparison & { mean: ShownMean })[];
}

const SCALE_MIN = 1;
const SCALE_MAX = 5;

/**
 * The 17 indices by theme as horizontal bars on the 1–5 scale, with the standard deviation drawn as
 * a black line across the bar's end (as in the workshop deck), the sector's mean as a diamond and
 * the unit's earlier rounds as rings, and the comparisons switched on (the unit above as a triangle,
 * the institution as a square). Plain HTML/CSS: responsive, printable and readable by screen readers,
 * with a table of the same numbers below. Values hidden by the anonymity rule read "too few responses".
 */
@Component({
  selector: 'tt-index-chart',
  imports: [TranslatePipe, LocalNamePipe, LocalNumberPipe, ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './index-chart.html',
  styleUrl: './index-chart.scss',
})
export class IndexChart {
  readonly results = input.required<CaseResultsDto>();
  readonly compareWith = input<readonly ComparisonKey[]>([]);

  protected readonly ticks = [1, 2, 3, 4, 5];

  protected readonly comparisons = computed(() =>
    comparisonsOf(this.results()).filter((c) => this.compareWith().includes(c.key)),
  );

  protected readonly themes = computed(() => {
    const { current, sector } = this.results();
    const comparisons = this.comparisons();
    const earlier = this.earlier();
    const byCode = new Map((current?.indices ?? []).map((i) => [i.code, i]));
    const charted = chartedIndexCodes(this.results(), comparisonsOf(this.results()));
    return THEMES.map((theme) => ({
      theme,
      rows: INDICES.filter(
        (index) => index.themeCode === theme.code && charted.has(index.code),
      ).map(
        (index): ChartRow => ({
          number: index.number,
          code: index.code,
          name: index,
          current: shownValue(byCode.get(index.code)),
          sector: sector[index.code] ?? null,
          previous: earlier
            .map((c) => ({
              key: c.key,
              label: c.label,
              mean: shownMean(c.result.indices, index.code),
            }))
            .filter((p) => p.mean !== null),
          comparisons: comparisons.map((c) => ({ ...c, mean: comparisonMean(c, index.code) })),
        }),
      ),
    })).filter((group) => group.rows.length > 0);
  });

  protected readonly earlier = computed(() => earlierColumns(this.results().previous));
  protected readonly earlierLabels = computed(() => this.earlier().map((c) => c.label));

  protected previousMean(row: ChartRow, key: string): ShownMean {
    return row.previous.find((p) => p.key === key)?.mean ?? null;
  }

  /** A mean to draw on the scale, or null for "too few responses" and missing values. */
  protected drawn(mean: ShownMean): number | null {
    return typeof mean === 'number' ? mean : null;
  }

  /** Position on the 1–5 scale in percent of the track. */
  protected pos(value: number): number {
    const clamped = Math.min(SCALE_MAX, Math.max(SCALE_MIN, value));
    return ((clamped - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * 100;
  }
}

/** The unit's value to draw; null reads "too few responses" (the index or the whole unit hidden). */
function shownValue(value: IndexResultDto | undefined): ChartRow['current'] {
  return !value || value.suppressed ? null : { mean: value.mean, sd: value.sd, n: value.n };
}
