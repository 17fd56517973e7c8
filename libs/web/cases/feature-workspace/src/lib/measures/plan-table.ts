import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import type { PlanField, PlanValidation } from '@tiltak/web/cases/util';
import { LocalDatePipe, ScrollRegion } from '@tiltak/web/shared/ui';

/** The action plan (tiltaksplan) with the deck's columns, marking what each row still lacks. */
@Component({
  selector: 'tt-plan-table',
  imports: [MatButton, TranslatePipe, LocalDatePipe, ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-table.html',
  styles: `
    td,
    th {
      min-width: 110px;
    }
    .area-cell {
      font-weight: 600;
    }
    .pre {
      white-space: pre-wrap;
    }
    tr.incomplete {
      background: color-mix(in srgb, var(--mat-sys-error-container) 35%, transparent);
    }
  `,
})
export class PlanTable {
  readonly validation = input.required<PlanValidation>();
  readonly editable = input(false);
  readonly edit = output<string>();

  protected lacks(missing: PlanField[], field: PlanField): boolean {
    return missing.includes(field);
  }
}
