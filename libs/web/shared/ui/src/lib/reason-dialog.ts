import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

export interface ReasonDialogData {
  title: string;
  message?: string;
  confirmLabel: string;
}

/** Asks for the reason an audited action needs (step back, cancel a measure). Closes with the text or undefined. */
@Component({
  selector: 'tt-reason-dialog',
  imports: [
    FormsModule,
    MatDialogModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form (ngSubmit)="submit()">
      <mat-dialog-content>
        @if (data.message) {
          <p>{{ data.message }}</p>
        }
        <mat-form-field class="full">
          <mat-label>{{ 'common.reason' | translate }}</mat-label>
          <textarea
            matInput
            name="reason"
            required
            rows="3"
            [ngModel]="reason()"
            (ngModelChange)="reason.set($event)"
            cdkFocusInitial
          ></textarea>
          <mat-hint>{{ 'common.reasonHint' | translate }}</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="!reason().trim()">{{
          data.confirmLabel
        }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full {
      width: 100%;
      min-width: min(420px, 80vw);
    }
  `,
})
export class ReasonDialog {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ReasonDialog, string>);
  protected readonly reason = signal('');

  protected submit(): void {
    const reason = this.reason().trim();
    if (reason) this.ref.close(reason);
  }
}
