import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AreaDto } from '@tiltak/shared/api-contract';
import { INDICES } from '@tiltak/shared/domain';
import { EmptyState, LocalNamePipe } from '@tiltak/web/shared/ui';
import { CaseStore } from '../case.store';
import { AreaEditor } from './area-editor';
import { GroupEditor } from './group-editor';
import { PlenaryView } from './plenary-view';
import { WorkshopForm } from './workshop-form';

/** Step 2: the follow-up meeting, group work phase 1 and the plenary choice of the unit's areas. */
@Component({
  selector: 'tt-workshop-step',
  imports: [
    MatButton,
    TranslatePipe,
    EmptyState,
    LocalNamePipe,
    WorkshopForm,
    GroupEditor,
    PlenaryView,
    AreaEditor,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './workshop-step.html',
  styleUrl: './workshop-step.scss',
})
export class WorkshopStep {
  protected readonly store = inject(CaseStore);
  private readonly translate = inject(TranslateService);

  protected readonly groups = computed(() => this.store.detail()?.groups ?? []);
  protected readonly selectedAreas = computed(() =>
    (this.store.detail()?.areas ?? []).filter((a) => a.selected),
  );
  protected readonly nextGroupName = computed(
    () => this.translate.instant('workshop.groupN', { n: this.groups().length + 1 }) as string,
  );
  protected readonly editingAreaId = signal<string | null>(null);
  protected readonly indexByCode = new Map<string, (typeof INDICES)[number]>(
    INDICES.map((i) => [i.code, i]),
  );

  protected indicesOf(area: AreaDto) {
    return area.indexCodes.map((code) => this.indexByCode.get(code)).filter((i) => i !== undefined);
  }
}
