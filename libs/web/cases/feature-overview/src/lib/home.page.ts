import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import type { RoundDto } from '@tiltak/shared/api-contract';
import { CasesApi, ReferenceDataApi, SessionStore } from '@tiltak/web/shared/data-access';
import { EmptyState, LoadingIndicator } from '@tiltak/web/shared/ui';
import { map } from 'rxjs';
import { CaseCards } from './case-cards';
import { UnitsOverview } from './units-overview';

/**
 * One home page that adapts to the roles: leaders see their own cases first, safety
 * representatives, HR and admins an overview of the units in their scope, employees their unit's plan.
 */
@Component({
  selector: 'tt-home-page',
  imports: [
    FormsModule,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    TranslatePipe,
    LoadingIndicator,
    EmptyState,
    CaseCards,
    UnitsOverview,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
})
export class HomePage {
  private readonly casesApi = inject(CasesApi);
  private readonly referenceData = inject(ReferenceDataApi);
  protected readonly session = inject(SessionStore);

  protected readonly rounds = rxResource({
    stream: () =>
      this.referenceData
        .rounds()
        .pipe(map((rounds) => [...rounds].sort((a, b) => b.year - a.year))),
    defaultValue: [] as RoundDto[],
  });

  /** The newest round until the user picks another. */
  protected readonly roundId = linkedSignal(() => this.rounds.value()[0]?.id ?? null);

  private readonly leaderUnitIds = computed(() => new Set(this.session.unitIdsFor('leader')));
  private readonly employeeUnitIds = computed(() => new Set(this.session.unitIdsFor('employee')));
  protected readonly isLeader = computed(() => this.leaderUnitIds().size > 0);
  protected readonly watchesUnits = computed(
    () => this.session.hasRole('verneombud', 'hr', 'admin') || this.session.hasRole('leader'),
  );
  protected readonly isOnlyEmployee = computed(
    () => !this.isLeader() && !this.session.hasRole('verneombud', 'hr', 'admin'),
  );

  /** Everything this user may read in the round; the API scopes it. */
  protected readonly cases = rxResource({
    params: () => this.roundId() ?? undefined,
    stream: ({ params: roundId }) =>
      this.casesApi.list({ roundId, pageSize: 200 }).pipe(map((page) => page.items)),
  });

  protected readonly myCases = computed(() =>
    (this.cases.value() ?? []).filter((c) => this.leaderUnitIds().has(c.unitId)),
  );
  protected readonly myUnitCases = computed(() =>
    (this.cases.value() ?? []).filter((c) => this.employeeUnitIds().has(c.unitId)),
  );
  /** A leader of a faculty also follows the units below; other leaders have only their own. */
  protected readonly showOverview = computed(
    () =>
      this.session.hasRole('verneombud', 'hr', 'admin') ||
      (this.cases.value() ?? []).some(
        (c) => !this.leaderUnitIds().has(c.unitId) && this.isLeader(),
      ),
  );

  constructor() {
    void this.referenceData.loadUnits().catch(() => undefined);
  }
}
