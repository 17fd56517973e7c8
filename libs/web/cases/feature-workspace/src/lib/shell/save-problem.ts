import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ProblemList } from '@tiltak/web/shared/ui';
import type { RequestProblem } from '@tiltak/web/shared/util';

/** Explains why a save failed, next to the form that failed. Stale versions are explained by the page. */
@Component({
  selector: 'tt-save-problem',
  imports: [TranslatePipe, ProblemList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problem(); as p) {
      @switch (p.kind) {
        @case ('guard') {
          <tt-problem-list
            [heading]="'workspace.guardRefused' | translate"
            [missing]="p.error.missing ?? []"
          />
        }
        @case ('invalid') {
          <div class="notice warn" role="alert">
            <p>{{ 'errors.invalid' | translate }}</p>
            <ul>
              @for (d of p.error.details ?? []; track $index) {
                <li
                  ><strong>{{ 'field.' + d.field | translate }}</strong
                  >: {{ d.problem }}</li
                >
              } @empty {
                <li>{{ p.error.message }}</li>
              }
            </ul>
          </div>
        }
        @case ('conflict') {
          <p class="notice warn" role="alert"
            >{{ 'errors.conflict' | translate }} <span lang="en">{{ p.error.message }}</span></p
          >
        }
        @case ('stale') {
          <p class="notice warn" role="alert">{{ 'errors.staleShort' | translate }}</p>
        }
        @default {
          <p class="notice warn" role="alert">{{
            p.error.statusCode === 403
              ? ('errors.forbidden' | translate)
              : ('errors.server' | translate)
          }}</p>
        }
      }
    }
  `,
})
export class SaveProblem {
  readonly problem = input<RequestProblem | null>(null);
}
