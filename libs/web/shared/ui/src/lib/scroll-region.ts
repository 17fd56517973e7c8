import { Directive, input } from '@angular/core';

/**
 * A wide table's scrolling wrapper (`.table-scroll`). It can be reached and scrolled with the
 * keyboard, and screen readers announce it by the given name (WCAG 2.1.1, axe
 * `scrollable-region-focusable`).
 */
@Directive({
  selector: '[ttScrollRegion]',
  host: {
    class: 'table-scroll',
    tabindex: '0',
    role: 'region',
    '[attr.aria-label]': 'ttScrollRegion()',
  },
})
export class ScrollRegion {
  readonly ttScrollRegion = input.required<string>();
}
