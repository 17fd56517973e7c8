import {
  ChangeDetectionStrategy,
  Component,
  type WritableSignal,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { CONTENT_BODY_MAX_LENGTH, type ContentPageDto } from '@tiltak/shared/api-contract';
import { ContentApi } from '@tiltak/web/shared/data-access';
import { EmptyState, LoadingIndicator, TextBlocks } from '@tiltak/web/shared/ui';
import { type RequestProblem, classifyProblem, problemMessageKey } from '@tiltak/web/shared/util';
import { firstValueFrom } from 'rxjs';

type Body = 'bodyNb' | 'bodyEn';

/** The text of the speak-up page in both languages, with a preview as readers will see it. */
@Component({
  selector: 'tt-speak-up-editor-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    LoadingIndicator,
    EmptyState,
    TextBlocks,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'admin.speakUpPage' | translate }}</h2>
    <p class="muted"
      >{{ 'admin.speakUpIntro' | translate }}
      <a routerLink="/speak-up">{{ 'admin.speakUpView' | translate }}</a></p
    >
    <tt-loading [active]="loading()" />
    @if (loadFailed()) {
      <tt-empty-state [title]="'errors.server' | translate">
        <button mat-button type="button" (click)="load()">{{ 'common.reload' | translate }}</button>
      </tt-empty-state>
    } @else if (!loading()) {
      <form (ngSubmit)="save()" data-testid="speak-up-editor">
        @for (b of bodies; track b.field) {
          <section class="language" [attr.aria-labelledby]="b.field + '-heading'">
            <h3 [id]="b.field + '-heading'">{{ b.label | translate }}</h3>
            <div class="pair">
              <mat-form-field>
                <mat-label>{{ 'admin.speakUpText' | translate }}</mat-label>
                <textarea
                  matInput
                  rows="16"
                  required
                  [name]="b.field"
                  [maxlength]="max"
                  [ngModel]="text[b.field]()"
                  (ngModelChange)="text[b.field].set($event)"
                  [attr.data-testid]="b.field"
                ></textarea>
                <mat-hint align="end">{{
                  'admin.characters' | translate: { n: text[b.field]().length, max }
                }}</mat-hint>
                <mat-error>{{ 'common.required' | translate }}</mat-error>
              </mat-form-field>
              <!-- Focusable so that keyboard users can scroll a long preview. -->
              <div
                class="preview"
                tabindex="0"
                role="region"
                [attr.aria-label]="('admin.preview' | translate) + ': ' + (b.label | translate)"
                [lang]="b.lang"
              >
                <p class="preview-label" aria-hidden="true">{{ 'admin.preview' | translate }}</p>
                <tt-text-blocks [text]="text[b.field]()" />
              </div>
            </div>
          </section>
        }
        <div class="actions">
          <button
            mat-flat-button
            type="submit"
            [disabled]="saving() || !complete()"
            data-testid="save-speak-up"
            >{{ 'common.save' | translate }}</button
          >
          <span aria-live="polite" class="muted">{{
            justSaved() ? ('common.saved' | translate) : ''
          }}</span>
        </div>
        @if (problem(); as p) {
          <p class="notice warn" role="alert">
            {{ messageKey(p, 'admin.speakUpStale') | translate }}
            @for (d of p.error.details ?? []; track $index) {
              <br />{{ (d.field === 'bodyEn' ? 'admin.textEn' : 'admin.textNb') | translate }}:
              <span lang="en">{{ d.problem }}</span>
            }
            @if (p.kind === 'stale') {
              <button mat-button type="button" (click)="load()">{{
                'common.reload' | translate
              }}</button>
            }
          </p>
        }
      </form>
    }
  `,
  styles: `
    .pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr));
      gap: 16px;
      align-items: start;
    }
    .pair mat-form-field {
      width: 100%;
    }
    .preview {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 0 16px 8px;
      max-height: 28rem;
      overflow: auto;
    }
    .preview-label {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
      margin: 8px 0 0;
    }
    h3 {
      margin-bottom: 8px;
    }
  `,
})
export class SpeakUpEditorPage {
  protected readonly messageKey = problemMessageKey;
  private readonly api = inject(ContentApi);
  protected readonly max = CONTENT_BODY_MAX_LENGTH;
  protected readonly bodies: { field: Body; label: string; lang: string }[] = [
    { field: 'bodyNb', label: 'admin.textNb', lang: 'nb' },
    { field: 'bodyEn', label: 'admin.textEn', lang: 'en' },
  ];
  protected readonly text: Record<Body, WritableSignal<string>> = {
    bodyNb: signal(''),
    bodyEn: signal(''),
  };
  protected readonly complete = computed(() =>
    this.bodies.every((b) => this.text[b.field]().trim() !== ''),
  );
  protected readonly loading = signal(true);
  protected readonly loadFailed = signal(false);
  protected readonly saving = signal(false);
  protected readonly justSaved = signal(false);
  protected readonly problem = signal<RequestProblem | null>(null);
  /** The version to save against: after a conflict it becomes the stored one, and the typed text is kept. */
  private version = 0;

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadFailed.set(false);
    try {
      this.show(await firstValueFrom(this.api.speakUp()));
      this.problem.set(null);
    } catch {
      this.loadFailed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  protected async save(): Promise<void> {
    if (!this.complete()) return;
    this.saving.set(true);
    this.problem.set(null);
    this.justSaved.set(false);
    try {
      this.show(
        await firstValueFrom(
          this.api.updateSpeakUp({
            bodyNb: this.text.bodyNb(),
            bodyEn: this.text.bodyEn(),
            version: this.version,
          }),
        ),
      );
      this.justSaved.set(true);
    } catch (failure) {
      const problem = classifyProblem(failure);
      if (problem.kind === 'stale' && problem.error.currentVersion)
        this.version = problem.error.currentVersion;
      this.problem.set(problem);
    } finally {
      this.saving.set(false);
    }
  }

  private show(page: ContentPageDto): void {
    this.version = page.version;
    this.text.bodyNb.set(page.bodyNb);
    this.text.bodyEn.set(page.bodyEn);
  }
}
