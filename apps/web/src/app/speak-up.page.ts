import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** The institution's routes for reporting harassment and unacceptable behaviour (from the workshop deck). */
@Component({
  selector: 'tt-speak-up-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="page-narrow">
      <h1>{{ 'speakUp.title' | translate }}</h1>
      <p class="lead">{{ 'speakUp.zeroTolerance' | translate }}</p>
      <h2>{{ 'speakUp.employerHeading' | translate }}</h2>
      <ul>
        @for (i of [1, 2, 3, 4]; track i) {
          <li>{{ 'speakUp.employer' + i | translate }}</li>
        }
      </ul>
      <h2>{{ 'speakUp.confidentialHeading' | translate }}</h2>
      <ul>
        @for (i of [1, 2, 3, 4]; track i) {
          <li>{{ 'speakUp.confidential' + i | translate }}</li>
        }
      </ul>
      <p>{{ 'speakUp.dutyOfConfidentiality' | translate }}</p>
    </article>
  `,
})
export class SpeakUpPage {}
