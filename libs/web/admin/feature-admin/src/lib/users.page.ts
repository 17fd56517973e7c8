import { ChangeDetectionStrategy, Component, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { ReferenceDataApi } from '@tiltak/web/shared/data-access';
import { EmptyState, LoadingIndicator } from '@tiltak/web/shared/ui';
import { debounceTime } from 'rxjs';

const PAGE_SIZE = 50;

/** Users, searchable, read-only for now. */
@Component({
  selector: 'tt-users-page',
  imports: [FormsModule, MatButton, MatFormField, MatLabel, MatInput, TranslatePipe, LoadingIndicator, EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'admin.users' | translate }}</h2>
    <mat-form-field class="filter">
      <mat-label>{{ 'admin.searchUsers' | translate }}</mat-label>
      <input matInput type="search" [ngModel]="query()" (ngModelChange)="query.set($event)" />
    </mat-form-field>
    <tt-loading [active]="users.isLoading()" />
    @if (users.hasValue()) {
      @if (users.value().items.length === 0) {
        <tt-empty-state [title]="'admin.noUsers' | translate" />
      } @else {
        <p class="muted" aria-live="polite">{{ 'admin.userCount' | translate: { n: users.value().total } }}</p>
        <div class="table-scroll">
          <table class="plain">
            <thead>
              <tr>
                <th scope="col">{{ 'admin.name' | translate }}</th>
                <th scope="col">{{ 'admin.email' | translate }}</th>
                <th scope="col">{{ 'field.language' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (u of users.value().items; track u.id) {
                <tr>
                  <td>{{ u.name }}</td>
                  <td>{{ u.email }}</td>
                  <td>{{ u.language === 'en' ? 'English' : 'Norsk' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <div class="actions pager">
          <button mat-button type="button" (click)="page.set(page() - 1)" [disabled]="page() <= 1">{{ 'overview.previous' | translate }}</button>
          <button mat-button type="button" (click)="page.set(page() + 1)" [disabled]="page() * pageSize >= users.value().total">{{ 'overview.next' | translate }}</button>
        </div>
      }
    }
  `,
  styles: `.filter { width: min(100%, 360px); } .pager { justify-content: center; }`,
})
export class UsersPage {
  private readonly api = inject(ReferenceDataApi);
  protected readonly pageSize = PAGE_SIZE;
  protected readonly query = signal('');
  private readonly debouncedQuery = toSignal(toObservable(this.query).pipe(debounceTime(300)), { initialValue: '' });
  protected readonly page = linkedSignal({ source: this.debouncedQuery, computation: () => 1 });
  protected readonly users = rxResource({
    params: () => ({ q: this.debouncedQuery(), page: this.page() }),
    stream: ({ params }) => this.api.users(params.q, params.page, PAGE_SIZE),
  });
}
