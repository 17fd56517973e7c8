import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { OrgUnitDto } from '@tiltak/shared/api-contract';
import { ReferenceDataApi } from '@tiltak/web/shared/data-access';
import { EmptyState, LoadingIndicator, LocalNamePipe, ScrollRegion } from '@tiltak/web/shared/ui';

interface TreeRow {
  unit: OrgUnitDto;
  depth: number;
}

/** The organisation tree, read-only for now, with a filter on code and name. */
@Component({
  selector: 'tt-org-units-page',
  imports: [
    FormsModule,
    MatFormField,
    MatLabel,
    MatInput,
    TranslatePipe,
    LocalNamePipe,
    LoadingIndicator,
    EmptyState,
    ScrollRegion,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'admin.orgUnits' | translate }}</h2>
    <mat-form-field class="filter">
      <mat-label>{{ 'admin.filter' | translate }}</mat-label>
      <input matInput [ngModel]="query()" (ngModelChange)="query.set($event)" />
    </mat-form-field>
    <tt-loading [active]="loading()" />
    @if (rows().length === 0 && !loading()) {
      <tt-empty-state [title]="'overview.empty' | translate" />
    } @else {
      <div [ttScrollRegion]="'admin.orgUnits' | translate">
        <table class="plain">
          <thead>
            <tr>
              <th scope="col">{{ 'admin.code' | translate }}</th>
              <th scope="col">{{ 'admin.name' | translate }}</th>
              <th scope="col">{{ 'admin.kind' | translate }}</th>
              <th scope="col">{{ 'admin.active' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.unit.id) {
              <tr>
                <td class="code" [style.padding-left.px]="8 + row.depth * 20">{{
                  row.unit.code
                }}</td>
                <td>{{ row.unit | ttName }}</td>
                <td>{{ 'unitKind.' + row.unit.kind | translate }}</td>
                <td>{{ (row.unit.active ? 'common.yes' : 'common.no') | translate }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .filter {
      width: min(100%, 360px);
    }
    .code {
      white-space: nowrap;
    }
  `,
})
export class OrgUnitsPage {
  private readonly api = inject(ReferenceDataApi);
  protected readonly query = signal('');
  protected readonly loading = signal(true);

  /** Depth-first, children sorted by code, so the tree reads top-down. */
  protected readonly rows = computed(() => {
    const units = this.api.units() ?? [];
    const q = this.query().trim().toLowerCase();
    const children = new Map<string | null, OrgUnitDto[]>();
    for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
    const ids = new Set(units.map((u) => u.id));
    const roots = units.filter((u) => u.parentId === null || !ids.has(u.parentId));
    const out: TreeRow[] = [];
    const walk = (unit: OrgUnitDto, depth: number) => {
      out.push({ unit, depth });
      for (const child of (children.get(unit.id) ?? []).sort((a, b) =>
        a.code.localeCompare(b.code),
      ))
        walk(child, depth + 1);
    };
    for (const root of roots.sort((a, b) => a.code.localeCompare(b.code))) walk(root, 0);
    return q
      ? out.filter((r) =>
          `${r.unit.code} ${r.unit.nameNb} ${r.unit.nameEn}`.toLowerCase().includes(q),
        )
      : out;
  });

  constructor() {
    this.api
      .loadUnits()
      .finally(() => this.loading.set(false))
      .catch(() => undefined);
  }
}
