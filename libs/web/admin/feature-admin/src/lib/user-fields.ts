import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import {
  ControlContainer,
  type NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import type { Language } from '@tiltak/shared/api-contract';

/** The controls a user's name, e-mail and language are edited with, with the API's limits. */
export function userFieldControls(fb: NonNullableFormBuilder) {
  return {
    name: fb.control('', [Validators.required, Validators.maxLength(200)]),
    email: fb.control('', [Validators.required, Validators.email, Validators.maxLength(320)]),
    language: fb.control<Language>('nb'),
  };
}

/**
 * Name, e-mail and language of a user, inside the parent's form (its group holds the controls of
 * `userFieldControls`); used to create a user and to edit one.
 */
@Component({
  selector: 'tt-user-fields',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  viewProviders: [
    { provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) },
  ],
  template: `
    <mat-form-field>
      <mat-label>{{ 'admin.name' | translate }}</mat-label>
      <input
        #name
        matInput
        formControlName="name"
        required
        [attr.data-testid]="testIdPrefix() + 'name'"
      />
      <mat-error>{{ 'common.required' | translate }}</mat-error>
    </mat-form-field>
    <mat-form-field>
      <mat-label>{{ 'admin.email' | translate }}</mat-label>
      <input
        matInput
        type="email"
        formControlName="email"
        required
        [attr.data-testid]="testIdPrefix() + 'email'"
      />
      <mat-error>{{ 'admin.emailInvalid' | translate }}</mat-error>
    </mat-form-field>
    <mat-form-field>
      <mat-label>{{ 'field.language' | translate }}</mat-label>
      <mat-select formControlName="language">
        <mat-option value="nb">Norsk (bokmål)</mat-option>
        <mat-option value="en">English</mat-option>
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class UserFields {
  /** Prefix of the fields' test ids ("user-" → user-name, user-email). */
  readonly testIdPrefix = input('user-');
  private readonly name = viewChild.required<ElementRef<HTMLInputElement>>('name');

  focus(): void {
    this.name().nativeElement.focus();
  }
}
