import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type {
  Achieved,
  AreaDto,
  MeasureDto,
  MeasureStatusRequest,
  Verdict,
} from '@tiltak/shared/api-contract';
import { MEASURE_STATUS_TRANSITIONS, type MeasureStatus } from '@tiltak/shared/domain';
import { CasesApi } from '@tiltak/web/shared/data-access';
import { LocalDatePipe, ReasonDialog, type ReasonDialogData } from '@tiltak/web/shared/ui';
import { type RequestProblem, dateToIso, isoToDate, todayIso } from '@tiltak/web/shared/util';
import type { Observable } from 'rxjs';
import { firstValueFrom } from 'rxjs';
import { CaseStore } from '../case.store';
import { SaveProblem } from '../shell/save-problem';

type Panel = 'deadline' | 'evaluation' | null;

/** One measure in follow-up: status, deadline changes with a reason, cancelling, and its evaluation. */
@Component({
  selector: 'tt-measure-follow-up',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatSelect,
    MatOption,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    TranslatePipe,
    LocalDatePipe,
    SaveProblem,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measure-follow-up.html',
  styleUrl: './measure-follow-up.scss',
})
export class MeasureFollowUp {
  private readonly api = inject(CasesApi);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly translate = inject(TranslateService);
  protected readonly store = inject(CaseStore);

  readonly measure = input.required<MeasureDto>();
  readonly area = input<AreaDto | null>(null);

  protected readonly panel = signal<Panel>(null);
  protected readonly problem = signal<RequestProblem | null>(null);
  protected readonly nextStatuses = computed(() =>
    (MEASURE_STATUS_TRANSITIONS[this.measure().status] as readonly MeasureStatus[]).filter(
      (s): s is MeasureStatusRequest['status'] => s !== 'cancelled',
    ),
  );
  protected readonly canCancel = computed(() =>
    (MEASURE_STATUS_TRANSITIONS[this.measure().status] as readonly MeasureStatus[]).includes(
      'cancelled',
    ),
  );
  protected readonly achievedOptions: Achieved[] = ['yes', 'partly', 'no'];
  protected readonly verdictOptions: Verdict[] = ['keep', 'adjust', 'stop'];

  protected readonly deadlineForm = this.fb.group({
    deadline: this.fb.control<Date | null>(null, Validators.required),
    reason: this.fb.control('', Validators.required),
  });
  protected readonly evaluationForm = this.fb.group({
    achieved: this.fb.control<Achieved | null>(null, Validators.required),
    verdict: this.fb.control<Verdict | null>(null, Validators.required),
    whatChanged: this.fb.control('', Validators.required),
    evaluatedOn: this.fb.control<Date | null>(isoToDate(todayIso()), Validators.required),
  });

  protected open(panel: Panel): void {
    const m = this.measure();
    this.problem.set(null);
    if (panel === 'deadline' && !this.deadlineForm.dirty)
      this.deadlineForm.reset({ deadline: isoToDate(m.deadline), reason: '' });
    if (panel === 'evaluation' && !this.evaluationForm.dirty && m.evaluation) {
      this.evaluationForm.reset({
        ...m.evaluation,
        evaluatedOn: isoToDate(m.evaluation.evaluatedOn),
      });
    }
    this.panel.set(this.panel() === panel ? null : panel);
  }

  protected async setStatus(status: MeasureStatusRequest['status']): Promise<void> {
    await this.run((version) => this.api.setMeasureStatus(this.measure().id, version, status));
  }

  protected async cancelMeasure(): Promise<void> {
    const ref = this.dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, {
      injector: this.injector,
      data: {
        title: this.translate.instant('followUp.cancelTitle', { measure: this.measure().title }),
        message: this.translate.instant('followUp.cancelText'),
        confirmLabel: this.translate.instant('followUp.cancelMeasure'),
      },
    });
    const reason = await firstValueFrom(ref.afterClosed());
    if (reason)
      await this.run((version) => this.api.cancelMeasure(this.measure().id, version, reason));
  }

  protected async saveDeadline(): Promise<void> {
    if (this.deadlineForm.invalid) {
      this.deadlineForm.markAllAsTouched();
      return;
    }
    const v = this.deadlineForm.getRawValue();
    const ok = await this.run((version) =>
      this.api.changeDeadline(
        this.measure().id,
        version,
        dateToIso(v.deadline) as string,
        v.reason.trim(),
      ),
    );
    if (ok) {
      this.deadlineForm.reset();
      this.panel.set(null);
    }
  }

  protected async saveEvaluation(): Promise<void> {
    if (this.evaluationForm.invalid) {
      this.evaluationForm.markAllAsTouched();
      return;
    }
    const v = this.evaluationForm.getRawValue();
    const ok = await this.run((version) =>
      this.api.evaluate(this.measure().id, version, {
        achieved: v.achieved as Achieved,
        verdict: v.verdict as Verdict,
        whatChanged: v.whatChanged.trim(),
        evaluatedOn: dateToIso(v.evaluatedOn) as string,
      }),
    );
    if (ok) {
      this.evaluationForm.markAsPristine();
      this.panel.set(null);
    }
  }

  /** Saves with the measure's newest version (it may have been reloaded after a conflict). */
  private async run(request: (version: number) => Observable<unknown>): Promise<boolean> {
    const id = this.measure().id;
    this.problem.set(null);
    const outcome = await this.store.save(() =>
      request(
        this.store.detail()?.measures.find((m) => m.id === id)?.version ?? this.measure().version,
      ),
    );
    if (!outcome.ok) this.problem.set(outcome.problem);
    return outcome.ok;
  }
}
