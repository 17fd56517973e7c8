import {
  ChangeDetectionStrategy,
  Component,
  type Resource,
  type Signal,
  input,
  linkedSignal,
} from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';

/** Loading bar that keeps its height (no layout jump) and announces itself to screen readers. */
@Component({
  selector: 'tt-loading',
  imports: [MatProgressBar, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="loading" role="status" [attr.aria-busy]="active()">
      @if (active()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        <span class="cdk-visually-hidden">{{ 'common.loading' | translate }}</span>
      }
    </div>
  `,
  styles: `
    .loading {
      min-height: 4px;
    }
  `,
})
export class LoadingIndicator {
  readonly active = input(true);
}

/**
 * A resource's newest value, kept while the next one loads (another page, filter or level), so a list
 * neither blanks out nor changes height in between. Pair it with the `keeps-rows` style and
 * `aria-busy` on the list to dim the old rows. Undefined only until the first value arrives.
 */
export function latestValue<T>(resource: Resource<T | undefined>): Signal<T | undefined> {
  return linkedSignal<T | undefined, T | undefined>({
    source: () => (resource.hasValue() ? resource.value() : undefined),
    computation: (next, previous) => next ?? previous?.value,
  });
}

@Component({
  selector: 'tt-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="empty"
    ><p class="title">{{ title() }}</p
    ><ng-content
  /></div>`,
  styles: `
    .empty {
      padding: 24px;
      text-align: center;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .title {
      font: var(--mat-sys-title-small);
      margin: 0 0 4px;
      color: var(--mat-sys-on-surface);
    }
  `,
})
export class EmptyState {
  readonly title = input.required<string>();
}
