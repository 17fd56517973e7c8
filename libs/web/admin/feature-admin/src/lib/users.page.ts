import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption } from '@angular/material/core';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import type { UserDto, UserStatus } from '@tiltak/shared/api-contract';
import { ReferenceDataApi, SessionStore, UsersApi } from '@tiltak/web/shared/data-access';
import { EmptyState, LoadingIndicator, ScrollRegion } from '@tiltak/web/shared/ui';
import { type RequestProblem, classifyProblem } from '@tiltak/web/shared/util';
import { debounceTime, firstValueFrom } from 'rxjs';
import { FormProblem } from './form-problem';
import { UserEditor } from './user-editor';
import { UserFields, userFieldControls } from './user-fields';

const PAGE_SIZE = 50;

/** Users, searchable and filtered by whether they may sign in; admins create users, change their details, give or take away roles and deactivate them. */
@Component({
  selector: 'tt-users-page',
  imports: [
    FormsModule,
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    TranslatePipe,
    LoadingIndicator,
    EmptyState,
    UserEditor,
    UserFields,
    FormProblem,
    ScrollRegion,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'admin.users' | translate }}</h2>
    @if (isAdmin) {
      @if (creating()) {
        <form
          class="card"
          [formGroup]="newUser"
          (ngSubmit)="create()"
          aria-labelledby="new-user-heading"
          data-testid="new-user"
        >
          <h3 id="new-user-heading">{{ 'admin.newUser' | translate }}</h3>
          <div class="form-row">
            <tt-user-fields testIdPrefix="new-user-" />
          </div>
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="create-user">{{
              'admin.createUser' | translate
            }}</button>
            <button mat-button type="button" (click)="creating.set(false)">{{
              'common.cancel' | translate
            }}</button>
          </div>
          <tt-form-problem [problem]="problem()" />
        </form>
      } @else {
        <div class="actions">
          <button
            mat-stroked-button
            type="button"
            (click)="startCreating()"
            data-testid="start-new-user"
            >{{ 'admin.newUser' | translate }}</button
          >
        </div>
      }
    }
    @if (selected(); as user) {
      <tt-user-editor [user]="user" (saved)="onSaved($event)" (closed)="selected.set(null)" />
    }
    <div class="filters">
      <mat-form-field class="filter">
        <mat-label>{{ 'admin.searchUsers' | translate }}</mat-label>
        <input
          matInput
          type="search"
          [ngModel]="query()"
          (ngModelChange)="query.set($event)"
          data-testid="user-search"
        />
      </mat-form-field>
      @if (isAdmin) {
        <mat-form-field>
          <mat-label>{{ 'admin.showUsers' | translate }}</mat-label>
          <mat-select
            [ngModel]="status()"
            (ngModelChange)="status.set($event)"
            data-testid="user-status"
          >
            @for (option of statusOptions; track option.value) {
              <mat-option [value]="option.value">{{ option.label | translate }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
    </div>
    <tt-loading [active]="users.isLoading()" />
    @if (users.hasValue()) {
      @if (users.value().items.length === 0) {
        <tt-empty-state [title]="'admin.noUsers' | translate" />
      } @else {
        <p class="muted" aria-live="polite">{{
          'admin.userCount' | translate: { n: users.value().total }
        }}</p>
        <div [ttScrollRegion]="'admin.users' | translate">
          <table class="plain">
            <thead>
              <tr>
                <th scope="col">{{ 'admin.name' | translate }}</th>
                <th scope="col">{{ 'admin.email' | translate }}</th>
                <th scope="col">{{ 'field.language' | translate }}</th>
                @if (isAdmin) {
                  <th scope="col"
                    ><span class="cdk-visually-hidden">{{ 'admin.actions' | translate }}</span></th
                  >
                }
              </tr>
            </thead>
            <tbody>
              @for (u of users.value().items; track u.id) {
                <tr [class.selected]="selected()?.id === u.id">
                  <td>
                    {{ u.name }}
                    @if (!u.active) {
                      <span class="chip">{{ 'admin.deactivated' | translate }}</span>
                    }
                  </td>
                  <td>{{ u.email }}</td>
                  <td>{{ u.language === 'en' ? 'English' : 'Norsk' }}</td>
                  @if (isAdmin) {
                    <td>
                      <button
                        mat-button
                        type="button"
                        (click)="select(u)"
                        [attr.aria-label]="'admin.editUserLabel' | translate: { name: u.name }"
                      >
                        {{ 'common.edit' | translate }}
                      </button>
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
        <div class="actions pager">
          <button
            mat-button
            type="button"
            (click)="page.set(page() - 1)"
            [disabled]="page() <= 1"
            >{{ 'overview.previous' | translate }}</button
          >
          <button
            mat-button
            type="button"
            (click)="page.set(page() + 1)"
            [disabled]="page() * pageSize >= users.value().total"
            >{{ 'overview.next' | translate }}</button
          >
        </div>
      }
    }
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin-top: 16px;
    }
    .filter {
      width: min(100%, 360px);
    }
    .chip {
      display: inline-block;
      margin-inline-start: 8px;
      padding: 0 8px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
      font-size: 0.875em;
    }
    .pager {
      justify-content: center;
    }
    h3 {
      margin-top: 0;
    }
    tr.selected {
      background: var(--mat-sys-secondary-container);
    }
  `,
})
export class UsersPage {
  private readonly api = inject(ReferenceDataApi);
  private readonly usersApi = inject(UsersApi);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly injector = inject(Injector);
  private readonly newUserFields = viewChild(UserFields);
  protected readonly isAdmin = inject(SessionStore).hasRole('admin');
  protected readonly pageSize = PAGE_SIZE;
  protected readonly query = signal('');
  private readonly debouncedQuery = toSignal(toObservable(this.query).pipe(debounceTime(300)), {
    initialValue: '',
  });
  protected readonly statusOptions: readonly { value: UserStatus; label: string }[] = [
    { value: 'active', label: 'admin.showActive' },
    { value: 'inactive', label: 'admin.showInactive' },
    { value: 'all', label: 'admin.showAll' },
  ];
  protected readonly status = signal<UserStatus>('active');
  /** Back to the first page whenever the search or the filter changes. */
  protected readonly page = linkedSignal({
    source: () => [this.debouncedQuery(), this.status()],
    computation: () => 1,
  });
  protected readonly users = rxResource({
    params: () => ({ q: this.debouncedQuery(), status: this.status(), page: this.page() }),
    stream: ({ params }) => this.api.users(params.q, params.page, PAGE_SIZE, params.status),
  });

  protected readonly selected = signal<UserDto | null>(null);
  protected readonly creating = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<RequestProblem | null>(null);
  protected readonly newUser = this.fb.group(userFieldControls(this.fb));

  protected startCreating(): void {
    this.newUser.reset();
    this.problem.set(null);
    this.creating.set(true);
    afterNextRender(() => this.newUserFields()?.focus(), { injector: this.injector });
  }

  protected select(user: UserDto): void {
    this.selected.set(user);
  }

  protected async create(): Promise<void> {
    if (this.newUser.invalid) {
      this.newUser.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    try {
      const user = await firstValueFrom(this.usersApi.create(this.newUser.getRawValue()));
      this.creating.set(false);
      this.users.reload();
      this.select(user);
    } catch (failure) {
      this.problem.set(classifyProblem(failure));
    } finally {
      this.busy.set(false);
    }
  }

  protected onSaved(user: UserDto): void {
    this.selected.set(user);
    this.users.reload();
  }
}
