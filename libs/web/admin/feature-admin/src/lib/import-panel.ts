import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  type FileProblem,
  type ImportChange,
  type ImportKind,
  type ImportResult,
  ImportsApi,
  type PeopleImportMode,
} from '@tiltak/web/shared/data-access';
import { ScrollRegion } from '@tiltak/web/shared/ui';
import { type RequestProblem, classifyProblem } from '@tiltak/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { FormProblem } from './form-problem';

type Section = 'added' | 'changed' | 'ending';

/** Which table of the difference a change goes in. */
const SECTION_OF: Record<string, Section> = {
  added: 'added',
  role_granted: 'added',
  renamed: 'changed',
  moved: 'changed',
  kind: 'changed',
  predecessors: 'changed',
  reopened: 'changed',
  changed: 'changed',
  closed: 'ending',
  role_ended: 'ending',
  deactivated: 'ending',
};

export const CHANGE_LABELS: Record<string, string> = {
  added: 'imports.change.added',
  role_granted: 'imports.change.role_granted',
  renamed: 'imports.change.renamed',
  moved: 'imports.change.moved',
  kind: 'imports.change.kind',
  predecessors: 'imports.change.predecessors',
  reopened: 'imports.change.reopened',
  changed: 'imports.change.changed',
  closed: 'imports.change.closed',
  role_ended: 'imports.change.role_ended',
  deactivated: 'imports.change.deactivated',
};

/**
 * One import file: choose it, read the dry run's difference (or every problem of the file), and
 * only then apply it. A file changed after the check must be checked again.
 */
