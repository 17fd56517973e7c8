import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { OrgUnitDto, RoleAssignmentDto, UserDto } from '@tiltak/shared/api-contract';
import { ROLES, type Role } from '@tiltak/shared/domain';
import {
  LanguageService,
  ReferenceDataApi,
  SessionStore,
  UsersApi,
} from '@tiltak/web/shared/data-access';
import {
  ConfirmDialog,
  type ConfirmDialogData,
  LoadingIndicator,
  LocalNamePipe,
} from '@tiltak/web/shared/ui';
import { type RequestProblem, classifyProblem, localName } from '@tiltak/web/shared/util';
import { type Observable, firstValueFrom, startWith } from 'rxjs';
import { FormProblem } from './form-problem';
import { UserFields, userFieldControls } from './user-fields';

const UNIT_OPTIONS = 30;

/** One user, as an admin edits them: name, e-mail, language and notices, their roles at units, and whether they may sign in. */
@Component({
  selector: 'tt-user-editor',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatAutocomplete,
    MatAutocompleteTrigger,
    TranslatePipe,
    LoadingIndicator,
    LocalNamePipe,
    UserFields,
    FormProblem,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let u = user();
    <section class="card" aria-labelledby="user-editor-heading" data-testid="user-editor">
      <h3 #heading id="user-editor-heading" tabindex="-1">{{ u.name }}</h3>
      @if (!u.active) {
        <p class="notice">{{ 'admin.userIsDeactivated' | translate }}</p>
      }
      <form [formGroup]="details" (ngSubmit)="saveDetails()">
        <div class="form-row">
          <tt-user-fields />
          <mat-form-field>
            <mat-label>{{ 'admin.notifyMode' | translate }}</mat-label>
            <mat-select formControlName="notifyMode">
              <mat-option value="immediate">{{ 'admin.notifyImmediate' | translate }}</mat-option>
              <mat-option value="digest">{{ 'admin.notifyDigest' | translate }}</mat-option>
            </mat-select>
          </mat-form-field>
        </div>
        <div class="actions">
          <button
            mat-flat-button
            type="submit"
            [disabled]="busy() || details.invalid || details.pristine"
            data-testid="save-user"
            >{{ 'common.save' | translate }}</button
          >
          <button mat-button type="button" (click)="closed.emit()">{{
            'common.close' | translate
          }}</button>
          <span aria-live="polite" class="muted">{{
            justSaved() ? ('common.saved' | translate) : ''
          }}</span>
        </div>
      </form>

      <h4>{{ 'admin.roles' | translate }}</h4>
      <tt-loading [active]="roles.isLoading()" />
      @if (roles.hasValue()) {
        @if (roles.value().length === 0) {
          <p class="muted">{{ 'admin.noRoles' | translate }}</p>
        } @else {
          <table class="plain" data-testid="user-roles">
            <thead>
              <tr>
                <th scope="col">{{ 'admin.role' | translate }}</th>
                <th scope="col">{{ 'admin.unit' | translate }}</th>
                <th scope="col"
                  ><span class="cdk-visually-hidden">{{ 'admin.actions' | translate }}</span></th
                >
              </tr>
            </thead>
            <tbody>
              @for (r of roles.value(); track r.id) {
                <tr>
                  <td>{{ 'role.' + r.role | translate }}</td>
                  <td>{{ r.unitCode }} {{ unitsById().get(r.unitId) | ttName }}</td>
                  <td>
                    <button
                      mat-button
                      type="button"
                      [disabled]="busy()"
                      (click)="removeRole(r)"
                      [attr.aria-label]="
                        'admin.removeRoleLabel'
                          | translate: { role: ('role.' + r.role | translate), unit: r.unitCode }
                      "
                    >
                      {{ 'common.remove' | translate }}
                    </button>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
      <form
        [formGroup]="newRole"
        (ngSubmit)="addRole()"
        class="form-row add-role"
        [attr.aria-label]="'admin.addRole' | translate"
      >
        <mat-form-field>
          <mat-label>{{ 'admin.role' | translate }}</mat-label>
          <mat-select formControlName="role" required data-testid="new-role">
            @for (r of roleOptions; track r) {
              <mat-option [value]="r">{{ 'role.' + r | translate }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ 'common.required' | translate }}</mat-error>
        </mat-form-field>
        <mat-form-field class="unit">
          <mat-label>{{ 'admin.unit' | translate }}</mat-label>
          <input
            matInput
            formControlName="unit"
            required
            [matAutocomplete]="unitPicker"
            data-testid="new-role-unit"
          />
          <mat-autocomplete #unitPicker [displayWith]="displayUnit">
            @for (unit of unitOptions(); track unit.id) {
              <mat-option [value]="unit">{{ unit.code }} – {{ unit | ttName }}</mat-option>
            }
          </mat-autocomplete>
          <mat-error>{{ 'admin.pickUnit' | translate }}</mat-error>
        </mat-form-field>
        <div class="actions">
          <button mat-stroked-button type="submit" [disabled]="busy()" data-testid="add-role">{{
            'admin.addRole' | translate
          }}</button>
        </div>
      </form>

      <div class="actions access">
        @if (u.id === ownId()) {
          <span class="muted">{{ 'admin.cannotDeactivateSelf' | translate }}</span>
        } @else {
          <!-- One button whose label changes, so focus stays on it after the change. -->
          <button
            mat-stroked-button
            type="button"
            [disabled]="busy()"
            (click)="u.active ? deactivate() : reactivate()"
            data-testid="toggle-active"
          >
            {{ (u.active ? 'admin.deactivateUser' : 'admin.reactivateUser') | translate }}
          </button>
        }
        <span role="status" class="muted">
          @if (accessNote(); as note) {
            {{ note.key | translate: { name: note.name } }}
          }
        </span>
      </div>

      <tt-form-problem [problem]="problem()" />
    </section>
  `,
  styles: `
    h3 {
      margin-top: 0;
    }
    h4 {
      margin: 16px 0 4px;
    }
    .unit {
      min-width: min(100%, 320px);
    }
    .add-role {
      align-items: baseline;
      margin-top: 8px;
    }
    .access {
      margin-top: 16px;
      align-items: center;
    }
  `,
})
export class UserEditor {
  private readonly api = inject(UsersApi);
  private readonly reference = inject(ReferenceDataApi);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly session = inject(SessionStore);

  readonly user = input.required<UserDto>();
  readonly saved = output<UserDto>();
  readonly closed = output<void>();

  protected readonly roleOptions: readonly Role[] = ROLES;
  protected readonly details = this.fb.group({
    ...userFieldControls(this.fb),
    notifyMode: this.fb.control<UserDto['notifyMode']>('immediate'),
  });
  protected readonly newRole = this.fb.group({
    role: this.fb.control<Role | null>(null, Validators.required),
    // Text while typing, the unit once one is picked from the list.
    unit: this.fb.control<OrgUnitDto | string | null>(null, [
      Validators.required,
      (c) => (typeof c.value === 'object' ? null : { pickUnit: true }),
    ]),
  });

  protected readonly busy = signal(false);
  protected readonly justSaved = signal(false);
  protected readonly problem = signal<RequestProblem | null>(null);
  /** Says what the last deactivation or reactivation did, for the status region. */
  protected readonly accessNote = signal<{ key: string; name: string } | null>(null);
  protected readonly ownId = computed(() => this.session.me()?.id);
  protected readonly roles = rxResource({
    params: () => this.user().id,
    stream: ({ params }) => this.api.roles(params),
  });
  protected readonly unitsById = this.reference.unitsById;

  private readonly unitQuery = toSignal(
    this.newRole.controls.unit.valueChanges.pipe(startWith(null)),
  );
  protected readonly unitOptions = computed(() => {
    const q = this.unitQuery();
    const text = (typeof q === 'string' ? q : '').trim().toLowerCase();
    const units = (this.reference.units() ?? []).filter((u) => u.active);
    return (
      text
        ? units.filter((u) => `${u.code} ${u.nameNb} ${u.nameEn}`.toLowerCase().includes(text))
        : units
    ).slice(0, UNIT_OPTIONS);
  });
  protected readonly displayUnit = (unit: OrgUnitDto | string | null): string =>
    unit && typeof unit === 'object'
      ? `${unit.code} – ${localName(unit, this.language.language())}`
      : (unit ?? '');

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private shownId: string | null = null;

  constructor() {
    void this.reference.loadUnits().catch(() => undefined);
    effect(() => {
      const u = this.user();
      untracked(() => {
        this.details.reset({
          name: u.name,
          email: u.email,
          language: u.language,
          notifyMode: u.notifyMode,
        });
        if (u.id === this.shownId) return;
        // Another user: start afresh and move focus to the editor (a save of the same user leaves focus on the form).
        this.shownId = u.id;
        this.newRole.reset({ role: null, unit: null });
        this.problem.set(null);
        this.justSaved.set(false);
        this.accessNote.set(null);
        afterNextRender(() => this.heading().nativeElement.focus(), { injector: this.injector });
      });
    });
  }

  protected async saveDetails(): Promise<void> {
    if (this.details.invalid) return;
    const v = this.details.getRawValue();
    const u = this.user();
    const changes = Object.fromEntries(
      Object.entries(v).filter(([key, value]) => u[key as keyof typeof v] !== value),
    );
    const updated = await this.run(() => this.api.update(u.id, changes));
    if (updated) {
      this.justSaved.set(true);
      this.saved.emit(updated);
    }
  }

  protected async addRole(): Promise<void> {
    const { role, unit } = this.newRole.getRawValue();
    if (this.newRole.invalid || !role || !unit || typeof unit !== 'object') {
      this.newRole.markAllAsTouched();
      return;
    }
    const roles = await this.run(() => this.api.assignRole(this.user().id, role, unit.id));
    if (roles) {
      this.roles.set(roles);
      this.newRole.reset({ role: null, unit: null });
    }
  }

  protected async removeRole(r: RoleAssignmentDto): Promise<void> {
    const role = this.translate.instant(`role.${r.role}`);
    const ref = this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
      injector: this.injector,
      data: {
        title: this.translate.instant('admin.removeRoleTitle'),
        message: this.translate.instant('admin.removeRoleText', {
          name: this.user().name,
          role,
          unit: r.unitCode,
        }),
        confirmLabel: this.translate.instant('common.remove'),
      },
    });
    if (!(await firstValueFrom(ref.afterClosed()))) return;
    const roles = await this.run(() => this.api.removeRole(this.user().id, r.id));
    if (roles) this.roles.set(roles);
  }

  protected async deactivate(): Promise<void> {
    const name = this.user().name;
    const ref = this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
      injector: this.injector,
      data: {
        title: this.translate.instant('admin.deactivateUserTitle'),
        message: this.translate.instant('admin.deactivateUserText', { name }),
        confirmLabel: this.translate.instant('admin.deactivateUser'),
      },
    });
    if (!(await firstValueFrom(ref.afterClosed()))) return;
    await this.setActive(false);
  }

  protected reactivate(): Promise<void> {
    return this.setActive(true);
  }

  private async setActive(active: boolean): Promise<void> {
    const updated = await this.run(() => this.api.update(this.user().id, { active }));
    if (!updated) return;
    this.accessNote.set({
      key: active ? 'admin.userReactivated' : 'admin.userDeactivated',
      name: updated.name,
    });
    this.saved.emit(updated);
  }

  /** Runs one request, showing the API's reason when it is refused; undefined on failure. */
  private async run<T>(request: () => Observable<T>): Promise<T | undefined> {
    this.busy.set(true);
    this.problem.set(null);
    this.justSaved.set(false);
    this.accessNote.set(null);
    try {
      return await firstValueFrom(request());
    } catch (failure) {
      this.problem.set(classifyProblem(failure));
      return undefined;
    } finally {
      this.busy.set(false);
    }
  }
}
