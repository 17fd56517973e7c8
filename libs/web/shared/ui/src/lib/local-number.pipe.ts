import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { isLanguage, localeOf } from '@tiltak/web/shared/util';

/**
 * Decimal comma in bokmål (3,9), point in English. `signed` writes a change with its sign (+0,12,
 * −0,03), and a change that rounds to nothing as 0,00 rather than −0,00.
 */
@Pipe({ name: 'ttNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(value: number | null | undefined, fractionDigits = 1, signed = false): string {
    if (value === null || value === undefined || Number.isNaN(value)) return '–';
    const lang = this.translate.currentLang();
    return new Intl.NumberFormat(localeOf(isLanguage(lang) ? lang : 'nb'), {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    }).format(value);
  }
}
