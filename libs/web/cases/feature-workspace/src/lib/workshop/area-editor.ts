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
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import type { AreaDto, AreaKindValue } from '@tiltak/shared/api-contract';
import { INDICES } from '@tiltak/shared/domain';
import { CasesApi } from '@tiltak/web/shared/data-access';
import { LocalNamePipe } from '@tiltak/web/shared/ui';
import type { RequestProblem } from '@tiltak/web/shared/util';
import { CaseStore } from '../case.store';
import { SaveProblem } from '../shell/save-problem';

/** Adds an area by hand or edits one: kind, title, description and the survey indices it concerns. */
@Component({
  selector: 'tt-area-editor',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    TranslatePipe,
    LocalNamePipe,
    SaveProblem,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="save()">
      <div class="form-row">
        <mat-form-field class="kind">
          <mat-label>{{ 'area.kind' | translate }}</mat-label>
          <mat-select formControlName="kind">
            @for (k of kinds; track k) {
              <mat-option [value]="k">{{ 'area.kinds.' + k | translate }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'area.title' | translate }}</mat-label>
          <input matInput formControlName="title" required data-testid="area-title" />
          <mat-error>{{ 'common.required' | translate }}</mat-error>
        </mat-form-field>
      </div>
      <mat-form-field class="full">
        <mat-label>{{ 'area.description' | translate }}</mat-label>
        <textarea matInput rows="2" formControlName="description"></textarea>
      </mat-form-field>
      <mat-form-field class="full">
        <mat-label>{{ 'area.indices' | translate }}</mat-label>
        <mat-select formControlName="indexCodes" multiple>
          @for (index of indices; track index.code) {
            <mat-option [value]="index.code">{{ index.number }}: {{ index | ttName }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{ 'area.indicesHint' | translate }}</mat-hint>
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="store.saving()">{{
          (area() ? 'common.save' : 'area.add') | translate
        }}</button>
        @if (area()) {
          <button mat-button type="button" (click)="done.emit()">{{
            'common.cancel' | translate
          }}</button>
        }
      </div>
      <tt-save-problem [problem]="problem()" />
    </form>
  `,
  styles: `
    .full {
      width: 100%;
      margin-top: 8px;
    }
    .kind {
      flex: 0 1 160px;
    }
    .actions {
      margin-top: 8px;
    }
  `,
})
export class AreaEditor {
  private readonly api = inject(CasesApi);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly store = inject(CaseStore);

  readonly area = input<AreaDto | null>(null);
  readonly done = output<void>();

  protected readonly kinds: AreaKindValue[] = ['preserve', 'develop'];
  protected readonly indices = INDICES;
  protected readonly form = this.fb.group({
    kind: this.fb.control<AreaKindValue>('develop'),
    title: this.fb.control('', Validators.required),
    description: this.fb.control(''),
    indexCodes: this.fb.control<string[]>([]),
  });
  protected readonly problem = signal<RequestProblem | null>(null);

  constructor() {
    effect(() => {
      const area = this.area();
      untracked(() => {
        if (area && !this.form.dirty) {
          this.form.reset({
            kind: area.kind,
            title: area.title,
            description: area.description ?? '',
            indexCodes: area.indexCodes,
          });
        }
      });
    });
  }

  protected async save(): Promise<void> {
    const caseId = this.store.detail()?.id;
    if (!caseId || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const input = {
      kind: v.kind,
      title: v.title.trim(),
      description: v.description.trim() || null,
      indexCodes: v.indexCodes,
    };
    const existing = this.area();
    this.problem.set(null);
    const outcome = await this.store.save(() => {
      if (!existing) return this.api.addArea(caseId, { ...input, selected: true });
      const version =
        this.store.detail()?.areas.find((a) => a.id === existing.id)?.version ?? existing.version;
      return this.api.updateArea(caseId, existing.id, version, input);
    });
    if (outcome.ok) {
      this.form.reset({ kind: 'develop', title: '', description: '', indexCodes: [] });
      this.done.emit();
    } else {
      this.problem.set(outcome.problem);
    }
  }
}
