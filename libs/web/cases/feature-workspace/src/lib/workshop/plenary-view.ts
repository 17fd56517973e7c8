import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatCheckbox } from '@angular/material/checkbox';
import { TranslatePipe } from '@ngx-translate/core';
import { type MergedProposal, mergeProposals } from '@tiltak/web/cases/util';
import { CasesApi } from '@tiltak/web/shared/data-access';
import { EmptyState, ScrollRegion } from '@tiltak/web/shared/ui';
import type { RequestProblem } from '@tiltak/web/shared/util';
import { CaseStore } from '../case.store';
import { SaveProblem } from '../shell/save-problem';

/**
 * Plenary: the groups' areas merged by title, how many groups chose each, and the unit's choice.
 * Choosing a row creates the unit's area (or re-selects it); un-choosing deselects it, never deletes.
 */
@Component({
  selector: 'tt-plenary-view',
  imports: [MatCheckbox, TranslatePipe, EmptyState, SaveProblem, ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length === 0) {
      <tt-empty-state [title]="'plenary.empty' | translate" />
    } @else {
      <div [ttScrollRegion]="'plenary.title' | translate">
        <table class="plain" data-testid="plenary-table">
          <caption class="cdk-visually-hidden">{{ 'plenary.title' | translate }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'plenary.choose' | translate }}</th>
              <th scope="col">{{ 'area.title' | translate }}</th>
              <th scope="col">{{ 'area.kind' | translate }}</th>
              <th scope="col" class="num">{{ 'plenary.groups' | translate }}</th>
              <th scope="col">{{ 'plenary.groupNames' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (item of items(); track item.key) {
              <tr [class.chosen]="item.area?.selected">
                <td>
                  <mat-checkbox
                    [checked]="item.area?.selected ?? false"
                    [disabled]="!store.canEdit() || store.saving()"
                    (change)="toggle(item, $event.checked)"
                    [aria-label]="('plenary.chooseArea' | translate) + ': ' + item.title"
                    [attr.data-testid]="'choose-' + item.key"
                  />
                </td>
                <th scope="row">{{ item.title }}</th>
                <td>{{ 'area.kinds.' + item.kind | translate }}</td>
                <td class="num"
                  ><span class="count">{{ item.groups }}</span></td
                >
                <td>{{ item.groupNames.join(', ') }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <tt-save-problem [problem]="problem()" />
    }
  `,
  styles: `
    .chosen {
      background: var(--mat-sys-secondary-container);
    }
    .count {
      display: inline-block;
      min-width: 2em;
      text-align: center;
      font-weight: 600;
    }
    th[scope='row'] {
      background: none;
      font-weight: 600;
    }
  `,
})
export class PlenaryView {
  private readonly api = inject(CasesApi);
  protected readonly store = inject(CaseStore);
  protected readonly problem = signal<RequestProblem | null>(null);

  protected readonly items = computed(() => {
    const detail = this.store.detail();
    return detail ? mergeProposals(detail.groups, detail.areas) : [];
  });

  protected async toggle(item: MergedProposal, selected: boolean): Promise<void> {
    const caseId = this.store.detail()?.id;
    if (!caseId) return;
    this.problem.set(null);
    const area = item.area;
    const outcome = await this.store.save(() =>
      area
        ? this.api.updateArea(caseId, area.id, area.version, { selected })
        : this.api.addArea(caseId, {
            kind: item.kind,
            title: item.title,
            description: null,
            indexCodes: item.indexCodes,
            selected,
          }),
    );
    if (!outcome.ok) this.problem.set(outcome.problem);
  }
}
