import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiError } from '@tiltak/shared/api-contract';

type Missing = NonNullable<ApiError['missing']>[number];

/**
 * What a refused transition found missing, in the reader's language (from the guard's stable codes),
 * naming the area or measure it concerns.
 */
@Component({
  selector: 'tt-problem-list',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="problems" role="alert">
      <p class="heading">{{ heading() }}</p>
      <ul>
        @for (item of missing(); track $index) {
          <li>
            {{ 'guard.' + item.code | translate }}
            @if (item.label) {
              – <q>{{ item.label }}</q>
            }
          </li>
        }
      </ul>
    </div>
  `,
  styles: `
    .problems {
      border-left: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      padding: 8px 16px;
      border-radius: 4px;
    }
    .heading {
      font-weight: 600;
      margin: 4px 0;
    }
    ul {
      margin: 4px 0;
      padding-left: 20px;
    }
  `,
})
export class ProblemList {
  readonly heading = input.required<string>();
  readonly missing = input.required<Missing[]>();
}
