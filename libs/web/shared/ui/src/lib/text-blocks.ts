import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { parseTextBlocks } from '@tiltak/web/shared/util';

/** An institution-written text with its light structure (see parseTextBlocks), bound as text, never as HTML. */
@Component({
  selector: 'tt-text-blocks',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (block of blocks(); track $index) {
      @switch (block.kind) {
        @case ('heading') {
          <h2>{{ block.text }}</h2>
        }
        @case ('list') {
          <ul>
            @for (item of block.items; track $index) {
              <li>{{ item }}</li>
            }
          </ul>
        }
        @default {
          <p>{{ block.text }}</p>
        }
      }
    }
  `,
  styles: `
    p {
      white-space: pre-line;
    }
  `,
})
export class TextBlocks {
  readonly text = input.required<string>();
  protected readonly blocks = computed(() => parseTextBlocks(this.text()));
}