@Component({
  selector: 'tt-import-panel',
  imports: [
    FormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    TranslatePipe,
    FormProblem,
    ScrollRegion,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="card"
      [attr.aria-labelledby]="kind() + '-heading'"
      [attr.data-testid]="'import-' + kind()"
    >
      <h3 [id]="kind() + '-heading'">{{
        (kind() === 'people' ? 'imports.people' : 'imports.orgUnits') | translate
      }}</h3>
      <p class="muted">{{
        (kind() === 'people' ? 'imports.peopleHint' : 'imports.orgUnitsHint') | translate
      }}</p>
      <div class="form-row">
        <label class="file">
          <span>{{ 'imports.file' | translate }}</span>
          <input
            type="file"
            accept=".csv,.xlsx,text/csv"
            (change)="choose($event)"
            [attr.data-testid]="'file-' + kind()"
          />
        </label>
        @if (kind() === 'people') {
          <mat-form-field>
            <mat-label>{{ 'imports.mode' | translate }}</mat-label>
            <mat-select
              [ngModel]="mode()"
              (ngModelChange)="setMode($event)"
              data-testid="people-mode"
            >
              <mat-option value="merge">{{ 'imports.modeMerge' | translate }}</mat-option>
              <mat-option value="full">{{ 'imports.modeFull' | translate }}</mat-option>
            </mat-select>
          </mat-form-field>
        }
      </div>
      @if (kind() === 'people' && mode() === 'full') {
        <p class="notice">{{ 'imports.modeFullHint' | translate }}</p>
      }
      <div class="actions">
        <button
          mat-stroked-button
          type="button"
          (click)="check()"
          [disabled]="!file() || busy()"
          [attr.data-testid]="'check-' + kind()"
        >
          {{ 'imports.check' | translate }}
        </button>
      </div>

      @if (problems().length) {
        <div class="problems" role="alert" [attr.data-testid]="'problems-' + kind()">
          <p class="heading">{{
            'imports.problemsHeading' | translate: { n: problems().length }
          }}</p>
          <div [ttScrollRegion]="'imports.problems' | translate">
            <table class="plain cards-on-phone">
              <thead>
                <tr>
                  <th scope="col">{{ 'imports.colRow' | translate }}</th>
                  <th scope="col">{{ 'imports.colColumn' | translate }}</th>
                  <th scope="col">{{ 'imports.colProblem' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (p of problems(); track $index) {
                  <tr>
                    <td [attr.data-label]="'imports.colRow' | translate">{{ p.row }}</td>
                    <td [attr.data-label]="'imports.colColumn' | translate"
                      ><code>{{ p.column }}</code></td
                    >
                    <td [attr.data-label]="'imports.colProblem' | translate" lang="en">{{
                      p.problem
                    }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </div>
      }
      <tt-form-problem [problem]="problem()" />

      @if (result(); as r) {
        <div aria-live="polite" [attr.data-testid]="'result-' + kind()">
          @if (r.dryRun) {
            <p>
              <strong>{{
                'imports.checked' | translate: { rows: r.rows, changes: r.changes.length }
              }}</strong>
            </p>
          } @else {
            <p class="notice ok" role="status">{{
              'imports.applied' | translate: { changes: r.changes.length }
            }}</p>
          }
          @if (r.changes.length === 0) {
            <p>{{ 'imports.noChanges' | translate }}</p>
          }
          @for (section of sections(); track section.key) {
            <h4>{{ section.label | translate }} ({{ section.changes.length }})</h4>
            <div [ttScrollRegion]="section.label | translate">
              <table class="plain cards-on-phone" [attr.data-testid]="'changes-' + section.key">
                <thead>
                  <tr>
                    <th scope="col">{{ 'imports.colRow' | translate }}</th>
                    <th scope="col">{{
                      (kind() === 'people' ? 'imports.colPerson' : 'imports.colUnit') | translate
                    }}</th>
                    <th scope="col">{{ 'imports.colChange' | translate }}</th>
                    <th scope="col">{{ 'imports.colDetail' | translate }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (c of section.changes; track $index) {
                    <tr>
                      <td [attr.data-label]="'imports.colRow' | translate">{{ c.row ?? '–' }}</td>
                      <td
                        [attr.data-label]="
                          (kind() === 'people' ? 'imports.colPerson' : 'imports.colUnit')
                            | translate
                        "
                        >{{ c.email ?? c.code }}</td
                      >
                      <td [attr.data-label]="'imports.colChange' | translate">{{
                        changeLabel(c.change) | translate
                      }}</td>
                      <td [attr.data-label]="'imports.colDetail' | translate">
                        @if (c.role) {
                          {{ 'role.' + c.role | translate }} – {{ c.unitCode }}
                        } @else {
                          {{ detail(c) }}
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
          @if (r.conflicts?.length) {
            <h4>{{ 'imports.conflicts' | translate }} ({{ r.conflicts?.length }})</h4>
            <p class="muted">{{ 'imports.conflictsHint' | translate }}</p>
            <ul data-testid="conflicts">
              @for (c of r.conflicts; track c.email) {
                <li
                  >{{ c.email }}:
                  {{ 'imports.openMeasures' | translate: { n: c.openMeasures } }}</li
                >
              }
            </ul>
          }
          @if (r.dryRun && r.changes.length > 0) {
            <div class="actions">
              <button
                mat-flat-button
                type="button"
                (click)="apply()"
                [disabled]="busy()"
                [attr.data-testid]="'apply-' + kind()"
              >
                {{ 'imports.apply' | translate: { n: r.changes.length } }}
              </button>
              <button mat-button type="button" (click)="result.set(null)">{{
                'common.cancel' | translate
              }}</button>
            </div>
          }
        </div>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 16px;
    }
    h3 {
      margin-top: 0;
    }
    .file {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin-bottom: 16px;
    }
    .problems {
      border-left: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      padding: 8px 16px;
      border-radius: 4px;
      margin: 12px 0;
    }
    .heading {
      font-weight: 600;
      margin: 4px 0;
    }
  `,
})
export class ImportPanel {
  private readonly api = inject(ImportsApi);
  readonly kind = input.required<ImportKind>();
  /** After an apply that changed something, so the page can show it in the history. */
  readonly applied = output<ImportResult>();

  protected readonly file = signal<File | null>(null);
  protected readonly mode = signal<PeopleImportMode>('merge');
  protected readonly busy = signal(false);
  protected readonly result = signal<ImportResult | null>(null);
  protected readonly problems = signal<FileProblem[]>([]);
  protected readonly problem = signal<RequestProblem | null>(null);

  protected readonly sections = computed(() => {
    const changes = this.result()?.changes ?? [];
    const keys: Section[] = ['added', 'changed', 'ending'];
    const labels: Record<Section, string> = {
      added: 'imports.added',
      changed: 'imports.changed',
      ending: 'imports.ending',
    };
    return keys
      .map((key) => ({
        key,
        label: labels[key],
        changes: changes.filter((c) => (SECTION_OF[c.change] ?? 'changed') === key),
      }))
      .filter((s) => s.changes.length > 0);
  });

  protected changeLabel(change: string): string {
    return CHANGE_LABELS[change] ?? change;
  }

  protected detail(c: ImportChange): string {
    if (c.from && c.to) return `${c.from} → ${c.to}`;
    return c.to ?? c.from ?? '';
  }

  protected choose(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.reset();
  }

  protected setMode(mode: PeopleImportMode): void {
    this.mode.set(mode);
    this.reset();
  }

  protected check(): Promise<void> {
    return this.send(true);
  }

  protected apply(): Promise<void> {
    return this.send(false);
  }

  private reset(): void {
    this.result.set(null);
    this.problems.set([]);
    this.problem.set(null);
  }

  private async send(dryRun: boolean): Promise<void> {
    const file = this.file();
    if (!file) return;
    this.busy.set(true);
    this.reset();
    try {
      const result = await firstValueFrom(
        this.api.send(this.kind(), file, { dryRun, mode: this.mode() }),
      );
      this.result.set(result);
      if (!dryRun) this.applied.emit(result);
    } catch (failure) {
      const problem = classifyProblem(failure);
      const details = (problem.error as { details?: FileProblem[] }).details;
      if (
        problem.error.statusCode === 400 &&
        Array.isArray(details) &&
        details.length &&
        'problem' in details[0]
      )
        this.problems.set(details);
      else this.problem.set(problem);
    } finally {
      this.busy.set(false);
    }
  }
}
