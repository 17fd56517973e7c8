import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CaseState } from '@tiltak/shared/domain';

@Component({
  selector: 'tt-case-state-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="state" [attr.data-state]="state()">{{
    'state.' + state() | translate
  }}</span>`,
  styles: `
    .state {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font-size: 0.8125rem;
      line-height: 1.5;
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    [data-state='closed'],
    [data-state='evaluated'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class CaseStateChip {
  readonly state = input.required<CaseState>();
}
