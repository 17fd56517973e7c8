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
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import type { RoundDto } from '@tiltak/shared/api-contract';
import {
  DEFAULT_ESCALATION_POLICY,
  ESCALATION_DAY_KINDS,
  ESCALATION_OFFSET_MAX,
  ESCALATION_OFFSET_MIN,
  ESCALATION_RECIPIENTS,
  type EscalationDayKind,
  type EscalationRecipient,
  type EscalationStep,
  validatePolicy,
} from '@tiltak/shared/domain';
import { EscalationApi } from '@tiltak/web/shared/data-access';
import { type RequestProblem, classifyProblem, problemMessageKey } from '@tiltak/web/shared/util';
import { firstValueFrom } from 'rxjs';

/** A round's escalation ladder: who is told, how many days from the deadline. Validated by the shared rule before saving. */
@Component({
  selector: 'tt-escalation-policy-editor',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = round();
    <details class="policy card" [attr.data-testid]="'policy-' + r.year">
      <summary>{{ 'escalation.policyTitle' | translate }}</summary>
      @if (policy.error()) {
        <p class="notice warn">{{ 'errors.server' | translate }}</p>
      } @else if (loaded()) {
        <p class="muted">
          {{
            (isDefault() && !form.dirty ? 'escalation.policyDefault' : 'escalation.policyIntro')
              | translate
          }}
        </p>
        <form [formGroup]="form" (ngSubmit)="save()">
          <ol class="steps" formArrayName="steps">
            @for (step of form.controls.steps.controls; track step; let i = $index) {
              <li [formGroupName]="i" class="step">
                <mat-form-field>
                  <mat-label>{{ 'escalation.key' | translate }}</mat-label>
                  <input matInput formControlName="key" />
                  <mat-error>{{ 'common.required' | translate }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'escalation.offsetDays' | translate }}</mat-label>
                  <input
                    matInput
                    type="number"
                    formControlName="offsetDays"
                    [min]="offsetMin"
                    [max]="offsetMax"
                  />
                  <mat-error>{{ offsetMin }}–{{ offsetMax }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'escalation.dayKind' | translate }}</mat-label>
                  <mat-select formControlName="dayKind">
                    @for (k of dayKinds; track k) {
                      <mat-option [value]="k">{{
                        'escalation.dayKinds.' + k | translate
                      }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'escalation.recipient' | translate }}</mat-label>
                  <mat-select formControlName="recipient">
                    @for (k of recipients; track k) {
                      <mat-option [value]="k">{{
                        'escalation.recipients.' + k | translate
                      }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
                <button
                  mat-button
                  type="button"
                  (click)="remove(i)"
                  [attr.aria-label]="('common.remove' | translate) + ' ' + (i + 1)"
                  >{{ 'common.remove' | translate }}</button
                >
              </li>
            }
          </ol>
          <div class="actions">
            <button mat-stroked-button type="button" (click)="add()">{{
              'escalation.addStep' | translate
            }}</button>
            <button mat-button type="button" (click)="reset(defaultSteps)">{{
              'escalation.useDefault' | translate
            }}</button>
            <button mat-flat-button type="submit" [disabled]="saving()">{{
              'common.save' | translate
            }}</button>
            <span aria-live="polite" class="muted">{{
              justSaved() ? ('common.saved' | translate) : ''
            }}</span>
          </div>
          @if (problems().length || problem()) {
            <div class="notice warn" role="alert">
              @if (problem(); as p) {
                {{ messageKey(p, 'admin.roundStale') | translate }}
              }
              <ul>
                @for (m of problems(); track $index) {
                  <li lang="en">{{ m }}</li>
                }
              </ul>
            </div>
          }
        </form>
      }
    </details>
  `,
  styles: `
    .policy {
      margin-top: 8px;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      padding: 12px 0;
    }
    .steps {
      list-style: none;
      padding: 0;
      margin: 8px 0 16px;
    }
    /* One step per block, its fields side by side where they fit and full width on a phone. */
    .step {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: baseline;
      padding: 12px 0 4px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .step mat-form-field {
      flex: 1 1 150px;
    }
  `,
})
export class EscalationPolicyEditor {
  protected readonly messageKey = problemMessageKey;
  private readonly api = inject(EscalationApi);
  private readonly fb = inject(FormBuilder).nonNullable;

  readonly round = input.required<RoundDto>();
  readonly saved = output<void>();

  protected readonly dayKinds = ESCALATION_DAY_KINDS;
  protected readonly recipients = ESCALATION_RECIPIENTS;
  protected readonly offsetMin = ESCALATION_OFFSET_MIN;
  protected readonly offsetMax = ESCALATION_OFFSET_MAX;
  protected readonly defaultSteps = DEFAULT_ESCALATION_POLICY.steps;

  /** Re-read when the round's version moves (its deadlines and policy share one version). */
  protected readonly policy = rxResource({
    params: () => ({ id: this.round().id, version: this.round().version }),
    stream: ({ params }) => this.api.policy(params.id),
  });

  protected readonly form = this.fb.group({
    steps: this.fb.array<ReturnType<EscalationPolicyEditor['stepGroup']>>([]),
  });
  protected readonly saving = signal(false);
  protected readonly justSaved = signal(false);
  protected readonly problem = signal<RequestProblem | null>(null);
  protected readonly problems = signal<string[]>([]);
  /** Kept while the policy is re-read after a save, so the form does not blink away. */
  protected readonly loaded = signal(false);
  protected readonly isDefault = signal(false);
  private version = 0;

  constructor() {
    effect(() => {
      const p = this.policy.value();
      if (!p) return;
      untracked(() => {
        this.version = p.version;
        this.isDefault.set(p.isDefault);
        this.loaded.set(true);
        if (!this.form.dirty) this.reset(p.steps, false);
      });
    });
  }

  private stepGroup(step: EscalationStep) {
    return this.fb.group({
      key: this.fb.control(step.key, Validators.required),
      offsetDays: this.fb.control(step.offsetDays, [
        Validators.required,
        Validators.min(ESCALATION_OFFSET_MIN),
        Validators.max(ESCALATION_OFFSET_MAX),
      ]),
      dayKind: this.fb.control<EscalationDayKind>(step.dayKind),
      recipient: this.fb.control<EscalationRecipient>(step.recipient),
    });
  }

  protected reset(steps: readonly EscalationStep[], dirty = true): void {
    const array = this.form.controls.steps;
    array.clear();
    for (const s of steps) array.push(this.stepGroup(s));
    if (dirty) this.form.markAsDirty();
    else this.form.markAsPristine();
  }

  protected add(): void {
    const steps = this.form.controls.steps;
    const last = steps.length ? steps.at(steps.length - 1).getRawValue().offsetDays : 0;
    steps.push(
      this.stepGroup({
        key: `step_${steps.length + 1}`,
        offsetDays: Math.min(last + 7, ESCALATION_OFFSET_MAX),
        dayKind: 'calendar',
        recipient: 'hr',
      }),
    );
    this.form.markAsDirty();
  }

  protected remove(index: number): void {
    this.form.controls.steps.removeAt(index);
    this.form.markAsDirty();
  }

  protected async save(): Promise<void> {
    this.problem.set(null);
    this.justSaved.set(false);
    const steps: EscalationStep[] = this.form.controls.steps
      .getRawValue()
      .map((s) => ({ ...s, key: s.key.trim(), offsetDays: Number(s.offsetDays) }));
    const local = validatePolicy({ steps });
    this.problems.set(local.map((p) => `${p.path}: ${p.message}`));
    if (this.form.invalid || local.length) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.updatePolicy(this.round().id, this.version, steps),
      );
      this.version = saved.version;
      this.form.markAsPristine();
      this.justSaved.set(true);
      this.saved.emit();
    } catch (failure) {
      const problem = classifyProblem(failure);
      this.problem.set(problem);
      this.problems.set((problem.error.details ?? []).map((d) => `${d.field}: ${d.problem}`));
      if (problem.kind === 'stale') this.saved.emit(); // the list reloads; what was typed stays
    } finally {
      this.saving.set(false);
    }
  }
}
