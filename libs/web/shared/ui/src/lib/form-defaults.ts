import {
  type EnvironmentProviders,
  type Provider,
  effect,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
} from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { TranslateService } from '@ngx-translate/core';
import { isLanguage, localeOf } from '@tiltak/web/shared/util';
import { TranslatedDatepickerIntl } from './datepicker-intl';
import { NORWEGIAN_DATE_FORMATS, NorwegianDateAdapter } from './norwegian-date-adapter';

/**
 * Form defaults and the Norwegian date picker, given to each lazily loaded feature's routes rather
 * than to the app, so that form fields and date handling stay out of the initial bundle.
 */
export function provideFormDefaults(): (Provider | EnvironmentProviders)[] {
  return [
    makeEnvironmentProviders([
      { provide: MAT_DATE_LOCALE, useValue: 'nb-NO' },
      { provide: DateAdapter, useClass: NorwegianDateAdapter },
      { provide: MAT_DATE_FORMATS, useValue: NORWEGIAN_DATE_FORMATS },
      { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
      {
        provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
        useValue: { appearance: 'outline', subscriptSizing: 'dynamic' },
      },
      provideEnvironmentInitializer(() => {
        const adapter = inject(DateAdapter);
        const translate = inject(TranslateService);
        effect(() => {
          const lang = translate.currentLang();
          adapter.setLocale(localeOf(isLanguage(lang) ? lang : 'nb'));
        });
      }),
    ]),
  ];
}
