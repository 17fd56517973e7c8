import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

export type TrafficLightColor = 'green' | 'yellow' | 'red';

/** A coloured dot with its meaning in text, so colour is never the only signal (WCAG 1.4.1). */
@Component({
  selector: 'tt-traffic-light',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="light" [attr.data-color]="color()"
    ><span class="dot" aria-hidden="true"></span>{{ 'light.' + color() | translate }}</span
  >`,
  styles: `
    .light {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      white-space: nowrap;
    }
    .dot {
      width: 12px;
      height: 12px;
      border-radius: 50%;
      border: 1px solid rgb(0 0 0 / 40%);
    }
    [data-color='green'] .dot {
      background: #1e7b34;
    }
    [data-color='yellow'] .dot {
      background: #f2c200;
    }
    [data-color='red'] .dot {
      background: #c62828;
    }
  `,
})
export class TrafficLightIndicator {
  readonly color = input.required<TrafficLightColor>();
}
