import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type TranslateLoader } from '@ngx-translate/core';

/** Loads `/i18n/<lang>.json` from the app's public folder. */
@Injectable()
export class TranslateHttpLoader implements TranslateLoader {
  private readonly http = inject(HttpClient);

  getTranslation(lang: string): ReturnType<TranslateLoader['getTranslation']> {
    return this.http.get<Record<string, never>>(`/i18n/${lang}.json`);
  }
}
