import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { MeasureDto } from '@tiltak/shared/api-contract';
import { buildGrid, quadrantOf, sortByPriority } from '@tiltak/web/cases/util';

/**
 * Importance (up) × feasibility (right), 5 × 5, with the measures in their cells. The ranked list
 * beside it says the same in text, for screen readers and small screens.
 */
@Component({
  selector: 'tt-priority-grid',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './priority-grid-view.html',
  styleUrl: './priority-grid-view.scss',
})
export class PriorityGridView {
  readonly measures = input.required<MeasureDto[]>();

  protected readonly grid = computed(() => buildGrid(this.measures()));
  protected readonly ranked = computed(() =>
    sortByPriority(this.measures()).map((m) => ({ measure: m, quadrant: quadrantOf(m) })),
  );
  protected readonly scores = [1, 2, 3, 4, 5];
}
