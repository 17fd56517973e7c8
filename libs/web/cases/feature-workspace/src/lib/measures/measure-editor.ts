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
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import type {
  CreateMeasureRequest,
  DirectoryUserDto,
  MeasureDto,
} from '@tiltak/shared/api-contract';
import { PRIORITY_SCORE_MAX, PRIORITY_SCORE_MIN } from '@tiltak/shared/domain';
import { CasesApi, ReferenceDataApi } from '@tiltak/web/shared/data-access';
import { type RequestProblem, dateToIso, isoToDate } from '@tiltak/web/shared/util';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { CaseStore } from '../case.store';
import { SaveProblem } from '../shell/save-problem';

type UserChoice = Pick<DirectoryUserDto, 'id' | 'name'> & { email?: string };

/** A measure with the deck's columns: what, why (goal), who and when, and its importance × feasibility. */
@Component({
  selector: 'tt-measure-editor',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatSelect,
    MatOption,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatButton,
    TranslatePipe,
    SaveProblem,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measure-editor.html',
  styles: `
    .full {
      width: 100%;
    }
    form {
      display: grid;
      gap: 8px;
    }
    .score {
      flex: 1 1 200px;
    }
  `,
})
export class MeasureEditor {
  private readonly api = inject(CasesApi);
  private readonly referenceData = inject(ReferenceDataApi);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly store = inject(CaseStore);

  readonly areaId = input.required<string>();
  readonly measure = input<MeasureDto | null>(null);
  readonly done = output<void>();

  protected readonly scores = Array.from(
    { length: PRIORITY_SCORE_MAX - PRIORITY_SCORE_MIN + 1 },
    (_, i) => PRIORITY_SCORE_MIN + i,
  );
  protected readonly form = this.fb.group({
    title: this.fb.control('', Validators.required),
    description: this.fb.control(''),
    goal: this.fb.control(''),
    responsibleRole: this.fb.control(''),
    responsibleUser: this.fb.control<UserChoice | string | null>(null),
    deadline: this.fb.control<Date | null>(null),
    importance: this.fb.control<number | null>(null),
    feasibility: this.fb.control<number | null>(null),
  });
  protected readonly problem = signal<RequestProblem | null>(null);

  protected readonly userOptions = toSignal(
    this.form.controls.responsibleUser.valueChanges.pipe(
      map((v) => (typeof v === 'string' ? v.trim() : '')),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((q) => {
        const caseId = this.store.detail()?.id;
        // Only the case's people may be made responsible: its unit subtree and those in roles covering it.
        return q.length < 2 || !caseId
          ? of([] as DirectoryUserDto[])
          : this.referenceData.caseUsers(caseId, q, 10).pipe(
              map((page) => page.items),
              catchError(() => of([] as DirectoryUserDto[])),
            );
      }),
    ),
    { initialValue: [] as DirectoryUserDto[] },
  );

  constructor() {
    effect(() => {
      const m = this.measure();
      untracked(() => {
        if (!m || this.form.dirty) return;
        this.form.reset({
          title: m.title,
          description: m.description ?? '',
          goal: m.goal ?? '',
          responsibleRole: m.responsibleRole ?? '',
          responsibleUser: m.responsibleUserId
            ? { id: m.responsibleUserId, name: m.responsibleUserName ?? '' }
            : null,
          deadline: isoToDate(m.deadline),
          importance: m.importance,
          feasibility: m.feasibility,
        });
      });
    });
  }

  protected displayUser(user: UserChoice | string | null): string {
    return typeof user === 'string' ? user : (user?.name ?? '');
  }

  protected async save(): Promise<void> {
    const caseId = this.store.detail()?.id;
    if (!caseId || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const user =
      typeof v.responsibleUser === 'object' && v.responsibleUser !== null
        ? v.responsibleUser
        : null;
    const input: CreateMeasureRequest = {
      areaId: this.areaId(),
      title: v.title.trim(),
      description: v.description.trim() || null,
      goal: v.goal.trim() || null,
      responsibleRole: v.responsibleRole.trim() || null,
      responsibleUserId: user?.id ?? null,
      deadline: dateToIso(v.deadline),
      importance: v.importance,
      feasibility: v.feasibility,
    };
    const existing = this.measure();
    this.problem.set(null);
    const outcome = await this.store.save(() => {
      if (!existing) return this.api.addMeasure(caseId, input);
      const version =
        this.store.detail()?.measures.find((m) => m.id === existing.id)?.version ??
        existing.version;
      return this.api.updateMeasure(existing.id, version, input);
    });
    if (outcome.ok) {
      this.form.reset({
        title: '',
        description: '',
        goal: '',
        responsibleRole: '',
        responsibleUser: null,
        deadline: null,
        importance: null,
        feasibility: null,
      });
      this.done.emit();
    } else {
      this.problem.set(outcome.problem);
    }
  }
}
