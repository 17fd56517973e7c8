import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { type ImportRun, ImportsApi } from '@tiltak/web/shared/data-access';
import { EmptyState, LoadingIndicator, LocalDatePipe, ScrollRegion } from '@tiltak/web/shared/ui';
import { CHANGE_LABELS, ImportPanel } from './import-panel';

/** The organisation and people imports (docs/org-people-import.md) and the files applied before. */
@Component({
  selector: 'tt-imports-page',
  imports: [TranslatePipe, ImportPanel, LoadingIndicator, EmptyState, LocalDatePipe, ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'imports.title' | translate }}</h2>
    <p>{{ 'imports.intro' | translate }}</p>
    <tt-import-panel kind="org-units" (applied)="history.reload()" />
    <tt-import-panel kind="people" (applied)="history.reload()" />

    <h3 id="history-heading">{{ 'imports.history' | translate }}</h3>
    <tt-loading [active]="history.isLoading()" />
    @if (history.hasValue()) {
      @if (history.value().length === 0) {
        <tt-empty-state [title]="'imports.historyEmpty' | translate" />
      } @else {
        <div [ttScrollRegion]="'imports.history' | translate">
          <table
            class="plain cards-on-phone"
            aria-labelledby="history-heading"
            data-testid="import-history"
          >
            <thead>
              <tr>
                <th scope="col">{{ 'imports.colWhen' | translate }}</th>
                <th scope="col">{{ 'imports.colKind' | translate }}</th>
                <th scope="col">{{ 'imports.colBy' | translate }}</th>
                <th scope="col">{{ 'imports.colCounts' | translate }}</th>
                <th scope="col">{{ 'imports.colFile' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (run of history.value(); track run.id) {
                <tr>
                  <td [attr.data-label]="'imports.colWhen' | translate">{{
                    run.at | ttDate: 'dateTime'
                  }}</td>
                  <td [attr.data-label]="'imports.colKind' | translate">
                    {{
                      (run.kind === 'people' ? 'imports.people' : 'imports.orgUnits') | translate
                    }}
                    @if (run.mode) {
                      ({{
                        (run.mode === 'full' ? 'imports.modeFull' : 'imports.modeMerge')
                          | translate
                      }})
                    }
                  </td>
                  <td [attr.data-label]="'imports.colBy' | translate">{{
                    run.actorName ?? ('imports.system' | translate)
                  }}</td>
                  <td [attr.data-label]="'imports.colCounts' | translate">
                    @for (count of counts(run); track count.key) {
                      <span class="count">{{ count.label | translate }}: {{ count.n }}</span>
                    }
                  </td>
                  <td [attr.data-label]="'imports.colFile' | translate">
                    <a [href]="api.fileUrl(run)" download>{{
                      run.filename ?? ('imports.download' | translate)
                    }}</a>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
  `,
  styles: `
    .count {
      white-space: nowrap;
      margin-inline-end: 12px;
    }
  `,
})
export class ImportsPage {
  protected readonly api = inject(ImportsApi);
  protected readonly history = rxResource({ stream: () => this.api.history() });

  protected counts(run: ImportRun): { key: string; label: string; n: number }[] {
    return Object.entries(run.counts).map(([key, n]) => ({
      key,
      label: CHANGE_LABELS[key] ?? key,
      n,
    }));
  }
}
