import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { TransitionOptionDto } from '@tiltak/shared/api-contract';
import { stepperView } from '@tiltak/web/cases/util';
import { CasesApi } from '@tiltak/web/shared/data-access';
import {
  CaseStateChip,
  EmptyState,
  LoadingIndicator,
  LocalDatePipe,
  LocalNamePipe,
  ReasonDialog,
  type ReasonDialogData,
} from '@tiltak/web/shared/ui';
import type { RequestProblem } from '@tiltak/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { CaseStore } from '../case.store';
import { SaveProblem } from './save-problem';

/** The case workspace: header, stepper following the states, the transitions the API offers, and the step. */
@Component({
  selector: 'tt-case-workspace-page',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatButton,
    TranslatePipe,
    CaseStateChip,
    LocalNamePipe,
    LocalDatePipe,
    LoadingIndicator,
    EmptyState,
    SaveProblem,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-workspace.page.html',
  styleUrl: './case-workspace.page.scss',
})
export class CaseWorkspacePage {
  protected readonly store = inject(CaseStore);
  private readonly api = inject(CasesApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);

  readonly caseId = input.required<string>();

  protected readonly steps = computed(() => {
    const detail = this.store.detail();
    return detail ? stepperView(detail.state) : [];
  });
  protected readonly forward = computed(
    () => this.store.detail()?.transitions.filter((t) => t.direction === 'forward') ?? [],
  );
  protected readonly back = computed(
    () => this.store.detail()?.transitions.filter((t) => t.direction === 'back') ?? [],
  );
  protected readonly transitionProblem = signal<RequestProblem | null>(null);
  protected readonly moved = signal<string | null>(null);

  constructor() {
    effect(() => void this.store.load(this.caseId()));
  }

  protected async move(option: TransitionOptionDto): Promise<void> {
    const detail = this.store.detail();
    if (!detail) return;
    let reason: string | undefined;
    if (option.direction === 'back') {
      const ref = this.dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, {
        injector: this.injector,
        data: {
          title: this.translate.instant('workspace.stepBackTitle', {
            state: this.translate.instant('state.' + option.to),
          }),
          message: this.translate.instant('workspace.stepBackText'),
          confirmLabel: this.translate.instant('workspace.stepBack'),
        },
      });
      reason = await firstValueFrom(ref.afterClosed());
      if (!reason) return;
    }
    this.transitionProblem.set(null);
    this.moved.set(null);
    const outcome = await this.store.save(() =>
      this.api.transition(detail.id, option.to, detail.version, reason),
    );
    if (outcome.ok) {
      this.moved.set(
        this.translate.instant('workspace.moved', {
          state: this.translate.instant('state.' + option.to),
        }),
      );
      const step = this.steps().find((s) => s.status === 'current')?.step ?? 'follow-up';
      await this.router.navigate(['/cases', detail.id, step]);
    } else if (outcome.problem.kind !== 'stale') {
      this.transitionProblem.set(outcome.problem);
    }
  }
}
