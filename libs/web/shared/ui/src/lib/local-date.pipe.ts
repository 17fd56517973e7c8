import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { isLanguage, isoToDate, localeOf } from '@tiltak/web/shared/util';

export type DateStyle = 'short' | 'long' | 'dateTime';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Oslo',
  },
};

/**
 * Formats a `YYYY-MM-DD` date or an ISO instant in the UI language: `01.05.2026` / `1. mai 2026`.
 * Impure so it follows a runtime language switch; formatting is cheap.
 */
@Pipe({ name: 'ttDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(value: string | null | undefined, style: DateStyle = 'short'): string {
    if (!value) return '';
    const lang = this.translate.currentLang();
    const locale = localeOf(isLanguage(lang) ? lang : 'nb');
    const date = style === 'dateTime' || value.length > 10 ? new Date(value) : isoToDate(value);
    if (!date || Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(locale, OPTIONS[style]).format(date);
  }
}
