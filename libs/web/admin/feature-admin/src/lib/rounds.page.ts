import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { ReferenceDataApi } from '@tiltak/web/shared/data-access';
import { EmptyState, LoadingIndicator } from '@tiltak/web/shared/ui';
import { EscalationPolicyEditor } from './escalation-policy-editor';
import { RoundEditor } from './round-editor';

/** Survey rounds with their phase deadlines, editable by HR and admins. */
@Component({
  selector: 'tt-rounds-page',
  imports: [TranslatePipe, LoadingIndicator, EmptyState, RoundEditor, EscalationPolicyEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'admin.rounds' | translate }}</h2>
    <p class="muted">{{ 'admin.roundsIntro' | translate }}</p>
    <tt-loading [active]="rounds.isLoading()" />
    @if (rounds.error()) {
      <tt-empty-state [title]="'errors.server' | translate" />
    } @else if (rounds.hasValue()) {
      <div class="rounds">
        @for (round of rounds.value(); track round.id) {
          <div>
            <tt-round-editor [round]="round" (saved)="rounds.reload()" />
            <tt-escalation-policy-editor [round]="round" (saved)="rounds.reload()" />
          </div>
        } @empty {
          <tt-empty-state [title]="'home.noRounds' | translate" />
        }
      </div>
    }
  `,
  styles: `
    .rounds {
      display: grid;
      gap: 12px;
    }
  `,
})
export class RoundsPage {
  private readonly api = inject(ReferenceDataApi);
  protected readonly rounds = rxResource({ stream: () => this.api.rounds() });
  protected readonly saved = signal(0);
}
