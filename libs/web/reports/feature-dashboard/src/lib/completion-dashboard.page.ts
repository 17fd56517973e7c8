import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  type CompletionReportParams,
  type CompletionRowDto,
  type ReportScopeParams,
  ReferenceDataApi,
  ReportsApi,
} from '@tiltak/web/shared/data-access';
import {
  EmptyState,
  LoadingIndicator,
  LocalNumberPipe,
  latestValue,
  ScrollRegion,
} from '@tiltak/web/shared/ui';
import { localName } from '@tiltak/web/shared/util';
import {
  type Crumb,
  SHARE_COLUMNS,
  barWidth,
  splitSuppressed,
  trailTo,
  trendDirection,
} from './completion-view';
import { ImpactView } from './impact-view';
import { OverdueList } from './overdue-list';

/**
 * HR/HSE: how far every unit has come in a round, by faculty, drilling down to departments and units,
 * the measures past their deadline at the level shown, and which measures went with improvement.
 */
@Component({
  selector: 'tt-completion-dashboard-page',
  imports: [
    MatButton,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    TranslatePipe,
    LoadingIndicator,
    EmptyState,
    LocalNumberPipe,
    ScrollRegion,
    OverdueList,
    ImpactView,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './completion-dashboard.page.html',
  styleUrl: './completion-dashboard.page.scss',
})
export class CompletionDashboardPage {
  private readonly reports = inject(ReportsApi);
  private readonly reference = inject(ReferenceDataApi);
  private readonly translate = inject(TranslateService);

  protected readonly shares = SHARE_COLUMNS;
  protected readonly barWidth = barWidth;
  protected readonly trendDirection = trendDirection;

  protected readonly rounds = rxResource({ stream: () => this.reference.rounds() });
  protected readonly sortedRounds = computed(() =>
    [...(this.rounds.value() ?? [])].sort((a, b) => b.year - a.year),
  );
  protected readonly roundId = signal<string | null>(null);
  protected readonly trail = signal<Crumb[]>([{ unitId: null, groupBy: 'faculty', label: null }]);
  protected readonly here = computed(() => this.trail()[this.trail().length - 1]);

  protected readonly query = computed<CompletionReportParams | undefined>(() => {
    const roundId = this.roundId();
    const here = this.here();
    return roundId
      ? { roundId, unitId: here.unitId ?? undefined, groupBy: here.groupBy }
      : undefined;
  });
  /** The overdue list and the impact follow the level shown: its round and unit, not the grouping. */
  protected readonly scope = computed<ReportScopeParams | undefined>(
    () => {
      const roundId = this.roundId();
      return roundId ? { roundId, unitId: this.here().unitId ?? undefined } : undefined;
    },
    { equal: (a, b) => a?.roundId === b?.roundId && a?.unitId === b?.unitId },
  );
  protected readonly report = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.reports.completion(params),
  });
  /** The last report stays on screen while the next level loads: no blank flash between drill-downs. */
  protected readonly shown = latestValue(this.report);
  protected readonly split = computed(() => splitSuppressed(this.shown()?.rows ?? []));
  protected readonly csvUrl = computed(() => {
    const q = this.query();
    return q ? this.reports.completionExportUrl(q, 'csv') : null;
  });
  protected readonly xlsxUrl = computed(() => {
    const q = this.query();
    return q ? this.reports.completionExportUrl(q, 'xlsx') : null;
  });

  constructor() {
    // The newest round is what HR asks about first.
    effect(() => {
      const newest = this.sortedRounds()[0];
      if (newest && !this.roundId()) this.roundId.set(newest.id);
    });
  }

  protected chooseRound(id: string): void {
    this.roundId.set(id);
    this.trail.set(trailTo(this.trail(), 0));
  }

  protected drillDown(row: CompletionRowDto): void {
    if (!row.drillDown || !row.unitId) return;
    const label = `${row.unitCode ?? ''} ${this.rowName(row)}`.trim();
    this.trail.update((t) => [
      ...t,
      { unitId: row.unitId, groupBy: row.drillDown ?? 'unit', label },
    ]);
  }

  protected goTo(index: number): void {
    this.trail.set(trailTo(this.trail(), index));
  }

  protected rowName(row: CompletionRowDto): string {
    return localName(
      { nameNb: row.unitNameNb ?? '', nameEn: row.unitNameEn ?? '' },
      this.translate.currentLang() === 'en' ? 'en' : 'nb',
    );
  }
}
