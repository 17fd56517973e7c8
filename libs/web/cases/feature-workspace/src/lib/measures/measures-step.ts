import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { isInPlan } from '@tiltak/shared/domain';
import { validatePlan } from '@tiltak/web/cases/util';
import { EmptyState } from '@tiltak/web/shared/ui';
import { CaseStore } from '../case.store';
import { MeasureEditor } from './measure-editor';
import { PlanTable } from './plan-table';
import { PriorityGridView } from './priority-grid-view';

/** Step 3: group work phase 2 – measures per area, prioritised on the grid, forming the action plan. */
@Component({
  selector: 'tt-measures-step',
  imports: [MatButton, TranslatePipe, EmptyState, MeasureEditor, PlanTable, PriorityGridView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measures-step.html',
  styleUrl: './measures-step.scss',
})
export class MeasuresStep {
  protected readonly store = inject(CaseStore);

  /** Which editor is open: a measure id, `new:<areaId>`, or none. */
  protected readonly editing = signal<string | null>(null);

  protected readonly areas = computed(() => {
    const detail = this.store.detail();
    if (!detail) return [];
    return detail.areas
      .filter((a) => a.selected)
      .map((area) => ({
        area,
        measures: detail.measures.filter((m) => m.areaId === area.id && isInPlan(m.status)),
      }));
  });
  protected readonly planMeasures = computed(() => this.areas().flatMap((a) => a.measures));
  protected readonly validation = computed(() => {
    const detail = this.store.detail();
    return validatePlan(detail ?? { areas: [], measures: [], workshopDate: null });
  });

  protected editMeasure(measureId: string): void {
    this.editing.set(measureId);
    // Let the editor render, then move focus to it.
    setTimeout(() =>
      document
        .getElementById('edit-' + measureId)
        ?.querySelector<HTMLElement>('input, textarea')
        ?.focus(),
    );
  }
}
