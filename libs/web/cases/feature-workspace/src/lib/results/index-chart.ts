import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CaseResultsDto, IndexResultDto } from '@tiltak/shared/api-contract';
import { INDICES, THEMES } from '@tiltak/shared/domain';
import { LocalNamePipe, LocalNumberPipe } from '@tiltak/web/shared/ui';

interface ChartRow {
  number: number;
  code: string;
  name: { nb: string; en: string };
  current: IndexResultDto;
  sector: number | null;
  previous: { year: number; mean: number }[];
}

const SCALE_MIN = 1;
const SCALE_MAX = 5;

/**
 * The 17 indices by theme as horizontal bars on the 1–5 scale, with the standard deviation drawn as
 * a black line across the bar's end (as in the workshop deck), the sector's mean as a diamond and
 * the unit's earlier rounds as rings. Plain HTML/CSS: responsive, printable and readable by screen
 * readers, with a table of the same numbers below.
 */
@Component({
  selector: 'tt-index-chart',
  imports: [TranslatePipe, LocalNamePipe, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './index-chart.html',
  styleUrl: './index-chart.scss',
})
export class IndexChart {
  readonly results = input.required<CaseResultsDto>();

  protected readonly ticks = [1, 2, 3, 4, 5];

  protected readonly themes = computed(() => {
    const { current, previous, sector } = this.results();
    const byCode = new Map((current?.indices ?? []).map((i) => [i.code, i]));
    return THEMES.map((theme) => ({
      theme,
      rows: INDICES.filter((index) => index.themeCode === theme.code && byCode.has(index.code)).map(
        (index): ChartRow => ({
          number: index.number,
          code: index.code,
          name: index,
          current: byCode.get(index.code) as IndexResultDto,
          sector: sector[index.code] ?? null,
          previous: previous
            .filter((p) => !p.suppressed)
            .flatMap((p) => {
              const found = p.indices.find((i) => i.code === index.code);
              return found ? [{ year: p.roundYear, mean: found.mean }] : [];
            }),
        }),
      ),
    })).filter((group) => group.rows.length > 0);
  });

  protected readonly previousYears = computed(() => this.results().previous.filter((p) => !p.suppressed).map((p) => p.roundYear));

  protected previousMean(row: ChartRow, year: number): number | null {
    return row.previous.find((p) => p.year === year)?.mean ?? null;
  }

  /** Position on the 1–5 scale in percent of the track. */
  protected pos(value: number): number {
    const clamped = Math.min(SCALE_MAX, Math.max(SCALE_MIN, value));
    return ((clamped - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * 100;
  }
}
