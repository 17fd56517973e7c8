import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  type OverdueMeasureDto,
  type ReportScopeParams,
  ReportsApi,
} from '@tiltak/web/shared/data-access';
import { EmptyState, LocalDatePipe, ScrollRegion, latestValue } from '@tiltak/web/shared/ui';
import { KNOWN_STEP_KEYS, localName } from '@tiltak/web/shared/util';

const PAGE_SIZE = 20;

/**
 * Where deadlines slip: the open measures past their deadline in the dashboard's scope, the longest
 * overdue first, each linking to its case's follow-up, with who is responsible and the last notice sent.
 */
@Component({
  selector: 'tt-overdue-list',
  imports: [MatButton, RouterLink, TranslatePipe, EmptyState, LocalDatePipe, ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="overdue-heading" data-testid="overdue-list">
      <div class="head">
        <h2 id="overdue-heading">{{ 'report.overdueList.title' | translate }}</h2>
        @if (shown(); as list) {
          <span class="muted">{{ 'report.overdueList.count' | translate: { n: list.total } }}</span>
        }
        <span class="spacer"></span>
        <a mat-button [href]="exportUrl('csv')" download data-testid="overdue-export-csv">{{
          'report.overdueList.export' | translate
        }}</a>
        <a mat-button [href]="exportUrl('xlsx')" download>{{
          'report.overdueList.exportXlsx' | translate
        }}</a>
      </div>
      <p class="muted">{{ 'report.overdueList.intro' | translate }}</p>
      @if (shown(); as list) {
        @if (list.items.length === 0) {
          <tt-empty-state [title]="'report.overdueList.none' | translate" />
        } @else {
          <div
            [ttScrollRegion]="'report.overdueList.title' | translate"
            class="keeps-rows"
            [attr.aria-busy]="list$.isLoading()"
          >
            <table class="plain cards-on-phone" data-testid="overdue-table">
              <caption class="cdk-visually-hidden">{{
                'report.overdueList.title' | translate
              }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'report.overdueList.col.measure' | translate }}</th>
                  <th scope="col">{{ 'report.overdueList.col.unit' | translate }}</th>
                  <th scope="col">{{ 'report.overdueList.col.responsible' | translate }}</th>
                  <th scope="col">{{ 'report.overdueList.col.deadline' | translate }}</th>
                  <th scope="col" class="num">{{
                    'report.overdueList.col.daysOverdue' | translate
                  }}</th>
                  <th scope="col">{{ 'report.overdueList.col.lastEscalation' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (m of list.items; track m.measureId) {
                  <tr>
                    <th scope="row">
                      <a [routerLink]="['/cases', m.caseId, 'follow-up']">{{ m.title }}</a>
                    </th>
                    <td [attr.data-label]="'report.overdueList.col.unit' | translate"
                      >{{ m.unitCode }} {{ unitName(m) }}</td
                    >
                    <td [attr.data-label]="'report.overdueList.col.responsible' | translate">{{
                      m.responsibleName ?? m.responsibleRole ?? '–'
                    }}</td>
                    <td [attr.data-label]="'report.overdueList.col.deadline' | translate">{{
                      m.deadline | ttDate
                    }}</td>
                    <td
                      class="num overdue"
                      [attr.data-label]="'report.overdueList.col.daysOverdue' | translate"
                      >{{ m.daysOverdue }}</td
                    >
                    <td [attr.data-label]="'report.overdueList.col.lastEscalation' | translate">
                      @if (m.lastEscalation; as e) {
                        {{
                          knownSteps.includes(e.stepKey)
                            ? ('escalation.steps.' + e.stepKey | translate)
                            : e.stepKey
                        }}, {{ e.sentAt | ttDate }}
                      } @else {
                        <span class="muted">{{
                          'report.overdueList.notEscalated' | translate
                        }}</span>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (pages() > 1) {
            <nav class="pager" [attr.aria-label]="'report.overdueList.pages' | translate">
              <button
                mat-stroked-button
                type="button"
                [disabled]="page() <= 1"
                (click)="page.set(page() - 1)"
                >{{ 'overview.previous' | translate }}</button
              >
              <span>{{ 'overview.pageOf' | translate: { page: page(), pages: pages() } }}</span>
              <button
                mat-stroked-button
                type="button"
                [disabled]="page() >= pages()"
                (click)="page.set(page() + 1)"
                data-testid="overdue-next"
              >
                {{ 'overview.next' | translate }}
              </button>
            </nav>
          }
        }
      }
    </section>
  `,
  styles: `
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 12px;
    }
    .head h2 {
      margin: 0;
    }
    .spacer {
      flex: 1;
    }
    .overdue {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .pager {
      display: flex;
      gap: 12px;
      align-items: center;
      justify-content: center;
      margin-top: 12px;
    }
  `,
})
export class OverdueList {
  private readonly reports = inject(ReportsApi);
  private readonly translate = inject(TranslateService);
  protected readonly knownSteps: readonly string[] = KNOWN_STEP_KEYS;

  /** The round and the unit whose subtree is listed (none: everything the reader may see). */
  readonly scope = input.required<ReportScopeParams>();

  /** Back to the first page whenever the scope changes. */
  protected readonly page = linkedSignal({ source: () => this.scope(), computation: () => 1 });
  protected readonly list$ = rxResource({
    params: () => ({ scope: this.scope(), page: this.page() }),
    stream: ({ params }) => this.reports.overdue(params.scope, params.page, PAGE_SIZE),
  });
  /** The current rows stay while the next page loads. */
  protected readonly shown = latestValue(this.list$);
  protected readonly pages = computed(() =>
    Math.max(1, Math.ceil((this.shown()?.total ?? 0) / PAGE_SIZE)),
  );

  protected exportUrl(format: 'csv' | 'xlsx'): string {
    return this.reports.overdueExportUrl(this.scope(), format);
  }

  protected unitName(m: OverdueMeasureDto): string {
    return localName(
      { nameNb: m.unitNameNb, nameEn: m.unitNameEn },
      this.translate.currentLang() === 'en' ? 'en' : 'nb',
    );
  }
}
