import { DOCUMENT } from '@angular/common';
import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import type { Language, UpdateMyProfileRequest } from '@tiltak/shared/api-contract';
import { isLanguage } from '@tiltak/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { SILENT_ERRORS } from './http-context';
import { SessionStore } from './session.store';

const STORAGE_KEY = 'tiltak.language';

/**
 * The UI language: bokmål by default, remembered in localStorage and, when signed in, on the user
 * (so mails and the next device follow). Also sets `<html lang>`; feature routes follow `language` for the date picker.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);

  private readonly _language = signal<Language>('nb');
  readonly language = this._language.asReadonly();

  /** Called once at start-up, before the first render, so no text flashes in the wrong language. */
  async init(): Promise<void> {
    const stored = this.readStored();
    this.translate.setFallbackLang('nb');
    await this.apply(stored ?? 'nb');
  }

  private adoptedFor: string | null = null;

  /** Once per signed-in user, their saved preference wins over this browser's. */
  async adoptUserPreference(): Promise<void> {
    const me = this.session.me();
    if (!me || this.adoptedFor === me.id) return;
    this.adoptedFor = me.id;
    if (isLanguage(me.language) && me.language !== this._language()) {
      await this.apply(me.language);
    }
  }

  async switchTo(language: Language): Promise<void> {
    await this.apply(language);
    if (this.session.me()) {
      await firstValueFrom(
        this.http.patch('/api/users/me', { language } satisfies UpdateMyProfileRequest, {
          context: new HttpContext().set(SILENT_ERRORS, true),
        }),
      ).then(
        () => this.session.patchLocal({ language }),
        () => undefined, // the local choice still holds; the server copy catches up next time
      );
    }
  }

  private async apply(language: Language): Promise<void> {
    await firstValueFrom(this.translate.use(language));
    this._language.set(language);
    this.document.documentElement.lang = language;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }

  private readStored(): Language | null {
    try {
      const value = localStorage.getItem(STORAGE_KEY);
      return isLanguage(value) ? value : null;
    } catch {
      return null;
    }
  }
}
