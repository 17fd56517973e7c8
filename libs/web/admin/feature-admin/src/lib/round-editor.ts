import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { RoundDto } from '@tiltak/shared/api-contract';
import { ReferenceDataApi } from '@tiltak/web/shared/data-access';
import { LocalDatePipe } from '@tiltak/web/shared/ui';
import {
  type RequestProblem,
  classifyProblem,
  problemMessageKey,
  dateToIso,
  isoToDate,
} from '@tiltak/web/shared/util';
import { firstValueFrom } from 'rxjs';

/** One round: key figures and its three phase deadlines. */
@Component({
  selector: 'tt-round-editor',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    TranslatePipe,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = round();
    <form
      class="card"
      [formGroup]="form"
      (ngSubmit)="save()"
      [attr.aria-labelledby]="'round-' + r.id"
      [attr.data-testid]="'round-' + r.year"
    >
      <h3 [id]="'round-' + r.id">{{ r.name }}</h3>
      <p class="muted">
        {{ 'admin.invited' | translate: { n: r.invitedCount ?? '–' } }}
        @if (r.invitedDate) {
          ({{ r.invitedDate | ttDate }})
        }
        · {{ 'admin.responses' | translate: { n: r.responses ?? '–' } }} ·
        {{ 'admin.threshold' | translate: { n: r.anonymityThreshold } }}
      </p>
      <div class="form-row">
        @for (f of fields; track f) {
          <mat-form-field>
            <mat-label>{{ 'field.' + f | translate }}</mat-label>
            <input matInput [matDatepicker]="picker" [formControlName]="f" [attr.data-testid]="f" />
            <mat-hint>{{ 'common.dateHint' | translate }}</mat-hint>
            <mat-datepicker-toggle matIconSuffix [for]="picker" />
            <mat-datepicker #picker />
            <mat-error>{{ 'common.dateInvalid' | translate }}</mat-error>
          </mat-form-field>
        }
      </div>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="save-round">{{
          'common.save' | translate
        }}</button>
        <span aria-live="polite" class="muted">{{
          justSaved() ? ('common.saved' | translate) : ''
        }}</span>
      </div>
      @if (problem(); as p) {
        <p class="notice warn" role="alert">
          {{ messageKey(p, 'admin.roundStale') | translate }}
          @if (p.kind === 'conflict') {
            <span lang="en">{{ p.error.message }}</span>
          }
          @for (d of p.error.details ?? []; track $index) {
            <br />{{ 'field.' + d.field | translate }}: {{ d.problem }}
          }
        </p>
      }
    </form>
  `,
  styles: `
    h3 {
      margin-top: 0;
    }
    .actions {
      margin-top: 8px;
    }
  `,
})
export class RoundEditor {
  protected readonly messageKey = problemMessageKey;
  private readonly api = inject(ReferenceDataApi);
  private readonly fb = inject(FormBuilder).nonNullable;

  readonly round = input.required<RoundDto>();
  readonly saved = output<void>();

  protected readonly fields = ['followUpMeetingBy', 'planRegisteredBy', 'evaluationBy'] as const;
  protected readonly form = this.fb.group({
    followUpMeetingBy: this.fb.control<Date | null>(null),
    planRegisteredBy: this.fb.control<Date | null>(null),
    evaluationBy: this.fb.control<Date | null>(null),
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<RequestProblem | null>(null);
  protected readonly justSaved = signal(false);
  /** The version to save against: refreshed after a conflict without touching what was typed. */
  private version = 0;

  constructor() {
    effect(() => {
      const r = this.round();
      untracked(() => {
        this.version = r.version;
        if (this.form.dirty) return;
        this.form.reset({
          followUpMeetingBy: isoToDate(r.followUpMeetingBy),
          planRegisteredBy: isoToDate(r.planRegisteredBy),
          evaluationBy: isoToDate(r.evaluationBy),
        });
      });
    });
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.problem.set(null);
    this.justSaved.set(false);
    try {
      const updated = await firstValueFrom(
        this.api.updateRound(this.round().id, this.version, {
          followUpMeetingBy: dateToIso(v.followUpMeetingBy),
          planRegisteredBy: dateToIso(v.planRegisteredBy),
          evaluationBy: dateToIso(v.evaluationBy),
        }),
      );
      this.version = updated.version;
      this.form.markAsPristine();
      this.justSaved.set(true);
      this.saved.emit();
    } catch (failure) {
      const problem = classifyProblem(failure);
      this.problem.set(problem);
      if (problem.kind === 'stale') this.saved.emit(); // reload the list; the form keeps its values
    } finally {
      this.saving.set(false);
    }
  }
}
