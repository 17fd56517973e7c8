import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { OrgUnitDto } from '@tiltak/shared/api-contract';
import { CASE_STATES, type CaseState } from '@tiltak/shared/domain';
import { type TrafficLight, trafficLight } from '@tiltak/web/cases/util';
import { CasesApi, ReferenceDataApi } from '@tiltak/web/shared/data-access';
import {
  CaseStateChip,
  EmptyState,
  LoadingIndicator,
  LocalDatePipe,
  LocalNamePipe,
  TrafficLightIndicator,
  latestValue,
  ScrollRegion,
} from '@tiltak/web/shared/ui';
import { todayIso } from '@tiltak/web/shared/util';

const PAGE_SIZE = 50;
const LIGHT_ORDER: Record<TrafficLight, number> = { red: 0, yellow: 1, green: 2 };

/**
 * The units in the reader's scope for one round: state, progress, overdue measures and a traffic
 * light, filterable by faculty, department and state. Worst first, so what needs attention is on top.
 */
@Component({
  selector: 'tt-units-overview',
  imports: [
    FormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatButton,
    TranslatePipe,
    CaseStateChip,
    TrafficLightIndicator,
    LocalDatePipe,
    LocalNamePipe,
    LoadingIndicator,
    EmptyState,
    ScrollRegion,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './units-overview.html',
  styleUrl: './units-overview.scss',
})
export class UnitsOverview {
  private readonly casesApi = inject(CasesApi);
  private readonly referenceData = inject(ReferenceDataApi);
  private readonly today = todayIso();

  readonly roundId = input.required<string>();

  protected readonly states = CASE_STATES;
  protected readonly facultyId = signal<string | null>(null);
  protected readonly departmentId = linkedSignal<string | null, string | null>({
    source: this.facultyId,
    computation: () => null,
  });
  protected readonly state = signal<CaseState | null>(null);
  protected readonly page = linkedSignal({
    source: () => [this.roundId(), this.facultyId(), this.departmentId(), this.state()],
    computation: () => 1,
  });

  protected readonly faculties = computed(() => this.sortedUnits((u) => u.kind === 'faculty'));
  protected readonly departments = computed(() => {
    const faculty = this.facultyId();
    return faculty ? this.sortedUnits((u) => u.parentId === faculty) : [];
  });

  protected readonly result = rxResource({
    params: () => ({
      roundId: this.roundId(),
      unitId: this.departmentId() ?? this.facultyId() ?? undefined,
      subtree: true,
      state: this.state() ?? undefined,
      page: this.page(),
      pageSize: PAGE_SIZE,
    }),
    stream: ({ params }) => this.casesApi.list(params),
  });
  protected readonly shown = latestValue(this.result);

  protected readonly rows = computed(() =>
    (this.shown()?.items ?? [])
      .map((c) => ({ summary: c, light: trafficLight(c, this.today) }))
      .sort(
        (a, b) =>
          LIGHT_ORDER[a.light] - LIGHT_ORDER[b.light] ||
          b.summary.measuresOverdue - a.summary.measuresOverdue ||
          a.summary.unitCode.localeCompare(b.summary.unitCode),
      ),
  );
  protected readonly pages = computed(() =>
    Math.max(1, Math.ceil((this.shown()?.total ?? 0) / PAGE_SIZE)),
  );
  protected readonly totals = computed(() => {
    const rows = this.rows();
    return {
      red: rows.filter((r) => r.light === 'red').length,
      overdue: rows.reduce((n, r) => n + r.summary.measuresOverdue, 0),
    };
  });

  private sortedUnits(predicate: (u: OrgUnitDto) => boolean): OrgUnitDto[] {
    return (this.referenceData.units() ?? [])
      .filter((u) => u.active && predicate(u))
      .sort((a, b) => a.code.localeCompare(b.code));
  }
}
