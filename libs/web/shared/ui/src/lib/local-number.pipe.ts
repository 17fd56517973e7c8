import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { isLanguage, localeOf } from '@tiltak/web/shared/util';

/** Decimal comma in bokmål (3,9), point in English. */
@Pipe({ name: 'ttNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(value: number | null | undefined, fractionDigits = 1): string {
    if (value === null || value === undefined || Number.isNaN(value)) return '–';
    const lang = this.translate.currentLang();
    return new Intl.NumberFormat(localeOf(isLanguage(lang) ? lang : 'nb'), {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    }).format(value);
  }
}
