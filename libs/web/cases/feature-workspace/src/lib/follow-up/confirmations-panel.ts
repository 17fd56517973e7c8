import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { CASE_STATES, type CaseState } from '@tiltak/shared/domain';
import { CasesApi, SessionStore } from '@tiltak/web/shared/data-access';
import { EmptyState, LocalDatePipe } from '@tiltak/web/shared/ui';
import type { RequestProblem } from '@tiltak/web/shared/util';
import { CaseStore } from '../case.store';
import { SaveProblem } from '../shell/save-problem';

/** The safety representative confirms taking part in a phase (Working Environment Act § 6-2). */
@Component({
  selector: 'tt-confirmations-panel',
  imports: [
    FormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    TranslatePipe,
    LocalDatePipe,
    EmptyState,
    SaveProblem,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let detail = store.detail();
    @if (detail) {
      @if (detail.confirmations.length === 0) {
        <tt-empty-state [title]="'confirm.empty' | translate" />
      } @else {
        <ul class="list">
          @for (c of detail.confirmations; track c.id) {
            <li>
              <strong>{{ c.userName }}</strong>
              {{
                'confirm.confirmedPhase' | translate: { phase: ('state.' + c.phase | translate) }
              }}
              <span class="muted">({{ c.createdAt | ttDate: 'dateTime' }})</span>
              @if (c.note) {
                <p>{{ c.note }}</p>
              }
            </li>
          }
        </ul>
      }
      @if (detail.permissions.confirm && openPhases().length) {
        <form (ngSubmit)="confirm()" class="new">
          <div class="form-row">
            <mat-form-field>
              <mat-label>{{ 'confirm.phase' | translate }}</mat-label>
              <mat-select
                name="phase"
                [ngModel]="phase()"
                (ngModelChange)="phase.set($event)"
                required
              >
                @for (s of openPhases(); track s) {
                  <mat-option [value]="s">{{ 'state.' + s | translate }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field>
              <mat-label
                >{{ 'confirm.note' | translate }} ({{ 'common.optional' | translate }})</mat-label
              >
              <input
                matInput
                name="note"
                [ngModel]="note()"
                (ngModelChange)="note.set($event)"
                data-testid="confirm-note"
              />
            </mat-form-field>
          </div>
          <button
            mat-flat-button
            type="submit"
            [disabled]="store.saving()"
            data-testid="confirm-participation"
            >{{ 'confirm.action' | translate }}</button
          >
          <tt-save-problem [problem]="problem()" />
        </form>
      }
      <p aria-live="polite" class="muted">{{ done() ? ('confirm.done' | translate) : '' }}</p>
    }
  `,
  styles: `
    .list {
      list-style: none;
      padding: 0;
      margin: 0 0 12px;
      display: grid;
      gap: 6px;
    }
    .list p {
      margin: 2px 0 0;
    }
  `,
})
export class ConfirmationsPanel {
  private readonly api = inject(CasesApi);
  protected readonly store = inject(CaseStore);

  private readonly session = inject(SessionStore);

  /** Phases reached so far that I have not confirmed yet; the current one is offered first. */
  protected readonly openPhases = computed(() => {
    const detail = this.store.detail();
    if (!detail) return [];
    const mine = new Set(
      detail.confirmations.filter((c) => c.userId === this.session.me()?.id).map((c) => c.phase),
    );
    const reached = CASE_STATES.slice(0, CASE_STATES.indexOf(detail.state) + 1);
    return reached.filter((s) => !mine.has(s)).reverse();
  });
  protected readonly phase = linkedSignal<CaseState | null>(() => this.openPhases()[0] ?? null);
  protected readonly note = signal('');
  protected readonly done = signal(false);
  protected readonly problem = signal<RequestProblem | null>(null);

  protected async confirm(): Promise<void> {
    const caseId = this.store.detail()?.id;
    const phase = this.phase();
    if (!caseId || !phase) return;
    this.problem.set(null);
    this.done.set(false);
    const outcome = await this.store.save(() =>
      this.api.confirm(caseId, phase, this.note().trim() || null),
    );
    if (outcome.ok) {
      this.note.set('');
      this.done.set(true);
    } else {
      this.problem.set(outcome.problem);
    }
  }
}
