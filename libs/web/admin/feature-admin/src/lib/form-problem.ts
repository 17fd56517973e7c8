import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { type RequestProblem, problemMessageKey } from '@tiltak/web/shared/util';

/** Why an admin form's request was refused: our headline, and the API's own reason when it was the request's fault. */
@Component({
  selector: 'tt-form-problem',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problem(); as p) {
      <p class="notice warn" role="alert">
        {{ messageKey(p) | translate }}
        @if (p.error.statusCode >= 400 && p.error.statusCode < 500) {
          <span lang="en">{{ p.error.message }}</span>
        }
      </p>
    }
  `,
})
export class FormProblem {
  readonly problem = input<RequestProblem | null>(null);
  protected readonly messageKey = problemMessageKey;
}
