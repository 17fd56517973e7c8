import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentApi, LanguageService } from '@tiltak/web/shared/data-access';
import { EmptyState, LoadingIndicator, LocalNamePipe, TextBlocks } from '@tiltak/web/shared/ui';
import { CaseStore } from '../case.store';
import { ResultsStep } from '../results/results-step';
import { PlenaryView } from '../workshop/plenary-view';
import { SLIDES, moveSlide, slideKey } from './slides';

/** How often the plenary slide re-reads the case while groups are still entering their areas. */
const PLENARY_REFRESH_MS = 10_000;

/**
 * Full-screen presentation for the follow-up meeting: the deck's agenda, ground rules and helper
 * questions around the unit's own results and the live plenary. Arrow keys / PageUp / PageDown move,
 * Home / End jump, Escape leaves.
 */
@Component({
  selector: 'tt-presentation-page',
  imports: [
    MatButton,
    RouterLink,
    TranslatePipe,
    LoadingIndicator,
    EmptyState,
    LocalNamePipe,
    TextBlocks,
    ResultsStep,
    PlenaryView,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './presentation.page.html',
  styleUrl: './presentation.page.scss',
  host: { '(document:keydown)': 'onKey($event)' },
})
export class PresentationPage {
  protected readonly store = inject(CaseStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  readonly caseId = input.required<string>();

  protected readonly slides = SLIDES;
  protected readonly index = signal(0);
  protected readonly slide = computed(() => SLIDES[this.index()]);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('slideHeading');

  protected readonly agenda = [1, 2, 3, 4, 5];
  protected readonly organisation = [1, 2];
  protected readonly rules = [1, 2, 3, 4];
  protected readonly localFocus = [1, 2];
  protected readonly helperQuestions = [1, 2, 3, 4];
  protected readonly phase1Tasks = ['a', 'b'];
  protected readonly phase2Tasks = ['a', 'b', 'c'];
  protected readonly tips = [1, 2, 3];
  protected readonly language = inject(LanguageService);
  private readonly content = inject(ContentApi);
  /** The institution's own speak-up text, as on the speak-up page. */
  protected readonly speakUp = rxResource({ stream: () => this.content.speakUp() });

  constructor() {
    effect(() => void this.store.load(this.caseId()));
    // The plenary is "live": while it is on screen, pick up what the groups enter on their own devices.
    effect((onCleanup) => {
      if (this.slide() !== 'plenary') return;
      void this.store.reload();
      const timer = setInterval(() => void this.store.reload(), PLENARY_REFRESH_MS);
      onCleanup(() => clearInterval(timer));
    });
    inject(DestroyRef).onDestroy(() => {
      if (typeof document !== 'undefined' && document.fullscreenElement)
        void document.exitFullscreen?.();
    });
  }

  protected go(target: number): void {
    const next = Math.min(Math.max(target, 0), SLIDES.length - 1);
    if (next === this.index()) return;
    this.index.set(next);
    // Screen-reader and keyboard users land on the new slide's heading.
    afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const key = slideKey(event.key);
    if (!key) return;
    // Leave typing and form controls alone (the plenary checkboxes, a dialog's fields).
    const target = event.target as HTMLElement | null;
    if (
      key !== 'leave' &&
      target?.closest(
        'input, textarea, select, [contenteditable="true"], mat-select, [role="listbox"]',
      )
    )
      return;
    if (key === 'leave') {
      if (document.querySelector('.cdk-overlay-container .cdk-overlay-pane')) return;
      event.preventDefault();
      void this.leave();
      return;
    }
    event.preventDefault();
    this.go(moveSlide(this.index(), key, SLIDES.length));
  }

  protected async leave(): Promise<void> {
    await this.router.navigate(['/cases', this.caseId()]);
  }

  protected toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }
}
