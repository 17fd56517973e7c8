import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentApi, LanguageService } from '@tiltak/web/shared/data-access';
import { EmptyState, LoadingIndicator, TextBlocks } from '@tiltak/web/shared/ui';

/** The institution's routes for reporting harassment and unacceptable behaviour, as its admins wrote them. */
@Component({
  selector: 'tt-speak-up-page',
  imports: [TranslatePipe, LoadingIndicator, EmptyState, TextBlocks],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="page-narrow">
      <h1>{{ 'speakUp.title' | translate }}</h1>
      <tt-loading [active]="page.isLoading()" />
      <div class="body">
        @if (page.error()) {
          <tt-empty-state [title]="'errors.server' | translate" />
        } @else if (page.hasValue()) {
          <tt-text-blocks
            [text]="language.language() === 'en' ? page.value().bodyEn : page.value().bodyNb"
            data-testid="speak-up-text"
          />
        }
      </div>
    </article>
  `,
  // Room for the text while it loads, so the page does not jump when it arrives.
  styles: `
    .body {
      min-height: 24rem;
    }
  `,
})
export class SpeakUpPage {
  protected readonly language = inject(LanguageService);
  private readonly api = inject(ContentApi);
  protected readonly page = rxResource({ stream: () => this.api.speakUp() });
}
