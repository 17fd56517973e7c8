import { Injectable, inject } from '@angular/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslateService } from '@ngx-translate/core';

const LABELS = {
  nb: {
    calendarLabel: 'Kalender',
    openCalendarLabel: 'Åpne kalender',
    closeCalendarLabel: 'Lukk kalender',
    prevMonthLabel: 'Forrige måned',
    nextMonthLabel: 'Neste måned',
    prevYearLabel: 'Forrige år',
    nextYearLabel: 'Neste år',
    prevMultiYearLabel: 'Forrige 24 år',
    nextMultiYearLabel: 'Neste 24 år',
    switchToMonthViewLabel: 'Velg dato',
    switchToMultiYearViewLabel: 'Velg måned og år',
  },
  en: {
    calendarLabel: 'Calendar',
    openCalendarLabel: 'Open calendar',
    closeCalendarLabel: 'Close calendar',
    prevMonthLabel: 'Previous month',
    nextMonthLabel: 'Next month',
    prevYearLabel: 'Previous year',
    nextYearLabel: 'Next year',
    prevMultiYearLabel: 'Previous 24 years',
    nextMultiYearLabel: 'Next 24 years',
    switchToMonthViewLabel: 'Choose date',
    switchToMultiYearViewLabel: 'Choose month and year',
  },
} as const;

/** The date picker's own labels (buttons read by screen readers) in the UI language. */
@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl {
  private readonly translate = inject(TranslateService);

  constructor() {
    super();
    this.apply(this.translate.currentLang());
    this.translate.onLangChange.subscribe(({ lang }) => this.apply(lang));
  }

  private apply(lang: string | null): void {
    Object.assign(this, LABELS[lang === 'en' ? 'en' : 'nb']);
    this.changes.next();
  }
}
