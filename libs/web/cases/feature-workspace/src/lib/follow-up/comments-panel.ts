import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { CasesApi } from '@tiltak/web/shared/data-access';
import { EmptyState, LoadingIndicator, LocalDatePipe } from '@tiltak/web/shared/ui';
import type { RequestProblem } from '@tiltak/web/shared/util';
import { CaseStore } from '../case.store';
import { SaveProblem } from '../shell/save-problem';

/** Comments on the case or on one measure; safety representatives use them to be heard (AML § 6-2). */
@Component({
  selector: 'tt-comments-panel',
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
    LoadingIndicator,
    SaveProblem,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <tt-loading [active]="comments.isLoading()" />
    @if (comments.error()) {
      <p class="muted">{{ 'errors.notAvailable' | translate }}</p>
    } @else if (comments.hasValue()) {
      @if (comments.value().length === 0) {
        <tt-empty-state [title]="'comments.empty' | translate" />
      } @else {
        <ol class="comments">
          @for (c of comments.value(); track c.id) {
            <li>
              <div class="meta"
                ><strong>{{ c.authorName }}</strong> · {{ c.createdAt | ttDate: 'dateTime' }}
                @if (c.measureId && measureTitles().get(c.measureId); as title) {
                  · {{ 'comments.about' | translate: { measure: title } }}
                }
              </div>
              <p>{{ c.body }}</p>
            </li>
          }
        </ol>
      }
    }
    @if (store.detail()?.permissions?.comment) {
      <form (ngSubmit)="post()" class="new">
        <mat-form-field class="full">
          <mat-label>{{ 'comments.new' | translate }}</mat-label>
          <textarea
            matInput
            rows="3"
            name="body"
            [ngModel]="body()"
            (ngModelChange)="body.set($event)"
            required
            data-testid="comment-body"
          ></textarea>
        </mat-form-field>
        <div class="form-row">
          <mat-form-field>
            <mat-label>{{ 'comments.concerns' | translate }}</mat-label>
            <mat-select
              name="measure"
              [ngModel]="measureId()"
              (ngModelChange)="measureId.set($event)"
            >
              <mat-option [value]="null">{{ 'comments.wholeCase' | translate }}</mat-option>
              @for (m of store.detail()?.measures ?? []; track m.id) {
                <mat-option [value]="m.id">{{ m.title }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <div class="actions">
            <button
              mat-flat-button
              type="submit"
              [disabled]="!body().trim() || store.saving()"
              data-testid="post-comment"
              >{{ 'comments.post' | translate }}</button
            >
          </div>
        </div>
        <tt-save-problem [problem]="problem()" />
      </form>
    }
  `,
  styles: `
    .comments {
      list-style: none;
      padding: 0;
      margin: 0 0 12px;
      display: grid;
      gap: 8px;
    }
    .comments li {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
    }
    .comments p {
      margin: 4px 0 0;
      white-space: pre-wrap;
    }
    .meta {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .full {
      width: 100%;
    }
  `,
})
export class CommentsPanel {
  private readonly api = inject(CasesApi);
  protected readonly store = inject(CaseStore);

  protected readonly body = signal('');
  protected readonly measureId = signal<string | null>(null);
  protected readonly problem = signal<RequestProblem | null>(null);
  protected readonly comments = rxResource({
    params: () => this.store.detail()?.id,
    stream: ({ params: id }) => this.api.comments(id),
  });
  protected readonly measureTitles = computed(
    () => new Map((this.store.detail()?.measures ?? []).map((m) => [m.id, m.title])),
  );

  protected async post(): Promise<void> {
    const caseId = this.store.detail()?.id;
    const body = this.body().trim();
    if (!caseId || !body) return;
    this.problem.set(null);
    const outcome = await this.store.save(() =>
      this.api.addComment(caseId, body, this.measureId() ?? undefined),
    );
    if (outcome.ok) {
      this.body.set('');
      this.comments.reload();
    } else {
      this.problem.set(outcome.problem);
    }
  }
}
