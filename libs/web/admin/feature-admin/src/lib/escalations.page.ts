import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  EscalationApi,
  type EscalationRunResult,
  SessionStore,
} from '@tiltak/web/shared/data-access';
import {
  EmptyState,
  LoadingIndicator,
  LocalDatePipe,
  LocalNamePipe,
  latestValue,
  ScrollRegion,
} from '@tiltak/web/shared/ui';
import { KNOWN_STEP_KEYS, type RequestProblem, classifyProblem } from '@tiltak/web/shared/util';
import { firstValueFrom } from 'rxjs';

/** Who will get what in the next N days, and (admin) a scan run now instead of at the next cron tick. */
@Component({
  selector: 'tt-escalations-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    TranslatePipe,
    LoadingIndicator,
    EmptyState,
    LocalDatePipe,
    LocalNamePipe,
    ScrollRegion,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'escalation.previewTitle' | translate }}</h2>
    <p class="muted">{{ 'escalation.previewIntro' | translate }}</p>
    <form class="filters" (ngSubmit)="days.set(daysInput); shownRows.set(pageRows)">
      <mat-form-field>
        <mat-label>{{ 'escalation.days' | translate }}</mat-label>
        <input
          matInput
          type="number"
          min="0"
          max="365"
          name="days"
          [(ngModel)]="daysInput"
          data-testid="preview-days"
        />
        <mat-hint>0–365</mat-hint>
      </mat-form-field>
      <button mat-stroked-button type="submit">{{ 'escalation.showPreview' | translate }}</button>
      @if (isAdmin()) {
        <button
          mat-flat-button
          type="button"
          (click)="run()"
          [disabled]="running()"
          data-testid="run-scan"
          >{{ 'escalation.runNow' | translate }}</button
        >
      }
    </form>

    <div aria-live="polite">
      @if (ran(); as r) {
        <p class="notice" data-testid="scan-result">
          {{
            'escalation.ran'
              | translate: { created: createdTotal(r), queued: r.queued, ms: r.durationMs }
          }}
          @if (r.missingReports) {
            {{ 'escalation.missingReports' | translate: { n: r.missingReports } }}
          }
          @if (r.relayError) {
            <br /><span class="error"
              >{{ 'escalation.relayError' | translate }}
              <span lang="en">{{ r.relayError }}</span></span
            >
          }
        </p>
      }
    </div>
    @if (runProblem(); as p) {
      <p class="notice warn" role="alert">{{
        (p.error.statusCode === 403 ? 'errors.forbidden' : 'errors.server') | translate
      }}</p>
    }

    <tt-loading [active]="preview.isLoading()" />
    @if (preview.error()) {
      <tt-empty-state [title]="'errors.server' | translate" />
    } @else if (shownPreview(); as p) {
      <p class="muted">{{
        'escalation.previewSummary'
          | translate: { n: p.items.length, today: (p.today | ttDate), days: p.days }
      }}</p>
      @if (p.truncated) {
        <p class="notice warn">{{ 'escalation.truncated' | translate }}</p>
      }
      @if (p.items.length === 0) {
        <tt-empty-state [title]="'escalation.previewEmpty' | translate" />
      } @else {
        <div
          [ttScrollRegion]="'escalation.previewTitle' | translate"
          class="keeps-rows"
          [attr.aria-busy]="preview.isLoading()"
        >
          <table class="plain cards-on-phone" data-testid="escalation-preview">
            <caption class="cdk-visually-hidden">{{
              'escalation.previewTitle' | translate
            }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'escalation.dueDate' | translate }}</th>
                <th scope="col">{{ 'escalation.step' | translate }}</th>
                <th scope="col">{{ 'escalation.recipient' | translate }}</th>
                <th scope="col">{{ 'overview.unit' | translate }}</th>
                <th scope="col">{{ 'escalation.subject' | translate }}</th>
                <th scope="col">{{ 'field.deadline' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (item of p.items.slice(0, shownRows()); track $index) {
                <tr>
                  <td [attr.data-label]="'escalation.dueDate' | translate">{{
                    item.dueDate | ttDate
                  }}</td>
                  <td [attr.data-label]="'escalation.step' | translate">
                    {{
                      knownSteps.includes(item.stepKey)
                        ? ('escalation.steps.' + item.stepKey | translate)
                        : item.stepKey
                    }}
                    @if (item.missing) {
                      <br /><span class="warn-text"
                        >{{ 'escalation.missing' | translate }}: {{ item.missing }}</span
                      >
                    }
                  </td>
                  <td [attr.data-label]="'escalation.recipient' | translate"
                    >{{ item.recipient.name }}<br /><span class="muted email">{{
                      item.recipient.email
                    }}</span></td
                  >
                  <td [attr.data-label]="'overview.unit' | translate"
                    ><a [routerLink]="['/cases', item.caseId]">{{ item.unit.code }}</a>
                    {{ item.unit | ttName }}</td
                  >
                  <td [attr.data-label]="'escalation.subject' | translate">
                    @if (item.subject.kind === 'measure') {
                      {{ 'escalation.measure' | translate }}: {{ item.subject.title }}
                    } @else {
                      {{ 'escalation.phase' | translate }}:
                      {{ 'escalation.phases.' + item.subject.phase | translate }}
                    }
                  </td>
                  <td [attr.data-label]="'field.deadline' | translate">{{
                    item.subject.deadline | ttDate
                  }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (p.items.length > shownRows()) {
          <button
            mat-stroked-button
            type="button"
            class="more"
            (click)="shownRows.set(shownRows() + pageRows)"
          >
            {{ 'escalation.showMore' | translate: { shown: shownRows(), total: p.items.length } }}
          </button>
        }
      }
    }
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: baseline;
    }
    .error,
    .warn-text {
      color: var(--mat-sys-error);
    }
    .more {
      margin-top: 8px;
    }
    .email {
      overflow-wrap: anywhere;
    }
  `,
})
export class EscalationsPage {
  private readonly api = inject(EscalationApi);
  protected readonly knownSteps: readonly string[] = KNOWN_STEP_KEYS;
  private readonly session = inject(SessionStore);

  protected readonly isAdmin = computed(() => this.session.roles().has('admin'));
  protected daysInput = 14;
  protected readonly days = signal(14);
  protected readonly preview = rxResource({
    params: () => Math.min(Math.max(Math.trunc(this.days() || 0), 0), 365),
    stream: ({ params: days }) => this.api.preview(days),
  });
  protected readonly shownPreview = latestValue(this.preview);

  protected readonly pageRows = 100;
  /** A long horizon lists thousands of mails: show them a hundred at a time. */
  protected readonly shownRows = signal(this.pageRows);

  protected readonly running = signal(false);
  protected readonly ran = signal<EscalationRunResult | null>(null);
  protected readonly runProblem = signal<RequestProblem | null>(null);

  protected createdTotal(result: EscalationRunResult): number {
    return Object.values(result.created).reduce((sum, n) => sum + n, 0);
  }

  protected async run(): Promise<void> {
    this.running.set(true);
    this.ran.set(null);
    this.runProblem.set(null);
    try {
      this.ran.set(await firstValueFrom(this.api.runScan()));
      this.preview.reload();
    } catch (failure) {
      this.runProblem.set(classifyProblem(failure));
    } finally {
      this.running.set(false);
    }
  }
}
