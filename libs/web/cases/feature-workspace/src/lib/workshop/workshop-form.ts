import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { CasesApi } from '@tiltak/web/shared/data-access';
import { LocalDatePipe } from '@tiltak/web/shared/ui';
import { type RequestProblem, dateToIso, isoToDate } from '@tiltak/web/shared/util';
import { CaseStore } from '../case.store';
import { SaveProblem } from '../shell/save-problem';

/** The follow-up meeting: date, number of participants, facilitator and notes. */
@Component({
  selector: 'tt-workshop-form',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatButton,
    TranslatePipe,
    LocalDatePipe,
    SaveProblem,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.canEdit()) {
      <form [formGroup]="form" (ngSubmit)="save()" class="workshop-form">
        <div class="form-row">
          <mat-form-field>
            <mat-label>{{ 'workshop.date' | translate }}</mat-label>
            <input
              matInput
              [matDatepicker]="picker"
              formControlName="date"
              data-testid="workshop-date"
            />
            <mat-hint>{{ 'common.dateHint' | translate }}</mat-hint>
            <mat-datepicker-toggle matIconSuffix [for]="picker" />
            <mat-datepicker #picker />
            <mat-error>{{ 'common.dateInvalid' | translate }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'workshop.participants' | translate }}</mat-label>
            <input
              matInput
              type="number"
              min="0"
              formControlName="participants"
              data-testid="workshop-participants"
            />
            <mat-error>{{ 'common.numberInvalid' | translate }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'workshop.facilitator' | translate }}</mat-label>
            <input matInput formControlName="facilitator" />
          </mat-form-field>
        </div>
        <mat-form-field class="full">
          <mat-label>{{ 'workshop.notes' | translate }}</mat-label>
          <textarea matInput rows="3" formControlName="notes"></textarea>
        </mat-form-field>
        <div class="actions">
          <button
            mat-flat-button
            type="submit"
            [disabled]="store.saving()"
            data-testid="save-workshop"
            >{{ 'common.save' | translate }}</button
          >
          <span aria-live="polite" class="muted">{{
            saved() ? ('common.saved' | translate) : ''
          }}</span>
        </div>
        <tt-save-problem [problem]="problem()" />
      </form>
    } @else if (store.detail(); as detail) {
      <dl class="readonly">
        <dt>{{ 'workshop.date' | translate }}</dt>
        <dd>{{ (detail.workshop.date | ttDate: 'long') || '–' }}</dd>
        <dt>{{ 'workshop.participants' | translate }}</dt>
        <dd>{{ detail.workshop.participants ?? '–' }}</dd>
        <dt>{{ 'workshop.facilitator' | translate }}</dt>
        <dd>{{ detail.workshop.facilitator || '–' }}</dd>
        <dt>{{ 'workshop.notes' | translate }}</dt>
        <dd class="pre">{{ detail.workshop.notes || '–' }}</dd>
      </dl>
    }
  `,
  styles: `
    .full {
      width: 100%;
      margin-top: 12px;
    }
    .actions {
      margin-top: 8px;
    }
    .readonly {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
    }
    .readonly dd {
      margin: 0;
    }
    .pre {
      white-space: pre-wrap;
    }
  `,
})
export class WorkshopForm {
  private readonly api = inject(CasesApi);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly store = inject(CaseStore);

  protected readonly form = this.fb.group({
    date: this.fb.control<Date | null>(null),
    participants: this.fb.control<number | null>(null, [Validators.min(0)]),
    facilitator: this.fb.control(''),
    notes: this.fb.control(''),
  });
  protected readonly problem = signal<RequestProblem | null>(null);
  protected readonly saved = signal(false);

  constructor() {
    // Fill from the case, but never over what the user has typed (e.g. after a stale-version reload).
    effect(() => {
      const workshop = this.store.detail()?.workshop;
      untracked(() => {
        if (!workshop || this.form.dirty) return;
        this.form.reset({
          date: isoToDate(workshop.date),
          participants: workshop.participants,
          facilitator: workshop.facilitator ?? '',
          notes: workshop.notes ?? '',
        });
      });
    });
  }

  protected async save(): Promise<void> {
    const detail = this.store.detail();
    if (!detail || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.problem.set(null);
    this.saved.set(false);
    const outcome = await this.store.save(() =>
      this.api.updateWorkshop(detail.id, this.store.detail()?.version ?? detail.version, {
        date: dateToIso(value.date),
        participants: value.participants,
        facilitator: value.facilitator.trim() || null,
        notes: value.notes.trim() || null,
      }),
    );
    if (outcome.ok) {
      this.form.markAsPristine();
      this.saved.set(true);
    } else {
      this.problem.set(outcome.problem);
    }
  }
}
